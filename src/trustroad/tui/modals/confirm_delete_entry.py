"""Ask before a journal entry is deleted: deletion is real, there is no bin to fetch it back from."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.journal.model import Entry, first_line
from trustroad.safe_text import printable
from trustroad.tui.modals.dialog import Dialog


class ConfirmDeleteEntry(Dialog[bool]):
    BINDINGS = [Binding("escape", "cancel", "Keep it")]
    BOX_CLASSES = "journal-confirm"
    BUTTON_ROW_CLASSES = "journal-buttons"
    FOCUS = "#keep"

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry

    def heading(self) -> str:
        return "Delete this journal entry for good?"

    def body(self) -> Iterable[Widget]:
        when = self.entry.written.strftime("%Y-%m-%d %H:%M")
        # The person's own words, as plain text (never markup).
        yield Static(Text.assemble(Text.styled(when + "  ", "$text-muted"), first_line(printable(self.entry.text))))
        yield Static("It cannot be brought back afterwards.", classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Keep it", id="keep", variant="primary")
        yield Button("Delete", id="delete", variant="error")

    def cancelled(self) -> bool:
        return False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "delete")
