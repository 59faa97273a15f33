"""Every modal dialog at 80x24 over the screen it opens from, with the sample workbook.

Each one is opened with the keys a person would press; the fixed moment, time zone and steady
cursors come from conftest.py. Regenerate with `--snapshot-update` and look at every new SVG.
"""

from __future__ import annotations

from trustroad.tui.modals.agreement_template import AgreementTemplateModal
from trustroad.tui.modals.confirm_delete_entry import ConfirmDeleteEntry
from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry
from trustroad.tui.modals.record_check import RecordCheckModal
from trustroad.tui.modals.repair import RepairModal
from trustroad.tui.modals.setback_log import SetbackLogModal
from trustroad.tui.screens.journal_entry import JournalEntryScreen

SIZE = (80, 24)


def test_agreement_template(snap_compare, make_app, reach):
    walk = reach(AgreementTemplateModal, "f7", "n")  # n on Agreements: a new one, from which wording?
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_confirm_delete_entry(snap_compare, make_app, reach):
    walk = reach(ConfirmDeleteEntry, "f3", "delete")  # Delete on the newest entry in the journal
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_confirm_discard_entry(snap_compare, make_app, keys):
    async def walk(pilot) -> None:
        await keys(pilot, "f3", "ctrl+n")
        assert isinstance(pilot.app.screen, JournalEntryScreen)
        # An intensity typed, then Esc: the form has unsaved changes, so it asks. (Typing in the
        # text box would also keep a draft and put "saving…" in the header, at a moment that
        # depends on timing.)
        await pilot.click("#entry-intensity")
        await keys(pilot, "7", "escape")
        assert isinstance(pilot.app.screen, ConfirmDiscardEntry), pilot.app.screen

    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_record_check(snap_compare, make_app, reach):
    walk = reach(RecordCheckModal, "f9", "enter")  # Enter on a promise: how did it go today?
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_repair(snap_compare, make_app, reach):
    walk = reach(RepairModal, "f9", "s", "r")  # r on a setback: when was it talked through?
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_setback_log(snap_compare, make_app, reach):
    walk = reach(SetbackLogModal, "f9", "s", "n")
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_confirm_replace_file(snap_compare, make_app, keys):
    from pathlib import Path

    from trustroad.tui.modals.confirm_replace_file import ConfirmReplaceFile

    async def walk(pilot) -> None:
        await keys(pilot, "f10")
        # Opened as ctrl+e opens it on an existing file (tests/tui/test_export_replace.py), with a
        # fixed path so that the picture is the same on every machine.
        await pilot.app.push_screen(ConfirmReplaceFile(Path("/home/someone/Documents/trustroad-summary-2026-03-18.md")))
        await pilot.pause()

    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)
