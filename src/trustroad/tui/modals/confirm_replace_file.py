"""Ask before an export replaces a file that is already there, naming the file.

A modal, in the middle of the screen, so the question is where the eye is: a status line in a
scrolled column once went unseen, and a second press replaced the file. Keeping the file is the
default (Enter on the first button, and Esc).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.safe_text import printable
from trustroad.tui.modals.dialog import Dialog


class ConfirmReplaceFile(Dialog[bool]):
    DEFAULT_CSS = """
    ConfirmReplaceFile #replace-path { margin-bottom: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Keep it")]
    FOCUS = "#keep"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def heading(self) -> str:
        return "That file already exists. Replace it?"

    def body(self) -> Iterable[Widget]:
        # A path may hold any character a folder name can: shown as plain text, never markup.
        yield Static(printable(str(self.path)), id="replace-path", markup=False)
        yield Static(
            "Replacing it loses what is in it now. To keep both, choose Keep it and change the name.",
            classes="modal-hint",
            markup=False,
        )

    def buttons(self) -> Iterable[Button]:
        yield Button("Keep it", id="keep", variant="primary")
        yield Button("Replace it", id="replace", variant="error")

    def cancelled(self) -> bool:
        return False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "replace")
