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
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
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

ENTRIES = 10_000
WORDS = (
    "we talked tonight about the evening it happened and I felt the old tightness again but "
    "it passed sooner than last week the walk helped and so did the agreed time at eight "
    "I noticed my hands shaking when the phone buzzed we used the time-out signal and came "
    "back after twenty minutes calmer slept badly work was hard kids asked why we are quiet "
    "therapy on thursday I want to bring up the question of passwords and the money"
).split()
NEW_ENTRY = b"A quick note from the shell: calmer than yesterday, the walk helped.\n"


def synthetic_entries(count: int, seed: int = 7):
    from trustroad.clock import now
    from trustroad.journal.model import KINDS, Entry, TalkDetails

    rng = random.Random(seed)
    end = now()
    span = timedelta(days=5 * 365)
    entries = []
    for n in range(count):
        written = end - span + span * (n / max(count - 1, 1)) - timedelta(minutes=rng.randint(0, 600))
        text = " ".join(rng.choice(WORDS) for _ in range(110))[:500].capitalize() + "."
        kind = rng.choice(KINDS)
        talk = (
            TalkDetails(
                intensity_before=rng.randint(4, 10), intensity_after=rng.randint(1, 8), minutes=rng.randint(5, 60)
            )
            if kind == "rupture-talk"
            else None
        )
        entries.append(
            Entry.new(
                text,
                kind=kind,
                intensity=rng.choice([None, *range(11)]),
                tags=rng.sample(["sleep", "work", "kids", "night", "walk"], 2),
                phase=rng.choice(["stabilize", "make-meaning", "rebuild", None]),
                written=written,
                talk=talk,
            )
        )
    return entries


def write_trustroad(folder: Path, entries) -> None:
    from trustroad.journal.model import Journal
    from trustroad.storage.files import JOURNAL_FILE
    from trustroad.storage.store import Store

    welcomed(folder)  # the journal screen first, not the welcome
    Store(folder).save(JOURNAL_FILE, Journal(entries=entries))


def write_jrnl(folder: Path, entries) -> dict[str, str]:
    """A plain (unencrypted) jrnl journal with the same entries, and the environment to use it."""
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    with journal.open("w", encoding="utf-8") as out:
        for entry in entries:
            title, _, body = entry.text.partition(" the ")
            out.write(f"[{entry.written.strftime('%Y-%m-%d %H:%M')}] {title}.\nthe {body} @{entry.tags[0]}\n\n")
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True)
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return {"XDG_CONFIG_HOME": str(folder / "config"), "HOME": str(folder)}


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


# --- (c) in-process filter typing -------------------------------------------------------------


async def open_journal_app(folder: Path, content):
    from trustroad.documents import load_all
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp

    store = Store(folder)
    return TrustroadApp(content, store, load_all(store))


class FilterProbe:
    """Times one keystroke in the journal's text filter of a running app."""

    def __init__(self, app, pilot) -> None:
        self.app, self.pilot = app, pilot
        self.screen = app.screen
        self.fired: float | None = None
        original = self.screen.apply_filter

        def timed() -> None:  # the debounce timer looks this up when it is set
            self.fired = time.perf_counter()
            original()

        self.screen.apply_filter = timed

    async def key(self, key: str) -> tuple[float, float]:
        """(work from the debounced filter to the repainted list, key-to-list latency)."""
        self.fired = None
        start = time.perf_counter()
        await self.pilot.press(key)
        while self.fired is None:
            await asyncio.sleep(0.002)
        await self.pilot.pause()  # the list refreshed and repainted
        end = time.perf_counter()
        return end - self.fired, end - start


async def typing_block(folder: Path, content, keys: int) -> tuple[list[float], list[float], int]:
    """One app on `folder`, journal open, `keys` measured keystrokes (after one warm-up)."""
    from trustroad.tui.screens.journal import JournalScreen

    app = await open_journal_app(folder, content)
    work, latency = [], []
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_journal()
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        await app.screen.action_find()  # ctrl+f: the filter bar, the text box focused
        await pilot.pause()
        probe = FilterProbe(app, pilot)
        letters = "etaoinshrdlcum"
        for n in range(keys + 1):
            w, lat = await probe.key(letters[n % len(letters)])
            shown = len(probe.screen.matches)
            await probe.key("backspace")
            if n:  # the first is a warm-up
                work.append(w), latency.append(lat)
    app.writer.close()
    return work, latency, shown


async def filter_typing(folders: dict[str, Path], blocks: int, keys: int) -> dict[str, tuple[list[float], list[float]]]:
    """Paired blocks, one app at a time (two apps in one event loop would share Textual's
    "active app"): each size in turn, every block; per block the median keystroke.
    Returns {size: (work per block, latency per block)}."""
    from trustroad.content.loader import load_content
    from trustroad.storage.paths import builtin_content_dir

    content = load_content(builtin_content_dir())
    result: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in folders}
    shown = 0
    for _ in range(blocks):
        for name, folder in folders.items():
            work, latency, rows = await typing_block(folder, content, keys)
            result[name][0].append(statistics.median(work))
            result[name][1].append(statistics.median(latency))
            if name == "10k":
                shown = rows
    from trustroad.tui.widgets.journal_rows import SHOWN

    print(f"(c) 10,000 entries: after a keystroke the list holds {shown} rows (at most {SHOWN})")
    return result


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
