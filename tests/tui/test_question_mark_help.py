"""The "?" key opens help (as F1 does) on every screen, except where it is a character typed into
a text box: a person types questions."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from trustroad.tui.screens.find_answers import FindAnswersScreen
from trustroad.tui.screens.help import HelpScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.widgets.answer_box import AnswerBox


async def test_question_mark_on_the_phase_screen_opens_help_and_again_closes_it(launcher, steps):
    async with launcher.run() as pilot:
        screen = await launcher.open_step(pilot, steps("worksheet"))
        assert isinstance(pilot.app.focused, OptionList)  # the step list
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert pilot.app.screen is screen


async def test_question_mark_over_a_dialog_opens_help(launcher):
    from trustroad.tui.modals.go_to import GoToMenu

    async with launcher.run() as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, GoToMenu)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)


async def test_question_mark_typed_in_an_answer_box_is_a_character(launcher, steps):
    async with launcher.run() as pilot:
        screen = await launcher.open_step(pilot, steps("worksheet"))
        box = screen.query(AnswerBox).first()
        box.focus()
        await pilot.pause()
        await pilot.press(*"why", "question_mark")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert box.text == "why?"
        assert isinstance(pilot.app.screen, PhaseScreen)


async def test_question_mark_typed_in_a_one_line_box_is_a_character(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f")  # find in my worksheets, its box focused
        await pilot.pause()
        assert isinstance(pilot.app.screen, FindAnswersScreen)
        assert isinstance(pilot.app.focused, Input)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FindAnswersScreen)
        assert pilot.app.focused.value == "?"
