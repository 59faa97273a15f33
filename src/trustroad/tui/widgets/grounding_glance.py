"""The grounding card's essentials at the top of the support place: ctrl+g alone shows them.

Someone flooded should not have to find and open anything first (issue 15): the card's short
lines and their own time-out phrase are there the moment the key is pressed; Enter on the
first choice below opens the whole card (tui/modals/grounding.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content as Text
from textual.widgets import Static

from trustroad.support.time_out import time_out_phrase
from trustroad.tui.person_text import shown

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

# Used by the card and here when a content folder has no support/grounding.yaml.
FALLBACK_TITLE = "Take a moment"
FALLBACK_LINE = "Breathe slowly. Put both feet on the floor. Nothing has to be decided now."
# A long agreement is cut here, at a word, to keep the list of choices in view at 80x24;
# the whole card shows every word of it.
PHRASE_GLANCE = 100


def glance_of(phrase: str) -> str:
    if len(phrase) <= PHRASE_GLANCE:
        return phrase
    cut = phrase[:PHRASE_GLANCE].rsplit(" ", 1)[0].rstrip(",;:.")
    return f"{cut}…"


class GroundingGlance(Vertical):
    app: TrustroadApp
    DEFAULT_CSS = """
    GroundingGlance { height: auto; }
    GroundingGlance #glance-title { margin-top: 0; }
    GroundingGlance #glance-time-out { margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        support = self.app.content.support
        card = support.grounding if support else None
        yield Static(card.title if card else FALLBACK_TITLE, id="glance-title", classes="step-title", markup=False)
        yield Static((card.short or card.steps[0]) if card else FALLBACK_LINE, id="glance-short", markup=False)
        # An encrypted workbook not unlocked yet has no agreements to look in.
        phrase = time_out_phrase(self.app.agreements) if self.app.documents else None
        if card and phrase:
            # The person's own words: printable, never markup.
            yield Static(Text.assemble(card.time_out, " ", shown(glance_of(phrase))), id="glance-time-out")
