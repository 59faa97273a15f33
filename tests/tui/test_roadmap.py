"""The road map (home): phases with progress, "you are here", the next suggested step, the palette."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import OptionList, Static

from trustroad.models import Workbook
from trustroad.progress import next_step
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.phase import PhaseScreen


def _phase_lines(content) -> list[tuple[str, int]]:
    return [(p.title, len(p.steps)) for p in content.road_phases]


async def test_home_shows_three_phases_with_progress_and_sections(launcher, content, screen):
    assert len(content.road_phases) == 3
    async with launcher.run() as pilot:
        app = pilot.app
        assert isinstance(app.screen, HomeScreen)
        text = screen(app)
        for number, (title, total) in enumerate(_phase_lines(content), 1):
            assert total > 0
            assert f"Phase {number} · {title}" in text
            assert f"0 of {total} steps done" in text
        # The sections around the road: a gentle start and where to find help.
        for section in (p for p in content.phases if p.kind == "section"):
            assert section.title in text
        assert "Start here" in text and "When to seek support" in text
        assert "You are here" not in text  # nobody has said where they are yet


async def test_home_suggests_the_first_step_not_done(launcher, content):
    suggested = next_step(content, Workbook())
    assert suggested is content.phases[0].steps[0]  # a fresh workbook starts at "Start here"
    async with launcher.run() as pilot:
        hint = pilot.app.screen.query_one("#next-step", Static)
        shown = str(hint.render())
        assert "Next suggested step" in shown
        assert suggested.title in shown
        assert suggested.summary in shown


async def test_m_marks_you_are_here_and_it_survives_a_restart(launcher, content, screen):
    stabilize = content.phase("stabilize")
    async with launcher.run() as pilot:
        await pilot.press("down")  # from "Start here" to Phase 1
        await pilot.press("m")
        await pilot.pause()
        assert pilot.app.workbook.current_phase == "stabilize"
        assert "▶ You are here  Phase 1 · Stabilize" in screen(pilot.app)
        # The next suggestion now starts from the phase the person is in.
        assert stabilize.steps[0].title in str(pilot.app.screen.query_one("#next-step", Static).render())
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["current_phase"] == "stabilize"

    async with launcher.run() as pilot:
        assert pilot.app.workbook.current_phase == "stabilize"
        assert "▶ You are here  Phase 1 · Stabilize" in screen(pilot.app)
        # The marked phase is the one highlighted on start.
        phases = pilot.app.screen.query_one("#phases", OptionList)
        assert phases.get_option_at_index(phases.highlighted).id == "stabilize"
        await pilot.press("m")  # pressing again clears it
        await pilot.pause()
        assert "You are here" not in screen(pilot.app)
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["current_phase"] is None


async def test_n_opens_the_next_suggested_step(launcher, content):
    async with launcher.run() as pilot:
        expected = next_step(content, pilot.app.workbook)
        await pilot.press("n")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen)
        assert screen.phase.id == expected.phase
        assert screen.step_id == expected.id


async def test_enter_opens_a_phase_with_its_steps_and_text(launcher, content, screen):
    phase = content.phase("make-meaning")
    async with launcher.run() as pilot:
        await launcher.open_phase(pilot, "make-meaning")
        text = screen(pilot.app)
        assert phase.title in text
        assert f"0/{len(phase.steps)} done" in text
        assert phase.steps[0].title in text
        assert "Step 1 of" in text
        # Esc goes back to the road map.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_command_palette_opens_a_phase_by_name(launcher, content):
    async with launcher.run() as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)
        await pilot.press(*"Make Meaning")
        # The palette searches in the background; wait until the match is listed.
        for _ in range(50):
            await pilot.pause(0.05)
            options = pilot.app.screen.query_one(OptionList)
            if options.option_count and options.highlighted is not None:
                break
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen), screen
        assert screen.phase.id == "make-meaning"
        assert screen.step_id == content.phase("make-meaning").steps[0].id
