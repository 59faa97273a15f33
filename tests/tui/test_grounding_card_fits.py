"""The whole grounding card at 80x24 (issue 10's size): Close, which has the focus, is always in
sight. The sample's card just fits, title to Close, without scrolling; a card longer than the
window scrolls, rather than cutting off its last lines and the button."""

from __future__ import annotations

from textual.containers import Vertical
from textual.pilot import Pilot
from textual.widgets import Button

from trustroad.agreements.model import Agreement
from trustroad.tui.modals.grounding import GroundingDialog

# About six lines on the card: longer than any phrase the sample workbook holds.
LONG = " ".join(["Either of us says pause and puts a hand on the table; we stop at once."] * 6)


async def open_card(pilot: Pilot) -> tuple[Vertical, Button]:
    await pilot.press("ctrl+g", "enter")  # the support place; the whole card is its first choice
    await pilot.pause()
    card = pilot.app.screen
    assert isinstance(card, GroundingDialog), card
    return card.query_one("#grounding-box", Vertical), card.query_one("#close", Button)


async def test_the_card_with_a_short_phrase_fits_whole(launcher) -> None:
    async with launcher.run() as pilot:
        box, close = await open_card(pilot)
        assert box.max_scroll_y == 0 and box.region.bottom <= 24
        assert close.has_focus and box.region.contains_region(close.region)


async def test_a_card_longer_than_the_window_scrolls_and_keeps_close_in_sight(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        agreement = app.agreements.add(Agreement.new())
        agreement.topic = "time-out-signal"
        agreement.edit_wording(LONG)
        agreement.set_status("agreed")
        box, close = await open_card(pilot)
        assert box.max_scroll_y > 0  # it is longer than the window
        assert close.has_focus and box.region.contains_region(close.region)
