"""One of the partner's promises: what did I see on a day? "I saw it kept" / "I didn't see it this time".

Trust is rebuilt in the eyes of the one who was hurt, so this is theirs to say; it travels back
with the next letter and shows beside the partner's own record.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad import clock
from trustroad.storage.files import TOGETHER_FILE
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import shown


class PromiseSeenDialog(Dialog[None]):
    BOX_ID = "letter-box"
    FOCUS = "#seen-kept"

    def __init__(self, promise_id: str) -> None:
        super().__init__()
        self.promise_id = promise_id

    def heading(self) -> str:
        return "Your partner's promise"

    def body(self) -> Iterable[Widget]:
        promise = self.app.together.partner.promises[self.promise_id]
        yield Static(shown(promise.wording))
        yield Static(shown(promise.schedule), classes="modal-hint")
        yield Static("The day (YYYY-MM-DD):", classes="form-label", markup=False)
        yield Input(clock.today().isoformat(), id="seen-day", max_length=10)

    def buttons(self) -> Iterable[Button]:
        yield Button("I saw it kept", id="seen-kept", variant="primary")
        yield Button("I didn't see it this time", id="not-seen")
        yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#seen-kept, #not-seen")
    def _seen(self, event: Button.Pressed) -> None:
        text = self.query_one("#seen-day", Input).value.strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            self.notify("Write the day as YYYY-MM-DD, for example 2026-11-24.", severity="warning", markup=False)
            return
        if day > clock.today():
            self.notify("That day has not come yet.", severity="warning", markup=False)
            return
        self.app.together.set_seen(self.promise_id, day, event.button.id == "seen-kept")
        self.app.changed(TOGETHER_FILE)
        self.dismiss(None)
