"""Waiting for what a test reads, not for a fixed pause: on a loaded machine a screen's change can
come a frame or several later (a list refilled, Markdown mounting its blocks, a late focus)."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def until(pilot: Pilot, condition: Callable[[], object], tries: int = 100) -> None:
    """Pauses until `condition()` holds, at most `tries` times 0.05 s; then asserts it."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()
