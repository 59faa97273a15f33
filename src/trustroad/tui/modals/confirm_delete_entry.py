"""Ask before a journal entry is deleted: deletion is real, there is no bin to fetch it back from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content as Text
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from trustroad.journal.model import Entry, first_line


class ConfirmDeleteEntry(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "keep", "Keep it")]

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        when = self.entry.written.strftime("%Y-%m-%d %H:%M")
        with Vertical(classes="journal-confirm"):
            yield Static("Delete this journal entry for good?", classes="modal-title", markup=False)
            # The person's own words, as plain text (never markup).
            yield Static(Text.assemble(Text.styled(when + "  ", "$text-muted"), first_line(self.entry.text)), markup=False)
            yield Static("It cannot be brought back afterwards.", classes="modal-hint", markup=False)
            with Horizontal(classes="journal-buttons"):
                yield Button("Keep it", id="keep", variant="primary")
                yield Button("Delete", id="delete", variant="error")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "delete")

    def action_keep(self) -> None:
        self.dismiss(False)
