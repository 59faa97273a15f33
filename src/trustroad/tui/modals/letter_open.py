"""Open a letter from the partner: a path, then everything is checked before anything changes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.letters.errors import LetterRefused
from trustroad.letters.inbox import take_letter
from trustroad.letters.joint import settle_agreed
from trustroad.storage.files import AGREEMENTS_FILE, PAIRING_FILE, TOGETHER_FILE
from trustroad.tui.modals.dialog import Dialog


class LetterOpenDialog(Dialog[str | None]):
    BOX_ID = "letter-box"
    FOCUS = "#letter-path"

    def heading(self) -> str:
        return "Open a letter from your partner"

    def body(self) -> Iterable[Widget]:
        yield Input(placeholder="Path to the letter file, then Enter", id="letter-path")
        yield Static("", id="letter-problem", classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Open", id="open-letter", variant="primary")
        yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#open-letter")
    @on(Input.Submitted, "#letter-path")
    def _open(self) -> None:
        text = self.query_one("#letter-path", Input).value.strip()
        if not text:
            return
        path = Path(text).expanduser()
        problem = self.query_one("#letter-problem", Static)
        try:
            data = path.read_bytes()
        except OSError as exc:
            problem.update(f"Could not read {path} ({exc.strerror}). Nothing was changed.")
            return
        app = self.app
        try:
            received = take_letter(app.pairing, app.together, data)
        except LetterRefused as exc:
            problem.update(exc.message())
            return
        app.changed(TOGETHER_FILE)
        app.changed(PAIRING_FILE)
        summary = received.summary()
        settled = settle_agreed(app.agreements, app.together)
        if settled:
            app.changed(AGREEMENTS_FILE)
            summary += f" Agreed by both of you now: {len(settled)} agreement{'s' if len(settled) != 1 else ''}."
        self.dismiss(summary)
