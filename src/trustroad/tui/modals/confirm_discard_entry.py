"""Ask before closing a form with unsaved words (a journal entry, a promise): never lose writing silently."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.tui.modals.dialog import Dialog

# Dismiss values
SAVE, DISCARD, STAY = "save", "discard", "stay"


class ConfirmDiscardEntry(Dialog[str]):
    BINDINGS = [Binding("escape", "cancel", "Keep writing")]
    BOX_CLASSES = "journal-confirm"
    BUTTON_ROW_CLASSES = "journal-buttons"
    FOCUS = f"#{SAVE}, #{STAY}"

    def __init__(self, what: str = "entry", *, can_save: bool = True) -> None:
        """`can_save` False: a dialog with no single Save (its words stay, or go): two choices."""
        super().__init__()
        self.what = what
        self.can_save = can_save

    def heading(self) -> str:
        return f"This {self.what} has changes that are not saved yet."

    def body(self) -> Iterable[Widget]:
        ask = "Save them, keep writing" if self.can_save else "Keep writing"
        yield Static(f"{ask}, or close without saving?", markup=False)

    def buttons(self) -> Iterable[Button]:
        if self.can_save:
            yield Button("Save", id=SAVE, variant="primary")
        yield Button("Keep writing", id=STAY)
        yield Button("Close without saving", id=DISCARD, variant="error")

    def cancelled(self) -> str:
        return STAY

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)
