"""Ask before a backup is restored: what it holds, and that what is there now is kept first."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.recovery import Described
from trustroad.tui.modals.dialog import Dialog


class ConfirmRestore(Dialog[bool]):
    BINDINGS = [Binding("escape", "cancel", "Keep things as they are")]
    FOCUS = "#cancel"

    def __init__(self, found: Described) -> None:
        super().__init__()
        self.found = found

    def heading(self) -> str:
        return f"Restore the backup from {self.found.when}?"

    def body(self) -> Iterable[Widget]:
        yield Static(f"It holds {self.found.counts}.", markup=False)
        yield Static(
            "What you have now is kept as a backup first, so you can come back to it. "
            "A file that cannot be read is moved to the quarantine folder, never deleted.",
            classes="modal-hint",
            markup=False,
        )

    def buttons(self) -> Iterable[Button]:
        yield Button("Restore it", id="restore", variant="warning")
        yield Button("Cancel", id="cancel", variant="primary")

    def cancelled(self) -> bool:
        return False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "restore":
            self.dismiss(True)
