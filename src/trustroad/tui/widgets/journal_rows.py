"""How the journal's list reads: one row per entry, and the line in its border that counts them.

Apart from the screen (tui/screens/journal.py) because these are words and columns, not
behaviour: the row is built for every entry shown after a keystroke, so it is kept to one string
with fixed spans, and the count is said as a person would say it.
"""

from __future__ import annotations

from textual.content import Content as Text
from textual.content import Span

from trustroad.journal.filter import Filter
from trustroad.journal.model import KIND_SHORT, Entry, first_line
from trustroad.safe_text import printable

# Options in the list at most (one page); ↓ at the end shows the next page. Six screens of
# rows at 24 lines; every row is laid out when the page is built (at start, at a keystroke).
SHOWN = 100

# Where the styled columns of a row sit: "2026-03-14 21:30  hard moment  7  first line…"
_ROW_SPANS = [Span(0, 16, "$text-muted"), Span(18, 29, "$accent"), Span(30, 32, "bold")]


def entry_line(entry: Entry) -> Text:
    """One row: date, kind, intensity, first line. Plain Content (never markup), built as one
    string with fixed spans because this runs for every row shown after a keystroke."""
    intensity = "  " if entry.intensity is None else f"{entry.intensity:>2}"
    kind = KIND_SHORT.get(entry.kind, entry.kind)[:11]
    head = f"{entry.written.strftime('%Y-%m-%d %H:%M')}  {kind:<11} {intensity}  "
    return Text(head + (first_line(printable(entry.text[:4000]), 160) or "(no text)"), list(_ROW_SPANS))


def count_text(start: int, shown: int, found: int, total: int, flt: Filter, problem: str | None) -> str:
    """The list's border: how many entries match and, past one page, how to reach the rest."""
    if problem:
        return problem
    if total == 0:
        return "No entries yet. Press ctrl+n to write the first one."
    if found == 0:
        return "Nothing matches this filter (ctrl+r clears it)."
    if found > SHOWN:  # kept short: it must fit the border at 80 columns
        where = f"showing {start + 1:,}–{start + shown:,} of {found:,} {'entries' if flt.is_empty else 'matches'}"
        if start + shown < found:
            return where + " · ↓ at the end shows older"
        return where + " · ↑ at the top shows newer"
    matches = f"{found:,} of {_entries(total)} match{'es' if found == 1 else ''}"
    if not flt.is_empty:  # the footer keeps to a few keys: the way out of a filter is said here
        return matches + " · ctrl+r clears the filter"
    return _entries(total) + " · Enter opens, ctrl+n writes a new one"


def _entries(count: int) -> str:
    return f"{count:,} entr{'y' if count == 1 else 'ies'}"
