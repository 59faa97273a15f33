"""Every screen at 80x24 with the sample workbook (trustroad.demo), compared with approved SVGs.

The road map, a phase and the therapy summary are also pictured in the light theme. Help and
Settings are pictured in test_snapshots.py (they show no workbook content). Each picture is
reached with the keys a person would press. The fixed moment, time zone and steady cursors
come from conftest.py; regenerate with `--snapshot-update` and look at every new SVG.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from trustroad.storage.files import DRAFTS_FILE
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.promise_edit import PromiseEditScreen
from trustroad.tui.screens.promises import PromisesScreen
from trustroad.tui.screens.recovered import RecoveredScreen
from trustroad.tui.screens.setbacks import SetbacksScreen
from trustroad.workbook.drafts import Draft, Drafts

SIZE = (80, 24)
THEMES = ["dark", "light"]
WORKSHEET = "stabilize-when-to-talk"  # a step the sample workbook has answers in


@pytest.mark.parametrize("theme", THEMES)
def test_home(snap_compare, make_app, reach, theme):
    assert snap_compare(make_app(theme, demo=True), terminal_size=SIZE, run_before=reach(HomeScreen))


@pytest.mark.parametrize("theme", THEMES)
def test_phase(snap_compare, make_app, reach, content, theme):
    steps = [s.id for s in content.phase("stabilize").steps]
    # The road map opens on the sample couple's phase (stabilize): Enter, down to the step, and
    # Enter again into its first answer box, so the couple's answers are on screen.
    walk = reach(PhaseScreen, "enter", *["down"] * steps.index(WORKSHEET), "enter")
    assert snap_compare(make_app(theme, demo=True), terminal_size=SIZE, run_before=walk)


@pytest.mark.parametrize("theme", THEMES)
def test_therapy_summary(snap_compare, make_app, reach, theme):
    assert snap_compare(make_app(theme, demo=True), terminal_size=SIZE, run_before=reach(ExportScreen, "f10"))


def test_journal(snap_compare, make_app, reach):
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=reach(JournalScreen, "f3"))


def test_journal_entry(snap_compare, make_app, reach):
    # Enter on the newest entry opens it for editing.
    walk = reach(JournalEntryScreen, "f3", "enter")
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_new_journal_entry(snap_compare, make_app, reach):
    walk = reach(JournalEntryScreen, "f3", "ctrl+n")
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_agreements(snap_compare, make_app, reach):
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=reach(AgreementsScreen, "f7"))


def test_checkin(snap_compare, make_app, reach):
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=reach(CheckinScreen, "f8"))


def test_promises(snap_compare, make_app, reach):
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=reach(PromisesScreen, "f9"))


def test_promise_edit(snap_compare, make_app, reach):
    walk = reach(PromiseEditScreen, "f9", "e")  # the first promise, to change it
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_setbacks(snap_compare, make_app, reach):
    walk = reach(SetbacksScreen, "f9", "s")
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_agenda(snap_compare, make_app, keys):
    async def walk(pilot) -> None:
        await keys(pilot, "f10")
        await pilot.click("#export-agenda")  # the agenda is reached from the therapy summary
        await keys(pilot)
        assert isinstance(pilot.app.screen, AgendaScreen), pilot.app.screen

    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_recovered_writing(snap_compare, make_app, reach):
    # Words left in an open journal entry when trustroad last ended unexpectedly.
    when = datetime(2026, 3, 17, 22, 40, tzinfo=UTC)
    drafts = Drafts(
        items={
            "1/entry-text": Draft(
                where="A journal entry",
                updated=when,
                text="I wanted to say this before our talk on Saturday, so it does not come out wrong.",
            )
        }
    )
    app = make_app(demo=True, extra={DRAFTS_FILE: drafts})
    assert snap_compare(app, terminal_size=SIZE, run_before=reach(RecoveredScreen))
