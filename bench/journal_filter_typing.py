"""Part (c) of bench_journal.py: one character typed into the journal's text filter, timed
in-process with Pilot (the filter's own work after the debounce, and key-to-list latency)."""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path


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
