"""Log a setback: what kind, how intense, a note. Rebuilding is not linear; this is part of it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Select, Static

from trustroad.promises.model import SETBACK_LABELS, Setback


class SetbackLogModal(ModalScreen[Setback | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box", id="setback-box"):
            yield Static("Log a setback. Hard moments are part of rebuilding.", classes="modal-title", markup=False)
            yield Select([(label, kind) for kind, label in SETBACK_LABELS.items()], value="moment-of-doubt",
                         allow_blank=False, id="kind")
            yield Static("How intense, 0 (barely) to 10 (overwhelming)", classes="form-label", markup=False)
            yield Input("5", id="intensity", type="integer", max_length=2)
            yield Input("", id="note", placeholder="A few words, if you like (optional)")
            yield Checkbox("Share in the therapy summary", False, id="share")
            with Horizontal(classes="modal-buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#kind", Select).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
            return
        try:
            intensity = min(max(int(self.query_one("#intensity", Input).value), 0), 10)
        except ValueError:
            intensity = 5
        self.dismiss(Setback(
            kind=self.query_one("#kind", Select).value, intensity=intensity,
            note=self.query_one("#note", Input).value.strip(), share=self.query_one("#share", Checkbox).value,
        ))

    def action_cancel(self) -> None:
        self.dismiss(None)
