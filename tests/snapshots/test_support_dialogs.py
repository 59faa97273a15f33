"""The two dialogs of the support place at 80x24 (dark), over the sample workbook.

Both are opened from the support place (ctrl+g, from anywhere) as a person would:
- the whole grounding card: Enter on the first choice, which has the focus; it holds the
  sample's own time-out phrase and, at this size, fits whole, title to Close;
- "Anything looking stuck?": End, then up to the last choice but one, then Enter; once over the
  sample (nothing looks stuck) and once over notes that show three signals.
"""

from __future__ import annotations

from datetime import timedelta

from trustroad import clock
from trustroad.agreements.model import Agreements
from trustroad.content.model import Content
from trustroad.demo import build_demo
from trustroad.journal.model import Entry, Journal
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Setback
from trustroad.storage.files import AGREEMENTS_FILE, JOURNAL_FILE, PROMISES_FILE
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.stuck_signals import StuckSignalsDialog

SIZE = (80, 24)
STUCK = ("ctrl+g", "end", "up", "enter")  # the agenda is the last choice, the stuck signals before it


def notes_that_look_stuck(content: Content) -> dict:
    """The sample workbook, plus a tag on three high-intensity days, two setbacks without repair
    for over a week, and an agreement reopened three times (on the fixed day, conftest.py)."""
    documents = build_demo(content, today=clock.today())
    journal, promises, agreements = documents[JOURNAL_FILE], documents[PROMISES_FILE], documents[AGREEMENTS_FILE]
    assert isinstance(journal, Journal) and isinstance(promises, PromisesBook) and isinstance(agreements, Agreements)
    now = clock.now()
    for days in (2, 9, 16):
        journal.add(Entry.new("Going over it again.", intensity=8, tags=["money"], written=now - timedelta(days=days)))
    for days in (10, 12):
        promises.add_setback(Setback(note="A hard evening.", when=now - timedelta(days=days)))
    for status in ("agreed", "proposed") * 3:
        agreements.agreements[0].set_status(status)
    return {JOURNAL_FILE: journal, PROMISES_FILE: promises, AGREEMENTS_FILE: agreements}


def test_grounding_card(snap_compare, make_app, reach):
    walk = reach(GroundingDialog, "ctrl+g", "enter")
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_stuck_signals_none(snap_compare, make_app, reach):
    walk = reach(StuckSignalsDialog, *STUCK)
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_stuck_signals_found(snap_compare, make_app, reach, content):
    walk = reach(StuckSignalsDialog, *STUCK)
    app = make_app(demo=True, extra=notes_that_look_stuck(content))
    assert snap_compare(app, terminal_size=SIZE, run_before=walk)
