"""Issue 14: ctrl+o "Go to…" reaches every place without F-keys, from any screen, even while a
text box has the focus; and never closes a form that holds unsaved words."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from trustroad.tui.modals.go_to import PLACES, GoToMenu
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.screens.find_answers import FindAnswersScreen
from trustroad.tui.screens.help import HelpScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.promises import PromisesScreen
from trustroad.tui.screens.setbacks import SetbacksScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.screens.support import SupportScreen
from trustroad.tui.screens.together import TogetherScreen

WHERE = {
    "r": HomeScreen,
    "j": JournalScreen,
    "f": FindAnswersScreen,
    "a": AgreementsScreen,
    "c": CheckinScreen,
    "p": PromisesScreen,
    "s": SetbacksScreen,
    "t": AgendaScreen,
    "e": ExportScreen,
    "o": SettingsScreen,
    "h": HelpScreen,
    "l": TogetherScreen,
    "u": SupportScreen,
}

PHASE_COMMANDS = ("Mark this step done / not done", "Next step in this phase", "Previous step in this phase")


def test_every_place_in_the_menu_is_tested():
    assert {key for key, _label, _action in PLACES} | {"u"} == set(WHERE) | {"q"}


async def test_q_in_the_menu_saves_and_quits(launcher):
    async with launcher.run() as pilot:
        await pilot.press("ctrl+o", "q")
        await pilot.pause()
        assert pilot.app.return_code is not None or not pilot.app.is_running


@pytest.mark.parametrize("key", sorted(WHERE))
async def test_one_letter_in_the_menu_goes_there_from_a_screen_with_a_text_box_focused(launcher, key):
    async with launcher.run() as pilot:
        await pilot.press("c")  # the check-in: its first rating box has the focus
        await pilot.pause()
        assert isinstance(pilot.app.screen, CheckinScreen) and pilot.app.focused is not None
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, GoToMenu)
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(pilot.app.screen, WHERE[key])


async def test_the_menu_opens_over_help_and_closes_with_esc_or_ctrl_o(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, GoToMenu)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("ctrl+o", "j")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen)
        await pilot.press("ctrl+o", "escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen)


async def test_going_elsewhere_from_an_unsaved_entry_keeps_it_open(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press(*"not yet saved")
        for key in ("p", "a", "r"):  # places that replace the screens below
            await pilot.press("ctrl+o", key)
            await pilot.pause()
            await pilot.pause()
            assert isinstance(pilot.app.screen, JournalEntryScreen)
        assert pilot.app.screen.query_one("#entry-text", TextArea).text == "not yet saved"
        await pilot.press("f9")  # the F-key too
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalEntryScreen)


async def test_the_palette_has_an_entry_for_every_place_and_action(launcher, steps):
    from trustroad.tui.screens.phase import PhaseScreen

    async with launcher.run() as pilot:
        app = pilot.app
        names = {command.title for command in app.get_system_commands(app.screen)}
        for wanted in (
            "Go to…",
            "Next step",
            "Journal",
            "Agreements",
            "Weekly check-in",
            "Promises",
            "Setbacks",
            "What I want to talk about",
            "Therapy summary",
            "Settings",
            "Help",
        ):
            assert wanted in names
        next_step = next(c for c in app.get_system_commands(app.screen) if c.title == "Next step")
        next_step.callback()
        await pilot.pause()
        assert isinstance(app.screen, PhaseScreen)
        phase = app.screen
        commands = {c.title: c for c in app.get_system_commands(phase)}
        step = phase.step_id
        # Each names the letter and the F-key that do the same on the phase screen.
        assert [commands[title].help for title in PHASE_COMMANDS] == [
            "The step shown now (d or F4)",
            "The step after this one (n or F6)",
            "The step before this one (p or F5)",
        ]
        commands["Mark this step done / not done"].callback()
        await pilot.pause()
        assert app.workbook.is_done(step)
