"""Record one promise as kept or not kept on a day, with an optional note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.widgets.field import Field


class RecordCheckModal(Dialog[tuple[bool, str] | None]):
    """Dismisses with (kept, note), or None when the person changes their mind."""

    BOX_ID = "record-box"
    FOCUS = "#note"

    def __init__(self, wording: str, day: date, note: str = "") -> None:
        super().__init__()
        self.wording = wording
        self.day = day
        self.note = note

    def heading(self) -> str:
        return f"How did it go on {self.day:%A %d %B}?"

    def body(self) -> Iterable[Widget]:
        yield Static(shown(self.wording), classes="modal-quote")
        yield Field(for_editing(self.note), id="note", placeholder="A note, if you like (optional)")

    def buttons(self) -> Iterable[Button]:
        yield Button("Kept", id="kept", variant="success")
        yield Button("Not this time", id="missed")
        yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#kept, #missed")
    def _pressed(self, event: Button.Pressed) -> None:
        note = as_edited(self.query_one("#note", Input).value.strip(), self.note)  # left as shown: kept exactly
        self.dismiss((event.button.id == "kept", note))
