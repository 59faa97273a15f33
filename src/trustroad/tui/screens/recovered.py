"""Words that were typed into a form when trustroad last ended unexpectedly."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Static, TextArea

from trustroad.storage.files import DRAFTS_FILE
from trustroad.tui.drafts import DRAFT_FIELDS
from trustroad.tui.person_text import for_editing
from trustroad.tui.screens.base import TrustroadModalScreen
from trustroad.tui.screens.promise_edit import PromiseEditScreen

INTRO = (
    "trustroad closed last time while you were still writing. Here is what you had typed; "
    "nothing was lost. Open it as a journal entry, put a promise back in its form, or copy it "
    "(select with shift+arrows, then ctrl+c). It stays here until it is saved or you say you have it."
)


class RecoveredScreen(TrustroadModalScreen[None]):
    BINDINGS = [Binding("escape", "dismiss", "Keep for later")]

    def compose(self) -> ComposeResult:
        drafts = self.app.drafts
        with VerticalScroll(id="recovered-box"):
            yield Static("Your unsaved writing is safe", classes="step-title", markup=False)
            yield Static(INTRO, classes="prompt-help", markup=False)
            for n, (key, draft) in enumerate(sorted(drafts.items.items(), key=lambda item: item[1].updated)):
                self._keys[n] = key
                yield Static(f"{draft.where} · {draft.updated:%Y-%m-%d %H:%M}", classes="prompt-label", markup=False)
                yield TextArea(for_editing(draft.text), read_only=True, soft_wrap=True, classes="recovered-text")
                with Horizontal(classes="recovered-actions"):
                    yield Button("Open as a journal entry", id=f"recovered-journal--{n}", compact=True)
                    if draft.where == DRAFT_FIELDS["wording"]:
                        yield Button("Put back in a new promise", id=f"recovered-promise--{n}", compact=True)
            with Horizontal(id="recovered-buttons"):
                yield Button("Keep it for later (Esc)", id="recovered-keep")
                yield Button("I have it — remove", id="recovered-remove", variant="warning")
        # Its own footer, over the one of the screen underneath, whose keys wait while this is open.
        yield Footer()

    def __init__(self) -> None:
        super().__init__()
        self._keys: dict[int, str] = {}  # button number -> the draft's key

    def on_button_pressed(self, event: Button.Pressed) -> None:
        kind, _, number = (event.button.id or "").partition("--")
        key = self._keys.get(int(number)) if number.isdigit() else None
        draft = self.app.drafts.items.get(key) if key else None
        if key and draft is not None:
            # The draft stays until the form it goes back into is saved: nothing is lost on the way.
            self.dismiss(None)
            if kind == "recovered-journal":
                self.app.action_new_journal_entry(text=draft.text, recovered=key)
            elif kind == "recovered-promise":
                self.app.push_screen(PromiseEditScreen(wording=draft.text, recovered=key))
            return
        if event.button.id == "recovered-remove":
            if self.app.drafts.clear():
                self.app.changed(DRAFTS_FILE)
            self.notify("Removed.", timeout=2)
        self.dismiss(None)
