"""Issue 14: search across worksheet answers, not only the journal: find, open at the answer, come back."""

from __future__ import annotations

from textual.widgets import OptionList

from textual_private import screen_text
from trustroad.tui.screens.find_answers import FindAnswersScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.widgets.answer_box import AnswerBox


def _worksheet_prompts(content, count):
    return [(s, q) for p in content.phases for s in p.steps for q in s.meta.prompts][:count]


async def _type(pilot, text):
    for char in text:
        await pilot.press("space" if char == " " else char)
    await pilot.pause()


async def test_find_opens_the_step_at_the_answer_and_esc_comes_back(launcher, content):
    (first, first_q), (second, second_q) = _worksheet_prompts(content, 2)
    async with launcher.run() as pilot:
        book = pilot.app.workbook
        book.set_answer(first.id, first_q.id, "We walk on Sunday mornings.")
        book.set_answer(second.id, second_q.id, "Sunday evenings are the worst [bold]time[/bold].")
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FindAnswersScreen)
        await _type(pilot, "sunday")
        text = screen_text(pilot.app)
        assert "2 answers found" in text
        assert "[bold]time[/bold]" in text  # a person's words shown as written, never markup
        await _type(pilot, " evenings")
        assert "1 answer found" in screen_text(pilot.app)
        await pilot.press("enter")  # from the box to the results
        await pilot.pause()
        assert isinstance(pilot.app.focused, OptionList)
        await pilot.press("enter")  # open the step
        await pilot.pause()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen) and screen.step_id == second.id
        focused = pilot.app.focused
        assert isinstance(focused, AnswerBox) and focused.prompt_id == second_q.id
        focused.text = "Evenings are easier now."  # the person changes the answer there
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FindAnswersScreen)
        assert "Nothing found" in screen_text(pilot.app)  # the results say what is there now
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_nothing_found_says_so_and_points_to_the_journal(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "every word must be in the answer" in screen_text(pilot.app)
        await _type(pilot, "zebra")
        text = screen_text(pilot.app)
        assert "Nothing found in your worksheet answers" in text and "ctrl+f" in text
        await pilot.press("down")  # no results: the focus stays in the box
        await pilot.pause()
        assert pilot.app.focused.id == "find-text"


async def test_a_ledger_question_opens_with_the_ledger_list_focused(launcher, content):
    step = next(s for p in content.phases for s in p.steps if s.kind == "ledger")
    async with launcher.run() as pilot:
        pilot.app.workbook.ledger(step.id).add("Did anyone at work know?")
        await pilot.press("ctrl+o", "f")
        await pilot.pause()
        await _type(pilot, "work know")
        assert "Question ledger" in screen_text(pilot.app)
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(pilot.app.screen, PhaseScreen) and pilot.app.screen.step_id == step.id
        assert pilot.app.focused is not None and pilot.app.focused.id == "ledger-items"
