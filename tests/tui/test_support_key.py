"""Issue 13, support one key from everywhere: ctrl+g opens the support place over every screen
and dialog, with a text box focused where there is one, closing nothing underneath; Esc comes
back to the same screen with the same focus. Inside the support place the key stays put.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from textual_private import screen_text
from trustroad.agreements.model import Agreement
from trustroad.clock import today
from trustroad.journal.model import Entry
from trustroad.promises.records import Promise, Setback
from trustroad.settings import Settings
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.switch import turn_on
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.agreement_template import AgreementTemplateModal
from trustroad.tui.modals.confirm_delete_entry import ConfirmDeleteEntry
from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.record_check import RecordCheckModal
from trustroad.tui.modals.repair import RepairModal
from trustroad.tui.modals.setback_log import SetbackLogModal
from trustroad.tui.modals.stuck_signals import StuckSignalsDialog
from trustroad.tui.open_workbook import prepare
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.screens.help import HelpScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.promise_edit import PromiseEditScreen
from trustroad.tui.screens.promises import PromisesScreen
from trustroad.tui.screens.reading import ReadingScreen
from trustroad.tui.screens.recovered import RecoveredScreen
from trustroad.tui.screens.safety import SafetyScreen
from trustroad.tui.screens.safety_check import SafetyCheckScreen
from trustroad.tui.screens.self_check import SelfCheckScreen
from trustroad.tui.screens.setbacks import SetbacksScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.screens.support import SupportScreen
from trustroad.tui.screens.unlock import UnlockScreen

SUPPORT = "ctrl+g"


def fill(app: TrustroadApp) -> None:
    """Something in every kind of record, so that every dialog has something to open on."""
    app.journal.add(Entry.new("An entry", tags=["t"]))
    promise = app.promises.add_promise(Promise(wording="Call at six", visibility="a message"))
    app.promises.record(promise.id, today() - timedelta(days=1), False, "missed")
    app.agreements.add(Agreement.new()).edit_wording("We talk after dinner", title="Talks")
    app.promises.add_setback(Setback(kind="other", note="a hard evening"))
    app.drafts.keep("1/entry-text", "A journal entry", "a kept draft")
    for name in app.documents:
        app.changed(name)


async def press(pilot: Pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


def keys(*presses: str) -> Callable[[Pilot], Awaitable[None]]:
    async def walk(pilot: Pilot) -> None:
        await press(pilot, *presses)

    return walk


async def _answer_box(pilot: Pilot) -> None:
    app = pilot.app
    await press(pilot, "escape")  # past the recovered writing, to the road map
    app.open_phase("make-meaning")
    await pilot.pause()
    step = next(s for s in app.screen.phase.steps if s.kind == "worksheet")
    app.screen.query_one("#steps").highlighted = app.screen.phase.steps.index(step)
    await pilot.pause()
    await press(pilot, "enter")


async def _agreement_template(pilot: Pilot) -> None:
    await press(pilot, "escape", "f7")
    pilot.app.screen.query_one("#agreement-list").focus()
    await press(pilot, "n")


async def _agenda(pilot: Pilot) -> None:
    await press(pilot, "escape")
    pilot.app.action_agenda()
    await pilot.pause()


async def _welcome(pilot: Pilot) -> None:
    # Settings' "Show the welcome again…": the welcome holds back most app keys while open.
    await press(pilot, "escape", "f2")
    pilot.app.screen.query_one("#first-run-again").focus()
    await press(pilot, "enter", "n", "n")  # on to the page with the role's choices


async def _discard(pilot: Pilot) -> None:
    await press(pilot, "escape", "f3", "enter", "x", "escape")


# (what the person did from the start, which shows the recovered writing, and where it led)
PLACES: dict[str, tuple[Callable[[Pilot], Awaitable[None]], type]] = {
    "recovered": (keys(), RecoveredScreen),
    "home": (keys("escape"), HomeScreen),
    "help": (keys("escape", "f1"), HelpScreen),
    "settings": (keys("escape", "f2"), SettingsScreen),
    "welcome": (_welcome, FirstRunScreen),
    "palette": (keys("escape", "ctrl+p"), CommandPalette),
    "phase-answer": (_answer_box, PhaseScreen),
    "journal": (keys("escape", "f3"), JournalScreen),
    "confirm-delete": (keys("escape", "f3", "delete"), ConfirmDeleteEntry),
    "journal-entry": (keys("escape", "f3", "enter"), JournalEntryScreen),
    "confirm-discard": (_discard, ConfirmDiscardEntry),
    "promises": (keys("escape", "f9"), PromisesScreen),
    "record-check": (keys("escape", "f9", "left", "enter"), RecordCheckModal),
    "repair": (keys("escape", "f9", "left", "r"), RepairModal),
    "promise-edit": (keys("escape", "f9", "e"), PromiseEditScreen),
    "setbacks": (keys("escape", "f9", "s"), SetbacksScreen),
    "setback-repair": (keys("escape", "f9", "s", "r"), RepairModal),
    "setback-log": (keys("escape", "f9", "s", "n"), SetbackLogModal),
    "agreements": (keys("escape", "f7"), AgreementsScreen),
    "agreement-template": (_agreement_template, AgreementTemplateModal),
    "checkin": (keys("escape", "f8"), CheckinScreen),
    "agenda": (_agenda, AgendaScreen),
    "export": (keys("escape", "f10"), ExportScreen),
}


@pytest.mark.parametrize("place", PLACES)
async def test_the_support_key_opens_the_support_place_from_everywhere(launcher, place) -> None:
    async with launcher.run() as pilot:
        fill(pilot.app)
        assert pilot.app.save_and_wait()

    walk, expected = PLACES[place]
    async with launcher.run(size=(100, 30)) as pilot:
        app = pilot.app
        await walk(pilot)
        screen = app.screen
        assert isinstance(screen, expected), type(screen).__name__
        boxes = [box for box in screen.query("TextArea, Input") if box.focusable and box.display]
        if boxes:
            boxes.sort(key=lambda box: not isinstance(box, TextArea))
            boxes[0].focus()
            await pilot.pause()
        focused = app.focused
        typed = focused.text if isinstance(focused, TextArea) else focused.value if isinstance(focused, Input) else None

        await press(pilot, SUPPORT)
        assert isinstance(app.screen, SupportScreen), type(app.screen).__name__
        assert "I'm flooded right now" in screen_text(app)
        if typed is not None:  # the key typed nothing into the box
            assert (focused.text if isinstance(focused, TextArea) else focused.value) == typed

        await press(pilot, "escape")
        assert app.screen is screen, type(app.screen).__name__  # nothing underneath was closed
        assert app.focused is focused


SUPPORT_PLACES: dict[str, tuple[str, type]] = {
    "grounding": ("grounding", GroundingDialog),
    "safety-page": ("safety-page", ReadingScreen),
    "safety-check": ("safety-check", SafetyCheckScreen),
    "self-check": ("self-check", SelfCheckScreen),
    "stuck": ("stuck", StuckSignalsDialog),
}


@pytest.mark.parametrize("place", SUPPORT_PLACES)
async def test_inside_the_support_place_the_key_stays(launcher, place) -> None:
    choice, expected = SUPPORT_PLACES[place]
    async with launcher.run() as pilot:
        app = pilot.app
        await press(pilot, SUPPORT)
        assert isinstance(app.screen, SupportScreen)
        app.screen.open(choice)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, expected)
        await press(pilot, SUPPORT)
        assert app.screen is screen
        assert sum(isinstance(s, SupportScreen) for s in app.screen_stack) == 1


async def test_the_safety_screen_keeps_the_key_too(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        app.push_screen(SafetyScreen())
        await pilot.pause()
        await press(pilot, SUPPORT)
        assert isinstance(app.screen, SafetyScreen)


async def test_the_support_place_leads_to_the_agenda(launcher) -> None:
    async with launcher.run() as pilot:
        await press(pilot, SUPPORT)
        pilot.app.screen.open("agenda")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AgendaScreen)


async def test_the_support_key_is_in_every_footer_and_in_the_help(launcher) -> None:
    async with launcher.run(size=(200, 24)) as pilot:
        for presses in ((), ("f3",), ("f9",), ("f9", "s"), ("f7",), ("f8",), ("f2",), ("f10",), (SUPPORT,)):
            await press(pilot, *presses)
            footer = screen_text(pilot.app).splitlines()[-1]
            assert "^g Support" in footer, (presses, footer)
            # Right after hide, so that a crowded footer still shows it.
            assert footer.index("^\\ Hide") < footer.index("^g Support") < 20, footer
            pilot.app.go_home()
            await pilot.pause()
        await press(pilot, "f1")
        assert "ctrl+g" in screen_text(pilot.app)


async def test_the_support_key_works_before_an_encrypted_workbook_is_unlocked(tmp_path, content) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    turn_on(folder, bytearray(b"a long passphrase here"), FAST_TEST_PARAMS)
    app = prepare(content, Settings(chosen_data_dir=folder, test_kdf=True))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, UnlockScreen)
            await press(pilot, SUPPORT)
            assert isinstance(app.screen, SupportScreen)
            text = screen_text(app)
            assert "I'm flooded right now" in text and "safety check" not in text  # no workbook yet
            await press(pilot, "enter")
            assert isinstance(app.screen, GroundingDialog)
            await press(pilot, "escape", "escape")
            assert isinstance(app.screen, UnlockScreen)
    finally:
        app.writer.close()
        app.store.unlock()
