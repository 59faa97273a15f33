"""A plain yes-or-no question before something that cannot be undone. Esc means no."""

from __future__ import annotations

from collections.abc import Iterable

from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.tui.modals.dialog import Dialog


class ConfirmDialog(Dialog[bool]):
    FOCUS = "#cancel"  # the safe choice has the focus: Enter alone never confirms

    def __init__(self, heading: str, text: str, yes_label: str) -> None:
        super().__init__()
        self._heading, self._text, self._yes = heading, text, yes_label

    def heading(self) -> str:
        return self._heading

    def body(self) -> Iterable[Widget]:
        yield Static(self._text, classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Cancel", id="cancel", variant="primary")
        yield Button(self._yes, id="yes", variant="warning")

    def cancelled(self) -> bool:
        return False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "yes":
            self.dismiss(True)
