"""Note a repair: when it was owned up to or talked through, and what was done."""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from trustroad.clock import now


def parse_moment(text: str) -> datetime | None:
    """"2026-05-01 21:30" or "2026-05-01" (local time) -> an aware datetime, or None."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.astimezone()  # local time, made explicit


class RepairModal(ModalScreen[tuple[datetime, str] | None]):
    """Dismisses with (when, what was done), or None to cancel."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, quote: str, what: str = "") -> None:
        super().__init__()
        self.heading = title
        self.quote = quote
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(classes="modal-box", id="repair-box"):
            yield Static(self.heading, classes="modal-title", markup=False)
            if self.quote:
                yield Static(self.quote, classes="modal-quote", markup=False)
            yield Static("When (YYYY-MM-DD HH:MM)", classes="form-label", markup=False)
            yield Input(f"{now():%Y-%m-%d %H:%M}", id="when")
            yield Static("What was said or done", classes="form-label", markup=False)
            yield Input(self.what, id="what", placeholder="We talked it through after dinner.")
            yield Static("", id="repair-problem", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button("Save repair", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#what", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self._save()

    def _save(self) -> None:
        moment = parse_moment(self.query_one("#when", Input).value)
        if moment is None:
            self.query_one("#repair-problem", Static).update("Please write the time as YYYY-MM-DD HH:MM.")
            return
        self.dismiss((moment, self.query_one("#what", Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
