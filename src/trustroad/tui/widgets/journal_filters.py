"""The journal's filter bar: its six boxes in two rows, and the Filter they describe.

Apart from the screen (tui/screens/journal.py), which builds the bar only when the person asks
for it (ctrl+f) and keeps the list, its pages and its actions. The rows are plain Horizontals
with the class FILTER_ROW, mounted straight above the list, so the bar's layout is the list's.
"""

from __future__ import annotations

from textual.containers import Horizontal
from textual.dom import DOMNode
from textual.widgets import Input, Select

from trustroad.content.model import Phase
from trustroad.journal.filter import Filter, parse_day
from trustroad.journal.model import KIND_LABELS
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.phase_choices import phase_choices

FILTER_ROW = "journal-filters"  # the class of the bar's two rows
_BOXES = ("#filter-text", "#filter-tag", "#filter-from", "#filter-to")
_SELECTS = ("#filter-kind", "#filter-phase")


def filter_rows(phases: list[Phase]) -> list[Horizontal]:
    """The bar: text, tag and kind on the first row; phase and the two dates on the second."""
    return [
        Horizontal(
            Field(placeholder="Search the text", id="filter-text", compact=True),
            Field(placeholder="Tag", id="filter-tag", compact=True),
            Select(
                [(label, kind) for kind, label in KIND_LABELS.items()],
                prompt="Any kind",
                id="filter-kind",
                compact=True,
            ),
            classes=FILTER_ROW,
        ),
        Horizontal(
            Select(phase_choices(phases), prompt="Any phase", id="filter-phase", compact=True),
            Field(placeholder="From (2026-03-14)", id="filter-from", compact=True),
            Field(placeholder="To (2026-03)", id="filter-to", compact=True),
            classes=FILTER_ROW,
        ),
    ]


def read_filter(screen: DOMNode) -> tuple[Filter, str | None]:
    """The filter the bar on `screen` describes, and a message for a box that cannot be read."""
    problem = None
    dates = []
    for box, end in (("#filter-from", False), ("#filter-to", True)):
        try:
            dates.append(parse_day(screen.query_one(box, Input).value, end=end))
        except ValueError as exc:
            dates.append(None)
            problem = str(exc)
    kind = screen.query_one("#filter-kind", Select).selection  # None when blank: any kind
    phase = screen.query_one("#filter-phase", Select).selection
    return Filter(
        text=screen.query_one("#filter-text", Input).value,
        tag=screen.query_one("#filter-tag", Input).value.strip() or None,
        kind=kind,
        phase=phase,
        date_from=dates[0],
        date_to=dates[1],
    ), problem


def clear_filter(screen: DOMNode) -> None:
    """Empty every box of the bar on `screen` (the filter then matches every entry)."""
    for box in _BOXES:
        screen.query_one(box, Input).value = ""
    for select in _SELECTS:
        screen.query_one(select, Select).clear()
