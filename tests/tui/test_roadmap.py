"""The road map (home): phases with progress, "you are here", the next suggested step, the palette."""

from __future__ import annotations

from typing import Any

from textual.command import CommandPalette
from textual.events import DescendantFocus
from textual.widgets import OptionList, Static

from trustroad.tui.app import TrustroadApp
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import next_step


async def test_home_shows_three_phases_with_progress_and_sections(launcher, content, road_map, progress, here):
    assert len(content.road_phases) == 3
    async with launcher.run() as pilot:
        app = pilot.app
        assert isinstance(app.screen, HomeScreen)
        for number, phase in enumerate(content.road_phases, 1):
            assert phase.steps
            line = road_map(app, f"Phase {number} · {phase.title}")
            assert progress(line, 0, len(phase.steps)), line
        # The sections around the road: a gentle start and where to find help.
        sections = [p for p in content.phases if p.kind == "section"]
        assert {p.id for p in sections} >= {"start", "support"}
        for section in sections:
            road_map(app, section.title)
        for phase in content.phases:  # nobody has said where they are yet
            assert not here(road_map(app, phase.title))


async def test_home_suggests_the_first_step_not_done(launcher, content):
    suggested = next_step(content, Workbook())
    assert suggested is content.phases[0].steps[0]  # a fresh workbook starts at "Start here"
    async with launcher.run() as pilot:
        hint = str(pilot.app.screen.query_one("#next-step", Static).render())
        assert "Next" in hint and "(n)" in hint
        assert suggested.title in hint


async def test_m_marks_you_are_here_and_it_survives_a_restart(launcher, content, road_map, here):
    stabilize = content.phase("stabilize")
    async with launcher.run() as pilot:
        await pilot.press("down")  # from "Start here" to Phase 1
        await pilot.press("m")
        await pilot.pause()
        assert pilot.app.workbook.current_phase == "stabilize"
        assert here(road_map(pilot.app, "Phase 1 · Stabilize"))
        assert not here(road_map(pilot.app, "Phase 2 · Make Meaning"))
        # The next suggestion now starts from the phase the person is in.
        assert stabilize.steps[0].title in str(pilot.app.screen.query_one("#next-step", Static).render())
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["current_phase"] == "stabilize"

    async with launcher.run() as pilot:
        assert pilot.app.workbook.current_phase == "stabilize"
        assert here(road_map(pilot.app, "Phase 1 · Stabilize"))
        # The marked phase is the one highlighted on start.
        phases = pilot.app.screen.query_one("#phases", OptionList)
        assert phases.get_option_at_index(phases.highlighted).id == "stabilize"
        await pilot.press("m")  # pressing again clears it
        await pilot.pause()
        assert not here(road_map(pilot.app, "Phase 1 · Stabilize"))
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

        # The palette searches in the background, as each letter arrives: wait until the
        # phase's command is the highlighted match for the whole name.
        def top() -> str:
            options = pilot.app.screen.query_one(OptionList)
            if options.highlighted is None:
                return ""
            return str(options.get_option_at_index(options.highlighted).prompt)

        for _ in range(200):
            if "Open: Make Meaning" in top():
                break
            await pilot.pause(0.05)
        assert "Open: Make Meaning" in top()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen), screen
        assert screen.phase.id == "make-meaning"
        assert screen.step_id == content.phase("make-meaning").steps[0].id


class FocusLog(TrustroadApp):
    """Notes every widget that receives focus, in order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.focus_log: list[str | None] = []

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        self.focus_log.append(event.widget.id)


async def test_the_road_map_is_focused_at_once_on_opening(launcher):
    # Not first the scrolling page around it: each move of focus restyles the whole screen.
    async with launcher.run(app_class=FocusLog) as pilot:
        assert pilot.app.focus_log == ["phases"]
        await pilot.press("j", "escape")  # back from the journal, the road map has focus again
        await pilot.pause()
        assert pilot.app.screen.focused is not None and pilot.app.screen.focused.id == "phases"
