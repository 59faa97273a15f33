"""The therapy summary's choices, the left column of the export screen: what to write, which
period, which sections, the format, where to save, and the name on it; and the period they describe.

Apart from the screen (tui/screens/export.py), which listens to these choices, shows the
preview and writes the file: this holds only what is offered and how a choice reads.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, RadioSet, Static

from trustroad.export.model import Period
from trustroad.export.summary import FORMATS, available_sections
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.toggles import StateCheckbox, StateRadio

PRESETS = [
    ("since-last", "Since last summary"),
    ("two-weeks", "Last 2 weeks"),
    ("month", "Last month"),
    ("all", "Everything"),
    ("dates", "Choose dates"),
]
KINDS = [("summary", "Therapy summary (shared)"), ("whole", "My whole workbook (private)")]


def preset_period(key: str, today: date, last_export: date | None) -> Period:
    if key == "since-last":
        return Period(last_export, None)
    if key == "two-weeks":
        return Period(today - timedelta(days=13), today)
    if key == "month":
        return Period(today - timedelta(days=30), today)
    return Period()


def typed_period(start: str, end: str) -> Period:
    """The period two typed dates describe (an empty box leaves that end open); raises
    ValueError with words for the person when they cannot be read."""
    days: list[date | None] = []
    for text in (start.strip(), end.strip()):
        if not text:
            days.append(None)
            continue
        try:
            if len(text) != 10:
                raise ValueError
            days.append(date.fromisoformat(text))
        except ValueError:
            raise ValueError("Write dates as YYYY-MM-DD, for example 2026-11-01.") from None
    if days[0] and days[1] and days[0] > days[1]:
        raise ValueError("The first date is after the second one.")
    return Period(days[0], days[1])


class ExportOptions(VerticalScroll):
    def __init__(self, *, preset: str, fmt: str, last_export: date | None, path: str, name: str) -> None:
        """`name`: the name on the summary, as it is to be edited (see tui/person_text.py)."""
        super().__init__(id="export-options")
        self.preset = preset
        self.fmt = fmt
        self.last_export = last_export
        self.path = path
        self.name_text = name

    def compose(self) -> ComposeResult:
        # Actions first, so they are on screen at 80x24 without scrolling.
        yield Button("Write the summary (ctrl+e)", id="export-write", variant="primary", compact=True)
        yield Button("What I want to talk about…", id="export-agenda", compact=True)
        yield Static("", id="export-status", markup=False)
        yield Static("What to write", classes="export-label")
        with RadioSet(id="export-kind"):
            for key, label in KINDS:
                yield StateRadio(label, value=key == "summary", id=f"kind--{key}")
        yield Static("Period", classes="export-label")
        with RadioSet(id="export-period"):
            last = self.last_export
            for key, label in PRESETS:
                if key == "since-last":
                    # Before any summary this means everything.
                    label = f"Since last: {last.isoformat()}" if last else label
                yield StateRadio(label, value=key == self.preset, id=f"period--{key}")
        with Horizontal(id="export-dates"):
            yield Field(placeholder="from YYYY-MM-DD", id="export-from", max_length=10)
            yield Field(placeholder="to YYYY-MM-DD", id="export-to", max_length=10)
        yield Static("Include", classes="export-label")
        for key, label in available_sections():
            yield StateCheckbox(label, True, id=f"section--{key}", classes="export-section")
        yield Static("Format", classes="export-label")
        with RadioSet(id="export-format"):
            for key, label in FORMATS.items():
                yield StateRadio(label, value=key == self.fmt, id=f"format--{key}")
        yield Static("Save to", classes="export-label")
        yield Field(self.path, id="export-path")
        yield Static("Your name on the summary (optional)", classes="export-label")
        yield Field(self.name_text, placeholder="leave empty to show no name", id="export-name")

    def sections(self) -> list[str]:
        """The sections ticked, by key."""
        # Every section box is made with an id (section--<key>).
        boxes = self.query(".export-section").results(Checkbox)
        return [box.id.removeprefix("section--") for box in boxes if box.value and box.id is not None]
