"""Note a repair: when it was owned up to or talked through, and what was done."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.clock import now
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.widgets.field import Field


def parse_moment(text: str) -> datetime | None:
    """ "2026-05-01 21:30" or "2026-05-01" (local time) -> an aware datetime, or None."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.astimezone()  # local time, made explicit


class RepairModal(Dialog[tuple[datetime, str] | None]):
    """Dismisses with (when, what was done), or None to cancel."""

    BOX_ID = "repair-box"
    FOCUS = "#what"

    def __init__(self, title: str, quote: str, what: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.quote = quote
        self.what = what

    def heading(self) -> str:
        return self.title_text

    def body(self) -> Iterable[Widget]:
        if self.quote:
            yield Static(shown(self.quote), classes="modal-quote")
        yield Static("When (YYYY-MM-DD HH:MM)", classes="form-label", markup=False)
        yield Field(f"{now():%Y-%m-%d %H:%M}", id="when")
        yield Static("What was said or done", classes="form-label", markup=False)
        yield Field(for_editing(self.what), id="what", placeholder="We talked it through after dinner.")
        yield Static("", id="repair-problem", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Save repair", id="save", variant="primary")
        yield Button("Cancel", id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        moment = parse_moment(self.query_one("#when", Input).value)
        if moment is None:
            self.query_one("#repair-problem", Static).update("Please write the time as YYYY-MM-DD HH:MM.")
            return
        what = as_edited(self.query_one("#what", Input).value.strip(), self.what)  # left as shown: kept exactly
        self.dismiss((moment, what))
