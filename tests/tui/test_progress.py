"""Marking steps done (F4) and ticking checklist items: shown at once, kept across restart."""

from __future__ import annotations

from textual.widgets import Button, Checkbox, OptionList

from trustroad.workbook.model import answer_key


def _mark(screen, step_id: str) -> str:
    return str(screen.query_one("#steps", OptionList).get_option(step_id).prompt)[:2]


async def test_f4_marks_a_step_done_and_undone_and_it_survives_restart(launcher, content, screen, road_map, progress):
    phase = content.phase("stabilize")
    step = phase.steps[1]
    total = len(phase.steps)
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_step(pilot, step)
        assert _mark(phase_screen, step.id) == "· "
        await pilot.press("f4")
        await pilot.pause()
        assert _mark(phase_screen, step.id) == "✓ "
        assert f"1/{total} done" in screen(pilot.app)
        # The button names the letter first (outside a text box), then the F-key.
        assert str(phase_screen.query_one("#done-button", Button).label) == "Mark as not done (d or F4)"
        await pilot.press("escape")
        await pilot.pause()
        assert progress(road_map(pilot.app, "Phase 1 · Stabilize"), 1, total)
        await pilot.press("ctrl+q")
    assert step.id in launcher.on_disk()["done"]

    async with launcher.run() as pilot:
        assert progress(road_map(pilot.app, "Phase 1 · Stabilize"), 1, total)
        phase_screen = await launcher.open_step(pilot, step)
        assert _mark(phase_screen, step.id) == "✓ "
        # F4 works while typing in an answer box too (it is a priority key); here: undo.
        await pilot.press("f4")
        await pilot.pause()
        assert _mark(phase_screen, step.id) == "· "
        await pilot.press("escape")
        await pilot.pause()
        assert progress(road_map(pilot.app, "Phase 1 · Stabilize"), 0, total)
        await pilot.press("ctrl+q")
    assert step.id not in launcher.on_disk()["done"]


async def test_f4_works_while_typing_in_an_answer_box(launcher, steps):
    step = steps("worksheet")
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, step)
        await pilot.press("enter", *"ok")
        await pilot.press("f4")
        await pilot.pause()
        assert pilot.app.workbook.is_done(step.id)
        assert pilot.app.focused.text == "ok"  # the key was not typed into the box


async def test_checklist_items_tick_with_space_and_enter_and_survive_restart(launcher, steps):
    step = steps("checklist")
    items = step.items_for("unsaid")
    assert len(items) >= 2
    first, second = items[0], items[1]
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_step(pilot, step)
        await pilot.press("enter")  # into the step: the first item
        assert pilot.app.focused is phase_screen.query_one(f"#item--{first.id}", Checkbox)
        await pilot.press("space")
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert phase_screen.query_one(f"#item--{second.id}", Checkbox).value
        await pilot.press("enter")  # and untick it again
        await pilot.press("ctrl+q")
    checked = launcher.on_disk()["checked"]
    assert checked == {answer_key(step.id, first.id): True}

    async with launcher.run() as pilot:
        phase_screen = await launcher.open_step(pilot, step)
        assert phase_screen.query_one(f"#item--{first.id}", Checkbox).value is True
        assert phase_screen.query_one(f"#item--{second.id}", Checkbox).value is False


async def test_f5_f6_move_between_steps(launcher, content):
    phase = content.phase("rebuild")
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_phase(pilot, "rebuild")
        await pilot.press("f6", "f6")
        await pilot.pause()
        assert phase_screen.step_id == phase.steps[2].id
        await pilot.press("f5")
        await pilot.pause()
        assert phase_screen.step_id == phase.steps[1].id
        await pilot.press("f5", "f5", "f5")  # stops at the first step
        await pilot.pause()
        assert phase_screen.step_id == phase.steps[0].id


async def test_arrowing_quickly_through_every_step_never_crashes(launcher, content):
    # Regression: each step's widgets were mounted before the previous step's were removed,
    # so two quick arrow presses crashed the app (DuplicateIds).
    phase = content.phase("make-meaning")
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_phase(pilot, phase.id)
        await pilot.press(*["down"] * len(phase.steps), "f5", "f6", *["up"] * len(phase.steps))
        await pilot.pause()
        assert pilot.app.is_running
        # The pane shows exactly one step: the one under the cursor in the list.
        steps = phase_screen.query_one("#steps", OptionList)
        assert phase_screen.step_id == steps.get_option_at_index(steps.highlighted).id
        titles = [str(s.render()) for s in phase_screen.query("#step-pane .step-title")]
        assert titles == [content.step(phase_screen.step_id).title]
        assert len(phase_screen.query("#done-button")) == 1


async def test_without_f_keys_d_marks_done_and_n_p_move_but_stay_letters_in_an_answer_box(launcher, steps):
    step = steps("worksheet")
    async with launcher.run() as pilot:
        screen = await launcher.open_step(pilot, step)  # the step list has the focus
        index = [s.id for s in screen._ordered()].index(step.id)
        await pilot.press("d")
        await pilot.pause()
        assert pilot.app.workbook.is_done(step.id)
        await pilot.press("n")
        await pilot.pause()
        assert screen.step_id == screen._ordered()[index + 1].id
        await pilot.press("p")
        await pilot.pause()
        assert screen.step_id == step.id
        await pilot.press("enter", *"dnp")  # into the first answer box: plain letters
        await pilot.pause()
        assert pilot.app.focused.text == "dnp"
        assert screen.step_id == step.id and pilot.app.workbook.is_done(step.id)
