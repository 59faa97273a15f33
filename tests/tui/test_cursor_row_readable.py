"""The row under the cursor stays readable in both themes: its coloured marks take the cursor's
text colour (tui/widgets/readable_option_list.py). In the light theme, the road map's "← here"
was dark orange on the dark blue cursor, about 1.4:1; in the dark theme a done step's green ✓
was about 1.9:1 on the blue cursor."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.pilot import Pilot

from contrast import style_contrast
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from waiting import until


def cursor_row(listing: ReadableOptionList) -> list[Segment]:
    """The segments drawn on the cursor's background, as the list draws its visible lines."""
    cursor = listing.get_visual_style("option-list--option", "option-list--option-highlighted").rich_style
    found = []
    for y in range(listing.scrollable_content_region.height):
        found += [
            seg for seg in listing.render_line(y) if seg.style is not None and seg.style.bgcolor == cursor.bgcolor
        ]
    return found


async def cursor_row_showing(pilot: Pilot, listing: ReadableOptionList, mark: str) -> list[Segment]:
    """The cursor row, once it shows `mark` (the list is refilled a frame or two after a key)."""
    await until(pilot, lambda: mark in "".join(text for text, _style, _control in cursor_row(listing)))
    return cursor_row(listing)


def unreadable(segments: list[Segment]) -> list[tuple[str, float]]:
    """(text, contrast) of every visible mark or word below 4.5:1 on its background."""
    low = []
    for text, style, _control in segments:
        assert style is not None
        ratio = style_contrast(style)
        if text.strip() and ratio < 4.5:
            low.append((text, round(ratio, 2)))
    return low


async def themed(pilot: Pilot, theme: str) -> None:
    pilot.app.set_theme(theme)
    await pilot.pause()


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_the_road_maps_here_mark_reads_under_the_cursor(launcher, theme) -> None:
    async with launcher.run() as pilot:
        await themed(pilot, theme)
        await pilot.press("down", "m")  # phase 1, after "Start here": "I am here"
        await pilot.pause()
        assert pilot.app.workbook.current_phase == launcher.content.phases[1].id
        phases = pilot.app.screen.query_one("#phases", ReadableOptionList)
        row = await cursor_row_showing(pilot, phases, "← here")
        assert unreadable(row) == []


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_a_done_steps_mark_reads_under_the_cursor(launcher, theme) -> None:
    async with launcher.run() as pilot:
        await themed(pilot, theme)
        screen = await launcher.open_phase(pilot, launcher.content.phases[0].id)
        steps = screen.query_one("#steps", ReadableOptionList)
        steps.focus()
        await pilot.press("d")  # this step is done: a ✓ before it, the cursor still on it
        row = await cursor_row_showing(pilot, steps, "✓")
        assert unreadable(row) == []
