"""Reopening a phase, within the running app, returns to the step the person was last on there;
opening a particular step (palette, next step, find) still goes to that step."""

from __future__ import annotations

from textual.widgets import OptionList

from textual_private import screen_text
from trustroad.tui.screens.phase import PhaseScreen


def highlighted_id(screen: PhaseScreen) -> str | None:
    steps = screen.query_one("#steps", OptionList)
    assert steps.highlighted is not None
    return steps.get_option_at_index(steps.highlighted).id


async def test_reopening_a_phase_returns_to_the_step_last_shown(launcher, content):
    phase = content.phase("stabilize")
    third = phase.steps[2]
    async with launcher.run() as pilot:
        await launcher.open_phase(pilot, phase.id)
        await launcher.choose_step(pilot, third.id)
        await pilot.press("escape")
        await pilot.pause()
        screen = await launcher.open_phase(pilot, phase.id)
        assert screen.step_id == third.id
        assert highlighted_id(screen) == third.id
        assert third.title in screen_text(pilot.app)
        # Another phase keeps its own place: never opened, it starts at its first step.
        await pilot.press("escape")
        await pilot.pause()
        other = next(p for p in content.phases if p.id != phase.id and p.steps)
        screen = await launcher.open_phase(pilot, other.id)
        assert screen.step_id == screen._ordered()[0].id
    assert not launcher.workbook_path.exists()  # kept in memory only: nothing was written


async def test_opening_a_particular_step_still_goes_to_that_step(launcher, content):
    phase = content.phase("stabilize")
    second, third = phase.steps[1], phase.steps[2]
    async with launcher.run() as pilot:
        await launcher.open_phase(pilot, phase.id)
        await launcher.choose_step(pilot, third.id)
        await pilot.press("escape")
        await pilot.pause()
        command = next(c for c in pilot.app.get_system_commands(pilot.app.screen) if c.title == f"Step: {second.title}")
        command.callback()  # the palette's "Step: …"
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen)
        assert screen.step_id == second.id and highlighted_id(screen) == second.id
