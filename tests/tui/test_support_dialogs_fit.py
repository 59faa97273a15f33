"""The support place's two dialogs at 80x24 (issue 10's size): Close, which has the focus, is
always in sight. The sample's grounding card just fits, title to Close, without scrolling; a
card, or a list of stuck signals, longer than the window scrolls rather than cutting off its last
lines and the button, and the arrow keys scroll it while Close keeps the focus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Button

from trustroad import clock
from trustroad.agreements.model import Agreement
from trustroad.journal.model import Entry
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.stuck_signals import StuckSignalsDialog

# About six lines on the card: longer than any phrase the sample workbook holds.
LONG = " ".join(["Either of us says pause and puts a hand on the table; we stop at once."] * 6)


def long_time_out(app: TrustroadApp) -> None:
    agreement = app.agreements.add(Agreement.new())
    agreement.topic = "time-out-signal"
    agreement.edit_wording(LONG)
    agreement.set_status("agreed")


def many_tags(app: TrustroadApp) -> None:
    """Six tags, each on three high-intensity days this month: six signals, about 18 lines."""
    for tag in ("money", "phone", "nights", "work", "family", "sleep"):
        for days in (2, 9, 16):
            app.journal.add(Entry.new("Again.", intensity=8, tags=[tag], written=clock.now() - timedelta(days=days)))


# (keys from the road map, the dialog they open, its box)
GROUNDING = (("ctrl+g", "enter"), GroundingDialog, "#grounding-box")
STUCK = (("ctrl+g", "end", "up", "enter"), StuckSignalsDialog, "#stuck-box")


async def open_dialog(pilot: Pilot, keys: tuple[str, ...], dialog: type, box_id: str) -> tuple[VerticalScroll, Button]:
    await pilot.press(*keys)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, dialog), screen
    return screen.query_one(box_id, VerticalScroll), screen.query_one("#close", Button)


def in_sight(box: VerticalScroll, close: Button) -> bool:
    return close.has_focus and box.region.contains_region(close.region) and box.region.bottom <= 24


async def test_the_grounding_card_fits_whole(launcher) -> None:
    async with launcher.run() as pilot:
        box, close = await open_dialog(pilot, *GROUNDING)
        assert box.max_scroll_y == 0 and in_sight(box, close)


@pytest.mark.parametrize(("fill", "where"), [(long_time_out, GROUNDING), (many_tags, STUCK)], ids=["card", "stuck"])
async def test_a_dialog_longer_than_the_window_scrolls_with_close_in_sight(
    launcher, fill: Callable[[TrustroadApp], None], where
) -> None:
    async with launcher.run() as pilot:
        fill(pilot.app)
        box, close = await open_dialog(pilot, *where)
        assert box.max_scroll_y > 0 and in_sight(box, close)  # longer than the window, Close shown
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("home")  # back to the top by keyboard, Close keeping the focus
        await pilot.wait_for_scheduled_animations()
        assert box.scroll_y == 0 and close.has_focus
        await pilot.press("down")
        await pilot.wait_for_scheduled_animations()
        assert box.scroll_y == 1 and close.has_focus
