"""Journal benchmark: 10,000 entries (~500 characters each, over five years).

Usage:  python bench/bench_journal.py [--rounds N] [--quick] [--jrnl-venv DIR]
Prints median ratios of paired runs (same round, interleaved):
  (a) whole process: start-up to a painted journal screen with 10,000 entries
      (bench/start_on_journal.py: trustroad's own start, opening on the journal;
      TRUSTROAD_EXIT_ON_READY=1) / `trustroad` painting the home screen with empty data;
      the bare Textual app is timed alongside for scale.                  target <= 1.2x
  (b) whole process: `trustroad journal add` (text on stdin) / `jrnl` adding one entry to a
      10,000-entry plain jrnl journal. jrnl is pip-installed into a venv inside this run's
      temporary folder (or pass --jrnl-venv to reuse one); its config lives in a temporary
      XDG_CONFIG_HOME.                                                      target <= 0.15x
  (c) in-process (Pilot): typing one character into the journal's text filter with 10,000
      entries / the same with 10 entries (paired blocks of keystrokes). Two numbers: the filter's own work (from the
      debounce timer firing to the repainted list) and the key-to-list latency (which also
      holds the 150 ms debounce, the same in both).                        target <= 1.3x
--quick: two rounds, no warm-up, and (b) only against a jrnl venv given with --jrnl-venv.
Writes nothing outside its temporary folder.
The entries are made in journal_data.py; (c) runs in journal_filter_typing.py.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (
    BENCH_DIR,
    CHILD_ENV,
    TRUSTROAD,
    measured_copy,
    median_ratio,
    paired,
    report,
    welcomed,
)
from journal_data import ENTRIES, synthetic_entries, write_jrnl, write_trustroad
from journal_filter_typing import filter_typing

NEW_ENTRY = b"A quick note from the shell: calmer than yesterday, the walk helped.\n"


def make_jrnl_venv(where: Path) -> Path:
    print("installing jrnl into the benchmark's own venv…", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    subprocess.run([str(where / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "jrnl"], check=True)
    return where


def timed_stdin(cmd: list[str], env: dict[str, str], data: bytes) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, input=data, env={**CHILD_ENV, **env}, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"benchmark command failed ({result.returncode}): {cmd[:3]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds",
        type=int,
        default=21,
        help="paired rounds (this kind of machine can swing ±30%% in speed between seconds: "
        "more rounds, steadier medians)",
    )
    parser.add_argument("--quick", action="store_true", help="two rounds, no warm-up: proves the benchmark runs")
    parser.add_argument("--jrnl-venv", metavar="DIR", help="reuse a venv that already has jrnl installed")
    args = parser.parse_args()
    rounds, warmup = (2, 0) if args.quick else (args.rounds, 2)
    print(measured_copy())

    with tempfile.TemporaryDirectory(prefix="trustroad-bench-") as tmp_name:
        tmp = Path(tmp_name)
        started = time.perf_counter()
        entries = synthetic_entries(ENTRIES)
        big, empty, small = tmp / "big", tmp / "empty", tmp / "small"
        write_trustroad(big, entries)
        write_trustroad(small, entries[-10:])
        middle = tmp / "middle"
        write_trustroad(middle, entries[-1000:])
        welcomed(empty)  # nothing but a finished welcome: the road map
        size = (big / "journal.json").stat().st_size
        print(
            f"synthetic journal: {ENTRIES:,} entries, {size / 1e6:.1f} MB, "
            f"made in {time.perf_counter() - started:.1f} s"
        )

        # (a) start-up to a painted journal screen
        trustroad = TRUSTROAD
        ready = {"TRUSTROAD_EXIT_ON_READY": "1"}  # common.CHILD_ENV says which trustroad runs
        times = paired(
            {
                "bare": ([sys.executable, str(BENCH_DIR / "bare_app.py")], {}),
                "home, empty": (trustroad, {**ready, "TRUSTROAD_DATA_DIR": str(empty)}),
                "journal, 10k": (
                    [sys.executable, str(BENCH_DIR / "start_on_journal.py")],
                    {**ready, "TRUSTROAD_DATA_DIR": str(big)},
                ),
            },
            rounds,
            warmup,
        )
        for name, values in times.items():
            print(f"(a) {name:>13}: median {statistics.median(values) * 1000:.0f} ms")
        report(
            "(a) start-up: journal screen with 10,000 entries / home with empty data",
            median_ratio(times["journal, 10k"], times["home, empty"]),
            1.2,
        )
        report(
            "    (for scale) journal with 10,000 entries / bare Textual app",
            median_ratio(times["journal, 10k"], times["bare"]),
        )

        # (b) journal add vs jrnl
        add_dir = tmp / "add"
        write_trustroad(add_dir, entries)
        add_cmd = [*trustroad, "--data-dir", str(add_dir), "journal", "add", "--tag", "bench"]
        venv = Path(args.jrnl_venv) if args.jrnl_venv else None
        if venv is None and not args.quick:
            venv = make_jrnl_venv(tmp / "jrnl-venv")
        if venv is not None:
            jrnl_env = write_jrnl(tmp / "jrnl", entries)
            jrnl_cmd = [str(venv / "bin" / "jrnl")]
            ours, theirs = [], []
            for n in range(warmup + rounds):
                t_ours = timed_stdin(add_cmd, {}, NEW_ENTRY)
                t_theirs = timed_stdin(jrnl_cmd, jrnl_env, NEW_ENTRY)
                if n >= warmup:
                    ours.append(t_ours), theirs.append(t_theirs)
            print(
                f"(b) trustroad journal add: median {statistics.median(ours) * 1000:.0f} ms; "
                f"jrnl: median {statistics.median(theirs) * 1000:.0f} ms"
            )
            report("(b) trustroad journal add / jrnl, one entry into 10,000", median_ratio(ours, theirs), 0.15)
        else:
            ours = [timed_stdin(add_cmd, {}, NEW_ENTRY) for _ in range(rounds)]
            print(
                f"(b) trustroad journal add: median {statistics.median(ours) * 1000:.0f} ms "
                "(jrnl skipped in --quick; pass --jrnl-venv)"
            )

        # (c) one character typed into the filter
        blocks, keys = (2, 3) if args.quick else (5, max(rounds // 2, 5))
        typed = asyncio.run(filter_typing({"10k": big, "10": small, "1k": middle}, blocks, keys))
        for name, (work, latency) in typed.items():
            print(
                f"(c) {name:>3} entries: filter work median {statistics.median(work) * 1000:.1f} ms, "
                f"key-to-list latency {statistics.median(latency) * 1000:.0f} ms"
            )
        report(
            "(c) one keystroke in the filter, work after the debounce: 10,000 / 10 entries",
            median_ratio(typed["10k"][0], typed["10"][0]),
            1.3,
        )
        report(
            "    key-to-list latency (includes the 150 ms debounce): 10,000 / 10 entries",
            median_ratio(typed["10k"][1], typed["10"][1]),
            1.3,
        )
        report(
            "    (growth with the journal once the list is full) work, 10,000 / 1,000 entries",
            median_ratio(typed["10k"][0], typed["1k"][0]),
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
