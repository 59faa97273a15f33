"""How long the therapy summary screen takes to open, against the home screen (issue 14).

Usage:  python bench/bench_summary_screen.py [--rounds N] [--quick]
Whole process, on the demo workbook (`trustroad --demo`'s data), paired runs (same round,
interleaved), median ratios:
  home      `trustroad` painting the road map (TRUSTROAD_EXIT_ON_READY=1)
  summary   bench/start_on_summary.py: trustroad's own start, opening on the summary screen,
            to its first paint (TRUSTROAD_EXIT_ON_READY=1)
  preview   the same, until the preview is built and painted (built after the first paint)
The issue's target: the summary screen opens in under a second (it took 2-3 s). Writes
nothing outside its temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH_DIR, TRUSTROAD, measured_copy, median_ratio, paired, report


def write_demo(folder: Path) -> None:
    from trustroad.content.loader import load_content
    from trustroad.demo import build_demo
    from trustroad.storage.paths import builtin_content_dir
    from trustroad.storage.store import Store

    store = Store(folder)
    for name, document in build_demo(load_content(builtin_content_dir())).items():
        store.save(name, document)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--quick", action="store_true", help="two rounds, no warm-up")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 7)
    warmup = 0 if args.quick else 1
    print(measured_copy())
    with tempfile.TemporaryDirectory(prefix="trustroad-bench-summary-") as tmp:
        demo = Path(tmp) / "demo"
        write_demo(demo)
        data = {"TRUSTROAD_DATA_DIR": str(demo)}
        ready = {**data, "TRUSTROAD_EXIT_ON_READY": "1"}
        launcher = [sys.executable, str(BENCH_DIR / "start_on_summary.py")]
        times = paired(
            {
                "home": (TRUSTROAD, ready),
                "summary": (launcher, ready),
                "preview": (launcher, {**data, "BENCH_SUMMARY_UNTIL": "preview"}),
            },
            rounds,
            warmup,
        )
        for name, values in times.items():
            print(f"  {name:>8}: median {statistics.median(values) * 1000:.0f} ms (whole process)")
        report("summary screen painted / home painted", median_ratio(times["summary"], times["home"]))
        report("summary preview painted / home painted", median_ratio(times["preview"], times["home"]))
        extra = statistics.median(p - h for p, h in zip(times["preview"], times["home"], strict=True))
        print(f"  the summary screen with its preview takes {extra * 1000:.0f} ms more than home (target: under 1 s)")


if __name__ == "__main__":
    main()
