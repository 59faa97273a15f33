"""Ask before closing a journal entry with unsaved words: never lose writing silently."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

# Dismiss values
SAVE, DISCARD, STAY = "save", "discard", "stay"


class ConfirmDiscardEntry(ModalScreen[str]):
    BINDINGS = [Binding("escape", "stay", "Keep writing")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="journal-confirm"):
            yield Static("This entry has changes that are not saved yet.", classes="modal-title", markup=False)
            yield Static("Save them, keep writing, or close without saving?", markup=False)
            with Horizontal(classes="journal-buttons"):
                yield Button("Save", id=SAVE, variant="primary")
                yield Button("Keep writing", id=STAY)
                yield Button("Close without saving", id=DISCARD, variant="error")

    def on_mount(self) -> None:
        self.query_one(f"#{SAVE}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)

    def action_stay(self) -> None:
        self.dismiss(STAY)
