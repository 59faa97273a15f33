"""Words that were typed into a form when trustroad last ended unexpectedly."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static, TextArea

from trustroad.storage.files import DRAFTS_FILE
from trustroad.tui.person_text import for_editing
from trustroad.tui.screens.base import TrustroadModalScreen

INTRO = (
    "trustroad closed last time while you were still writing. Here is what you had typed; "
    "nothing was lost. Select text with the mouse or shift+arrows and copy it (ctrl+c) into "
    "the journal or wherever it belongs. It stays here until you say you have it."
)


class RecoveredScreen(TrustroadModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Keep for later")]

    def compose(self) -> ComposeResult:
        drafts = self.app.drafts
        with VerticalScroll(id="recovered-box"):
            yield Static("Your unsaved writing is safe", classes="step-title", markup=False)
            yield Static(INTRO, classes="prompt-help", markup=False)
            for draft in sorted(drafts.items.values(), key=lambda d: d.updated):
                yield Static(f"{draft.where} · {draft.updated:%Y-%m-%d %H:%M}", classes="prompt-label", markup=False)
                yield TextArea(for_editing(draft.text), read_only=True, soft_wrap=True, classes="recovered-text")
            with Horizontal(id="recovered-buttons"):
                yield Button("Keep it for later (Esc)", id="recovered-keep")
                yield Button("I have it — remove", id="recovered-remove", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "recovered-remove":
            if self.app.drafts.clear():
                self.app.changed(DRAFTS_FILE)
            self.notify("Removed.", timeout=2)
        self.dismiss(None)
