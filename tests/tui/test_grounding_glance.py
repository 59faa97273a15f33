"""Issue 15, the grounding card in one key from anywhere: ctrl+g shows the card's short lines
and the person's own time-out phrase at the top of the support place at once (80x24), with the
choices still in view; Enter opens the whole card, with every word of the phrase."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList

from textual_private import screen_text
from trustroad.agreements.model import Agreement
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.screens.support import SupportScreen

LONG = (
    "Either of us says [b]pause[/b] and puts a hand on the table; we stop at once, without "
    "arguing about it, and whoever asked says when we come back to it, within the hour"
)


def agree_time_out(app: TrustroadApp, wording: str) -> None:
    agreement = app.agreements.add(Agreement.new())
    agreement.topic = "time-out-signal"
    agreement.edit_wording(wording)
    agreement.set_status("agreed")
    app.changed()


def flat(app: TrustroadApp) -> str:
    """The screen as one line of words: wrapping may fall anywhere."""
    return words(screen_text(app))


def words(text: str) -> str:
    return " ".join(text.translate(str.maketrans("▎▊│", "   ")).split())


def card_text(app: TrustroadApp) -> str:
    """The open grounding card's words alone: the card is centred, with the support place
    showing on either side of it, which would fall between its lines."""
    box = app.screen.query_one("#grounding-box").region
    rows = screen_text(app).splitlines()[box.y : box.bottom]
    return words("\n".join(row[box.x : box.right] for row in rows))


async def support(pilot: Pilot) -> SupportScreen:
    await pilot.press("ctrl+g")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SupportScreen)
    return screen


async def test_the_support_key_shows_the_grounding_lines_and_the_time_out_phrase(launcher, content) -> None:
    card = content.support.grounding
    async with launcher.run() as pilot:
        app = pilot.app
        agree_time_out(app, "Yellow card: twenty minutes, then we come back")
        await pilot.press("f3", "enter")  # from inside an entry being written
        await pilot.pause()
        screen = await support(pilot)
        text = flat(app)
        assert card.title in text
        assert " ".join(card.short.split()) in text
        assert f"{card.time_out} Yellow card: twenty minutes, then we come back" in text
        # Every choice is still in view at 80x24, the whole card first.
        choices = screen.query_one("#support-choices", OptionList)
        assert choices.region.bottom < 24 and choices.highlighted == 0
        assert "The whole grounding card" in text and "therapy agenda" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GroundingDialog)


async def test_a_long_phrase_is_cut_at_a_word_and_shown_whole_on_the_card(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        agree_time_out(app, LONG)
        await support(pilot)
        text = flat(app)
        assert "Either of us says [b]pause[/b]" in text  # the person's words, never markup
        assert "within the hour" not in text and "…" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, GroundingDialog)
        assert "whoever asked says when we come back to it, within the hour" in card_text(app)


async def test_without_a_time_out_agreement_the_top_shows_the_grounding_lines_alone(launcher, content) -> None:
    card = content.support.grounding
    async with launcher.run() as pilot:
        await support(pilot)
        text = flat(pilot.app)
        assert " ".join(card.short.split()) in text
        assert card.time_out not in text
