"""The support place's two dialogs at 80x24 (issue 10's size). The sample's grounding card just
fits, title to Close (which has the focus), without scrolling. A grounding card, or a list of stuck
signals, longer than the window scrolls rather than cutting off its last lines and the button: it
opens at its top, heading and first lines in sight, the card itself focused; the arrows and End
read on to Close, and Tab goes to Close."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Button

from textual_private import screen_text
from trustroad import clock
from trustroad.agreements.model import Agreement
from trustroad.journal.model import Entry
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.stuck_signals import INTRO, StuckSignalsDialog
from waiting import until

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


def grounding_top(app: TrustroadApp) -> tuple[str, ...]:
    card = app.content.support.grounding
    return card.title, f"1. {card.steps[0][:40]}"


def stuck_top(app: TrustroadApp) -> tuple[str, ...]:
    return "Anything looking stuck?", INTRO[:40], "• "


@pytest.mark.parametrize(
    ("fill", "where", "top"),
    [(long_time_out, GROUNDING, grounding_top), (many_tags, STUCK, stuck_top)],
    ids=["grounding", "stuck"],
)
async def test_a_long_card_opens_at_its_top_and_close_is_a_key_away(launcher, fill, where, top) -> None:
    async with launcher.run() as pilot:
        fill(pilot.app)
        box, close = await open_dialog(pilot, *where)
        await until(pilot, lambda: box.has_focus)  # once the card has its size (Dialog._open_at_top)
        await pilot.pause(0.3)  # after every scroll that follows the opening (tui/reveal.py's last look)
        assert box.max_scroll_y > 0 and box.scroll_y == 0
        text = screen_text(pilot.app)
        assert all(line in text for line in top(pilot.app)), text
        assert box.has_focus and not in_sight(box, close)
        await pilot.press("down")  # the arrows read on, the card keeping the focus
        await pilot.wait_for_scheduled_animations()
        assert box.scroll_y == 1 and box.has_focus
        await pilot.press("end")  # reads on to the foot, where Close is
        await pilot.wait_for_scheduled_animations()
        assert box.scroll_y == box.max_scroll_y and box.region.contains_region(close.region)
        await pilot.press("home", "tab")  # or Tab, from anywhere on the card
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert in_sight(box, close)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, where[1])
