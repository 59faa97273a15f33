"""Shared helpers for the whole-process benchmarks: paired runs and median ratios."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one whole process, start to exit; fails loudly if the process fails."""
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    result = subprocess.run(cmd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"benchmark command failed ({result.returncode}): {cmd[:3]}")
    return elapsed


def paired(commands: dict[str, tuple[list[str], dict[str, str]]], rounds: int, warmup: int = 1) -> dict[str, list[float]]:
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
    return statistics.median(a / b for a, b in zip(numerator, denominator))


def report(label: str, ratio: float, target: float | None = None) -> str:
    verdict = ""
    if target is not None:
        verdict = f"  (target <= {target:.2f}x: {'met' if ratio <= target else 'NOT met'})"
    line = f"{label}: {ratio:.2f}x{verdict}"
    print(line, flush=True)
    return line
