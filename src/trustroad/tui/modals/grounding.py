"""The grounding card, "I'm flooded right now": ctrl+g shows its essentials at the top of the
support place (tui/widgets/grounding_glance.py), and Enter there opens the whole card.

Breathing, feet on the floor, and the person's own time-out phrase when their agreements hold
one (support/time_out.py). Its words come from content/support/grounding.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.support.time_out import time_out_phrase
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import shown
from trustroad.tui.widgets.grounding_glance import FALLBACK_LINE, FALLBACK_TITLE


class GroundingDialog(Dialog[None]):
    BINDINGS = [Binding("escape", "cancel", "Close")]  # only read: nothing is called off
    BOX_ID = "grounding-box"  # the whole height, then scrolling (styles/promises_support.tcss)
    IN_SUPPORT = True
    FOCUS = "#close"
    READ_FROM_TOP = True  # a long card opens at its heading and first step

    def heading(self) -> str:
        support = self.app.content.support
        return support.grounding.title if support and support.grounding else FALLBACK_TITLE

    def body(self) -> Iterable[Widget]:
        support = self.app.content.support
        card = support.grounding if support else None
        if card is None:
            yield Static(FALLBACK_LINE, markup=False)
            return
        for number, step in enumerate(card.steps, 1):
            yield Static(f"{number}. {step}", classes="grounding-step", markup=False)
        phrase = time_out_phrase(self.app.agreements) if self.app.documents else None
        if phrase:
            yield Static(card.time_out, classes="modal-hint", markup=False)
            # The person's own words: printable, never markup.
            yield Static(Text.assemble("  ", shown(phrase)), id="grounding-time-out")
        else:
            yield Static(card.no_time_out, classes="modal-hint", markup=False)
        if card.closing:
            yield Static(card.closing, classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "close":
            self.dismiss(None)
