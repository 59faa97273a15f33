"""The Backups screen (from Settings) and its confirmation, at 80x24 dark, with two backups of the
sample workbook. Regenerate with `--snapshot-update` and look at every new SVG."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button

from trustroad import clock
from trustroad.journal.model import Entry, Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.confirm_restore import ConfirmRestore
from trustroad.tui.screens.backups import BackupsScreen

SIZE = (80, 24)


def now() -> datetime:
    """The moment the snapshot set-up fixed the clock at (conftest.py)."""
    moment = clock.fixed()
    assert moment is not None
    return moment


def two_backups(folder: Path, set_clock, now) -> None:
    """Two more sessions, each keeping a backup of the sample workbook as it found it."""
    for hours, text in ((1, "An evening entry."), (26, "The next morning.")):
        set_clock(now + timedelta(hours=hours))
        store = Store(folder)
        journal = store.load(JOURNAL_FILE, Journal)
        journal.add(Entry.new(text))
        store.save(JOURNAL_FILE, journal)
    set_clock(now + timedelta(hours=27))


def walk(keys, *then: str):
    async def run_before(pilot: Pilot) -> None:
        await keys(pilot, "f2")
        button = pilot.app.screen.query_one("#backups", Button)
        while pilot.app.focused is not button:
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await keys(pilot, *then)
        assert isinstance(pilot.app.screen, ConfirmRestore if then else BackupsScreen), pilot.app.screen

    return run_before


def test_backups(snap_compare, make_app, keys, tmp_path, set_clock):
    app = make_app(demo=True)
    two_backups(tmp_path / "data", set_clock, now())
    assert snap_compare(app, terminal_size=SIZE, run_before=walk(keys))


def test_confirm_restore(snap_compare, make_app, keys, tmp_path, set_clock):
    app = make_app(demo=True)
    two_backups(tmp_path / "data", set_clock, now())
    assert snap_compare(app, terminal_size=SIZE, run_before=walk(keys, "enter"))
