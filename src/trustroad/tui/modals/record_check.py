"""Record one promise as kept or not kept on a day, with an optional note."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


class RecordCheckModal(ModalScreen[tuple[bool, str] | None]):
    """Dismisses with (kept, note), or None when the person changes their mind."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, wording: str, day: date, note: str = "") -> None:
        super().__init__()
        self.wording = wording
        self.day = day
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box", id="record-box"):
            yield Static(f"How did it go on {self.day:%A %d %B}?", classes="modal-title", markup=False)
            yield Static(self.wording, classes="modal-quote", markup=False)
            yield Input(self.note, id="note", placeholder="A note, if you like (optional)")
            with Horizontal(classes="modal-buttons"):
                yield Button("Kept", id="kept", variant="success")
                yield Button("Not this time", id="missed")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.dismiss((event.button.id == "kept", self.query_one("#note", Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
