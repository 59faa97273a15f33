"""Start-up benchmark: `trustroad` painting its home screen and exiting, against a bare Textual app.

Usage:  python bench/bench_startup.py [--rounds N] [--quick]
Run it with the Python of an environment where trustroad is installed.
Prints median ratios of paired runs (same round, interleaved):
  - trustroad (empty data folder) / bare Textual app          target <= 1.45x (issue 10)
  - trustroad (large workbook) / trustroad (empty data folder)  target <= 1.1x
  - trustroad (empty, light theme) / trustroad (empty data folder)  no target; a little over 1x:
    a light theme is set through Textual's theme watcher, which parses the stylesheets once more
    (tui/app.py _first_theme)
and, to show where the difference goes, the bare app importing pydantic (pydantic.main: BaseModel) first, and importing
trustroad's data and content models first (pydantic, every model class and the feature modules they
live in; nothing read or painted), against the bare app alone and against trustroad.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from trustroad.storage.files import WORKBOOK_FILE

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH_DIR, TRUSTROAD, measured_copy, median_ratio, paired, report, welcomed

# Every data file's model (the registry) and the workbook text's: what any start must import.
MODELS = ("trustroad.documents", "trustroad.content.model")


def large_workbook(folder: Path) -> None:
    """Every prompt of the built-in content answered with about 2 KB of text."""
    from trustroad.content.loader import load_content
    from trustroad.storage.paths import builtin_content_dir
    from trustroad.storage.store import Store
    from trustroad.workbook.model import Workbook

    content = load_content(builtin_content_dir())
    workbook = Workbook(role="unsaid", current_phase="stabilize")
    workbook.finish_first_run()
    text = ("Some days feel steadier than others. We agreed to talk on Sunday evenings. " * 30)[:2048]
    for phase in content.phases:
        for step in phase.steps:
            for prompt in step.meta.prompts:
                workbook.set_answer(step.id, prompt.id, text)
            for item in step.meta.items:
                workbook.set_checked(step.id, item.id, True)
            workbook.set_done(step.id, True)
    Store(folder).save(WORKBOOK_FILE, workbook)


def light_theme(folder: Path) -> None:
    """The empty data folder, with the light theme chosen in Settings."""
    from trustroad.storage.store import Store
    from trustroad.workbook.model import Workbook

    welcomed(folder)
    store = Store(folder)
    workbook = store.load(WORKBOOK_FILE, Workbook)
    workbook.set_theme("light")
    store.save(WORKBOOK_FILE, workbook)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds",
        type=int,
        default=21,
        help="paired rounds (more rounds, steadier medians on a machine whose speed swings)",
    )
    parser.add_argument("--quick", action="store_true", help="two rounds, no warm-up: proves the benchmark runs")
    args = parser.parse_args()
    rounds, warmup = (2, 0) if args.quick else (args.rounds, 2)

    with tempfile.TemporaryDirectory() as tmp:
        empty, large, light = Path(tmp, "empty"), Path(tmp, "large"), Path(tmp, "light")
        light_theme(light)
        welcomed(empty)  # nothing but a finished welcome: the road map, as for the large workbook
        large.mkdir()
        large_workbook(large)
        size = len(json.dumps(json.loads((large / "workbook.json").read_text())))
        trustroad = TRUSTROAD
        commands = {
            "bare": ([sys.executable, str(BENCH_DIR / "bare_app.py")], {}),
            "pydantic": ([sys.executable, str(BENCH_DIR / "bare_app.py"), "pydantic.main"], {}),
            "models": ([sys.executable, str(BENCH_DIR / "bare_app.py"), *MODELS], {}),
            "empty": (trustroad, {"TRUSTROAD_DATA_DIR": str(empty), "TRUSTROAD_EXIT_ON_READY": "1"}),
            "large": (trustroad, {"TRUSTROAD_DATA_DIR": str(large), "TRUSTROAD_EXIT_ON_READY": "1"}),
            "light": (trustroad, {"TRUSTROAD_DATA_DIR": str(light), "TRUSTROAD_EXIT_ON_READY": "1"}),
        }
        print(measured_copy())
        times = paired(commands, rounds, warmup)

    for name, values in times.items():
        print(f"{name:>6}: median {statistics.median(values) * 1000:.0f} ms over {len(values)} runs")
    print(f"(large workbook: {size // 1024} KB of answers)")
    report("start-up, empty data / bare Textual app", median_ratio(times["empty"], times["bare"]), 1.45)
    report("start-up, large workbook / empty data", median_ratio(times["large"], times["empty"]), 1.1)
    report("start-up, light theme / empty data (dark)", median_ratio(times["light"], times["empty"]))
    report("  bare app importing pydantic's BaseModel first / bare app", median_ratio(times["pydantic"], times["bare"]))
    report("  bare app importing the models first / bare app", median_ratio(times["models"], times["bare"]))
    report("  start-up, empty data / bare app importing the models", median_ratio(times["empty"], times["models"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
