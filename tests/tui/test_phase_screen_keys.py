"""The phase screen's footer and keys, walked at 80x24 as a person would: Done only where a step can
be marked done, the letter keys named where they work (the F-keys where a letter would be typed)."""

from __future__ import annotations

from textual_private import screen_text
from trustroad.tui.widgets.answer_box import AnswerBox


def footer(pilot) -> str:
    return screen_text(pilot.app).splitlines()[-1]


async def test_done_is_in_the_footer_only_on_a_step_that_can_be_marked_done(launcher, steps):
    page = steps("reading", where=lambda step: not step.counts_toward_progress)
    async with launcher.run(size=(80, 24)) as pilot:
        screen = await launcher.open_step(pilot, page)
        assert "Done" not in footer(pilot), footer(pilot)
        await pilot.press("d", "f4")  # nothing to mark done: the keys change nothing either
        await pilot.pause()
        assert not pilot.app.workbook.is_done(page.id)
        titles = [command.title for command in pilot.app.get_system_commands(screen)]
        assert "Mark this step done / not done" not in titles and "Next step in this phase" in titles  # palette too
        # The next step that can be done brings the key back.
        ordered = [s.id for s in screen.phase.steps]
        doable = next(s for s in screen.phase.steps[ordered.index(page.id) :] if s.counts_toward_progress)
        await launcher.choose_step(pilot, doable.id)
        assert "d Done" in footer(pilot), footer(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert pilot.app.workbook.is_done(doable.id)
        assert "Mark this step done / not done" in [command.title for command in pilot.app.get_system_commands(screen)]


async def test_the_footer_names_the_letter_keys_beside_the_step_list_and_fits_80_columns(launcher, steps):
    step = steps("worksheet", "stabilize")
    async with launcher.run(size=(80, 24)) as pilot:
        await launcher.open_step(pilot, step)
        line = footer(pilot)
        for shown in ("Hide", "Support", "esc Back", "d Done", "p Previous", "n Next", "Go to", "^p palette"):
            assert shown in line, line
        assert "f4" not in line and "f6" not in line, line  # no F-key twice over
        index = pilot.app.screen.step_id
        await pilot.press("n")
        await pilot.pause()
        assert pilot.app.screen.step_id != index
        await pilot.press("p")
        await pilot.pause()
        assert pilot.app.screen.step_id == index


async def test_in_an_answer_box_the_footer_names_the_f_keys_and_letters_are_typed(launcher, steps):
    step = steps("worksheet", "stabilize")
    async with launcher.run(size=(80, 24)) as pilot:
        screen = await launcher.open_step(pilot, step)
        screen.query(AnswerBox).first().focus()
        await pilot.pause()
        line = footer(pilot)
        assert "f4 Done" in line and "f6 Next" in line, line
        assert "d Done" not in line and "n Next" not in line, line
        await pilot.press(*"dnp")
        await pilot.pause()
        assert pilot.app.focused.text == "dnp"
        assert screen.step_id == step.id and not pilot.app.workbook.is_done(step.id)


async def test_in_the_question_ledger_the_footer_still_fits_80_columns(launcher, steps):
    from trustroad.tui.widgets.ledger_panel import LedgerList

    step = steps("ledger")
    async with launcher.run(size=(80, 24)) as pilot:
        screen = await launcher.open_step(pilot, step)
        screen.query_one(LedgerList).focus()
        await pilot.pause()
        line = footer(pilot)
        for shown in ("Hide", "Support", "esc Back", "d Done", "n Next", "^o Go to", "^p palette"):
            assert shown in line, line
