"""Shared helpers for the whole-process benchmarks: paired runs and median ratios."""

from __future__ import annotations

import atexit
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
SRC = BENCH_DIR.parent / "src"


def _child_environment() -> dict[str, str]:
    """The environment every measured process runs in: like a person's installed copy.

    pip compiles bytecode when it installs a package, so a person's `trustroad` (and jrnl, and
    Textual) never compiles its modules at start. A machine with PYTHONDONTWRITEBYTECODE set
    would make every run from a source tree recompile every module it imports, and the ratios
    would measure the compiler. So bytecode is kept, for every process alike, in a folder of
    this run (PYTHONPYCACHEPREFIX): the warm-up rounds fill it, the timed rounds read it.
    """
    cache = tempfile.mkdtemp(prefix="trustroad-bench-pyc-")
    atexit.register(shutil.rmtree, cache, True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    env.pop("TRUSTROAD_CONTENT", None)  # the built-in content only
    if importlib.util.find_spec("trustroad") is None or os.environ.get("TRUSTROAD_BENCH_SOURCE"):
        # Not installed in this Python: measure the source tree next to bench/.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
        sys.path.insert(0, str(SRC))
    return env


# Computed once, before any bench imports trustroad: it decides where trustroad comes from.
CHILD_ENV = _child_environment()


def _trustroad_command() -> list[str]:
    """How a person starts trustroad: the installed `trustroad` command when the measured copy
    is installed in this Python (its console script goes straight to trustroad.cli.main;
    `python -m trustroad` also loads runpy and importlib.util, a few milliseconds), else
    `python -m trustroad` on the source tree."""
    script = Path(sys.executable).parent / "trustroad"
    if "PYTHONPATH" in CHILD_ENV and str(SRC) in CHILD_ENV["PYTHONPATH"].split(os.pathsep):
        return [sys.executable, "-m", "trustroad"]
    return [str(script)] if script.exists() else [sys.executable, "-m", "trustroad"]


TRUSTROAD = _trustroad_command()


def measured_copy() -> str:
    """Where the trustroad being measured lives (printed by each bench, so a stale install shows)."""
    import trustroad

    return f"trustroad {trustroad.__version__} from {Path(trustroad.__file__).parent}, run as {' '.join(TRUSTROAD)}"


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one whole process, start to exit; fails loudly if the process fails."""
    full_env = {**CHILD_ENV, **(env or {})}
    start = time.perf_counter()
    result = subprocess.run(cmd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"benchmark command failed ({result.returncode}): {cmd[:3]}")
    return elapsed


def paired(
    commands: dict[str, tuple[list[str], dict[str, str]]], rounds: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Run every command once per round, interleaved, so drift hits all of them alike."""
    for _ in range(warmup):
        for cmd, env in commands.values():
            run_once(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (cmd, env) in commands.items():
            times[name].append(run_once(cmd, env))
    return times


def median_ratio(numerator: list[float], denominator: list[float]) -> float:
    """Median of the per-round ratios (pairs taken in the same round)."""
    return statistics.median(a / b for a, b in zip(numerator, denominator, strict=True))


def report(label: str, ratio: float, target: float | None = None) -> str:
    verdict = ""
    if target is not None:
        verdict = f"  (target <= {target:.2f}x: {'met' if ratio <= target else 'NOT met'})"
    line = f"{label}: {ratio:.2f}x{verdict}"
    print(line, flush=True)
    return line


def welcomed(folder: Path) -> Path:
    """A data folder whose welcome is finished (and nothing else): a start paints the road map,
    which is what the start-up figures compare (a brand-new folder opens on the welcome)."""
    from trustroad.storage.files import WORKBOOK_FILE
    from trustroad.storage.store import Store
    from trustroad.workbook.model import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    workbook = Workbook()
    workbook.finish_first_run()
    Store(folder).save(WORKBOOK_FILE, workbook)
    return folder
