"""A walk through the everyday road at 80x24: every key a footer shows does something there.

Found walking the app in a real terminal: help showed the footer of the screen below it (keys
that waited), the welcome's last page offered "n Next" to nowhere, and list screens offered a
key for the chosen row (r Repair, r Reviewed) with no row to choose, doing nothing at all.
"""

from __future__ import annotations

from textual_private import screen_text
from trustroad.tui.screens.help import HelpScreen


def _footer(pilot) -> str:
    return screen_text(pilot.app).splitlines()[-1]


async def _press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def test_help_over_a_worksheet_has_its_own_footer_and_its_hide_key_works(launcher):
    async with launcher.run(size=(80, 24)) as pilot:
        await _press(pilot, "enter")  # a phase: "f4 Done  f6 Next" in its footer
        assert "Done" in _footer(pilot)
        await _press(pilot, "ctrl+o", "h")
        assert isinstance(pilot.app.screen, HelpScreen)
        footer = _footer(pilot)
        assert "Hide" in footer and "Support" in footer and "esc Close" in footer, footer
        assert "Done" not in footer and "Next" not in footer, footer
        await _press(pilot, "ctrl+backslash")
        assert pilot.app.privacy.hidden


async def test_the_welcome_footer_offers_next_and_back_only_where_they_lead_somewhere(new_folder):
    from trustroad.tui.screens.first_run import FirstRunScreen
    from trustroad.tui.widgets.first_run_pages import PAGES

    async with new_folder.run(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, FirstRunScreen)
        assert "n Next" in _footer(pilot) and "b Back" not in _footer(pilot)  # the first page
        for _ in PAGES[1:-1]:
            await _press(pilot, "n")
            assert "n Next" in _footer(pilot) and "b Back" in _footer(pilot)
        await _press(pilot, "n")
        assert screen.page_name == PAGES[-1]
        assert "n Next" not in _footer(pilot) and "b Back" in _footer(pilot), _footer(pilot)
        assert "esc Start" in _footer(pilot) and "Skip the rest" not in _footer(pilot)  # nothing left to skip
        await _press(pilot, "b")
        assert screen.page_name == PAGES[-2] and "n Next" in _footer(pilot) and "esc Skip the rest" in _footer(pilot)
        await _press(pilot, "n", "escape")  # Esc on the last page starts, as its Start button does
        assert not isinstance(pilot.app.screen, FirstRunScreen)
    assert new_folder.on_disk()["first_run_done"]


async def test_repair_is_offered_once_there_is_a_promise_or_a_setback_to_repair(launcher):
    from textual.widgets import Input

    async with launcher.run(size=(80, 24)) as pilot:
        await _press(pilot, "p")
        assert "Repair" not in _footer(pilot) and "n New" in _footer(pilot)  # no promise yet
        await _press(pilot, "n")
        await pilot.press(*"Text when I leave work")
        await _press(pilot, "ctrl+s")
        assert "r Repair" in _footer(pilot), _footer(pilot)
        await _press(pilot, "escape", "ctrl+o", "s")  # the setbacks list, still empty
        assert "Repair" not in _footer(pilot) and "n Log one" in _footer(pilot)
        await _press(pilot, "n")
        pilot.app.screen.query_one("#note", Input).value = "A hard evening"
        await pilot.click("#save")
        await pilot.pause()
        assert "r Repair" in _footer(pilot), _footer(pilot)


async def test_reviewed_is_offered_only_for_an_agreement_with_a_review(launcher):
    from textual.widgets import Button

    async with launcher.run(size=(80, 24)) as pilot:
        await _press(pilot, "a")
        assert "Reviewed" not in _footer(pilot) and "n New" in _footer(pilot)  # none yet
        await _press(pilot, "n", "enter")  # the first suggested wording: proposed, with a review
        await _press(pilot, "shift+tab", "shift+tab")  # from its wording and name (boxes) to the list
        assert "r Reviewed" in _footer(pilot), _footer(pilot)
        pilot.app.screen.query_one("#status--paused", Button).press()
        await pilot.pause()
        assert "Reviewed" not in _footer(pilot), _footer(pilot)  # no review while paused


async def test_the_palette_marks_the_step_done_on_a_phase_screen(launcher):
    from trustroad.tui.screens.phase import PhaseScreen

    async with launcher.run(size=(80, 24)) as pilot:
        await _press(pilot, "down", "enter")  # Stabilize, its first step shown
        phase = pilot.app.screen
        assert isinstance(phase, PhaseScreen)
        step = phase.step_id
        await _press(pilot, "ctrl+p")
        await pilot.press(*"mark this step")
        await pilot.pause(0.3)
        assert "Mark this step done" in screen_text(pilot.app)
        await _press(pilot, "enter")
        assert pilot.app.screen is phase and pilot.app.workbook.is_done(step)
