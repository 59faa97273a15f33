"""What the person's own notes suggest, shown only when they ask (support/stuck.py)."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.clock import today
from trustroad.support.stuck import stuck_signals
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import shown

NONE_FOUND = (
    "Nothing in your notes looks stuck right now. That does not mean everything is easy; "
    "if it feels stuck, that is reason enough to ask for help."
)
INTRO = "Gently, from your own notes. These are observations, not verdicts:"


class StuckSignalsDialog(Dialog[None]):
    BINDINGS = [Binding("escape", "cancel", "Close")]  # only read: nothing is called off
    BOX_ID = "stuck-box"  # the whole height, then scrolling (styles/promises_support.tcss)
    IN_SUPPORT = True
    FOCUS = "#close"
    READ_FROM_TOP = True  # many signals open at the first, not the last

    def heading(self) -> str:
        return "Anything looking stuck?"

    def body(self) -> Iterable[Widget]:
        app = self.app
        signals = stuck_signals(app.journal, app.agreements, app.promises, today())
        if not signals:
            yield Static(NONE_FOUND, id="stuck-none", markup=False)
            return
        yield Static(INTRO, classes="modal-hint", markup=False)
        for signal in signals:
            # A signal can quote a tag or an agreement's title: the person's text, so never markup.
            yield Static(Text.assemble("• ", shown(signal.text)), classes="stuck-signal")

    def buttons(self) -> Iterable[Button]:
        yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "close":
            self.dismiss(None)
