"""The journal: the intensity trend, a filter bar, and the entries, newest first.

Stays instant with 10,000 entries: the search runs over a prebuilt SearchIndex (rebuilt
only when an entry is added, edited or deleted), typing is debounced, and the list holds one
page of at most SHOWN rows: ↓ past the last row shows the next, older page (see PagedList),
and any change to the filter goes back to the first page, so a keystroke never builds more.

The filter bar appears when the person asks for it (ctrl+f) and stays for the visit: the
journal opens on what they wrote, with less on screen, and sooner (the bar's six boxes are
about a tenth of the start-up work, measured in bench/bench_journal.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.content import Span
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Select
from textual.widgets.option_list import Option

from trustroad.journal.filter import NO_PHASE, Filter, SearchIndex, parse_day
from trustroad.journal.model import (
    KIND_LABELS,
    KIND_SHORT,
    Entry,
    Journal,
    first_line,
)
from trustroad.safe_text import printable
from trustroad.storage.files import JOURNAL_FILE
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.intensity_trend import IntensityTrend
from trustroad.tui.widgets.paged_list import PagedList

# Options in the list at most (one page); ↓ at the end shows the next page. Six screens of
# rows at 24 lines; every row is laid out when the page is built (at start, at a keystroke).
SHOWN = 100
DEBOUNCE = 0.15  # seconds after the last keystroke in a filter box


# Where the styled columns of a row sit: "2026-03-14 21:30  hard moment  7  first line…"
_ROW_SPANS = [Span(0, 16, "$text-muted"), Span(18, 29, "$accent"), Span(30, 32, "bold")]


def entry_line(entry: Entry) -> Text:
    """One row: date, kind, intensity, first line. Plain Content (never markup), built as one
    string with fixed spans because this runs for every row shown after a keystroke."""
    intensity = "  " if entry.intensity is None else f"{entry.intensity:>2}"
    kind = KIND_SHORT.get(entry.kind, entry.kind)[:11]
    head = f"{entry.written.strftime('%Y-%m-%d %H:%M')}  {kind:<11} {intensity}  "
    return Text(head + (first_line(printable(entry.text[:4000]), 160) or "(no text)"), list(_ROW_SPANS))


class JournalScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+n", "new_entry", "New", priority=True),
        Binding("ctrl+f", "find", "Find", priority=True),
        Binding("ctrl+r", "clear_filters", "Clear filters", show=False, priority=True),
        Binding("delete", "delete_entry", "Delete", show=False),
        # Not priority: in a filter box ctrl+z undoes the typing; on the list, the last delete.
        Binding("ctrl+z", "undo_delete", "Undo delete", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._last_deleted: Entry | None = None  # for ctrl+z, until the next delete or undo
        self._index: SearchIndex | None = None
        self._filter_timer: Timer | None = None
        self.matches: list[Entry] = []  # the entries on the page shown, newest first
        self._positions: Sequence[int] = []  # every match, as places in the index
        self._start = 0  # the place in _positions of the page's first row
        self._filter: tuple[Filter, str | None] = (Filter(), None)  # the last one applied, for the border
        # entry id -> its row, kept between keystrokes (rows are built once, not per key);
        # emptied whenever an entry is added, edited or deleted.
        self._rows: dict[str, Option] = {}

    @property
    def journal(self) -> Journal:
        return self.app.journal

    def compose(self) -> ComposeResult:
        yield Header()
        yield IntensityTrend(id="journal-trend")
        yield PagedList(id="journal-entries")
        yield Footer()

    @property
    def filters_shown(self) -> bool:
        return bool(self.query(".journal-filters"))

    async def show_filters(self) -> None:
        """Build the filter bar above the list (once; it stays while the journal is open)."""
        if self.filters_shown:
            return
        # Content, not str: a Select reads a str prompt as markup, and titles are shown as written.
        phases = [(Text(p.title), p.id) for p in self.app.content.phases] + [(Text("No phase"), NO_PHASE)]
        await self.mount(
            Horizontal(
                Field(placeholder="Search the text (ctrl+f)", id="filter-text", compact=True),
                Field(placeholder="Tag", id="filter-tag", compact=True),
                Select(
                    [(label, kind) for kind, label in KIND_LABELS.items()],
                    prompt="Any kind",
                    id="filter-kind",
                    compact=True,
                ),
                classes="journal-filters",
            ),
            Horizontal(
                Select(phases, prompt="Any phase", id="filter-phase", compact=True),
                Field(placeholder="From (2026-03-14)", id="filter-from", compact=True),
                Field(placeholder="To (2026-03)", id="filter-to", compact=True),
                classes="journal-filters",
            ),
            before="#journal-entries",
        )
        self.refresh_bindings()  # "Clear filters" is offered from now on

    def on_mount(self) -> None:
        self.title = "trustroad · Journal"
        self.journal_changed()
        self.query_one("#journal-entries", PagedList).focus()

    # --- data -----------------------------------------------------------------------------

    def journal_changed(self) -> None:
        """After an add, edit or delete: rebuild the index, the list and the trend."""
        self._index = SearchIndex(self.journal.entries)
        self._rows.clear()
        # The index holds the entries newest first: the trend reads only the recent end.
        self.query_one(IntensityTrend).show(self._index.entries, newest_first=True)
        self.apply_filter(start=self._start)  # stay on the page the person was reading

    def current_filter(self) -> tuple[Filter, str | None]:
        """The filter the bar describes, and a message for a box that cannot be read."""
        if not self.filters_shown:
            return Filter(), None
        problem = None
        dates = []
        for box, end in (("#filter-from", False), ("#filter-to", True)):
            try:
                dates.append(parse_day(self.query_one(box, Input).value, end=end))
            except ValueError as exc:
                dates.append(None)
                problem = str(exc)
        kind = self.query_one("#filter-kind", Select).selection  # None when blank: any kind
        phase = self.query_one("#filter-phase", Select).selection
        return Filter(
            text=self.query_one("#filter-text", Input).value,
            tag=self.query_one("#filter-tag", Input).value.strip() or None,
            kind=kind,
            phase=phase,
            date_from=dates[0],
            date_to=dates[1],
        ), problem

    def apply_filter(self, start: int = 0) -> None:
        """Filter again and show the page at `start` (a changed filter starts at the newest)."""
        self._filter_timer = None
        self._filter = self.current_filter()  # its message, if any, shows in the list's border
        flt = self._filter[0]
        if self._index is None:
            self._index = SearchIndex(self.journal.entries)
        self._positions = self._index.positions(flt)
        entries = self.query_one("#journal-entries", PagedList)
        self._show_page(start, keep=entries.highlighted_option.id if entries.highlighted_option else None)

    def _show_page(self, start: int, *, row: int | None = None, keep: str | None = None) -> None:
        """Fill the list with the SHOWN matches from `start`; highlight `row` (-1: the last),
        else the entry `keep` if it is on this page, else the first row."""
        assert self._index is not None
        found = len(self._positions)
        self._start = start = max(0, min(start, (found - 1) // SHOWN * SHOWN))
        self.matches = [self._index.entries[i] for i in self._positions[start : start + SHOWN]]
        entries = self.query_one("#journal-entries", PagedList)
        entries.set_options(self._row(e) for e in self.matches)
        entries.more_before, entries.more_after = start > 0, start + SHOWN < found
        ids = [e.id for e in self.matches]
        if row is not None and self.matches:
            entries.highlighted = row % len(self.matches)
        elif keep is not None and keep in ids:
            entries.highlighted = ids.index(keep)
        elif self.matches:
            entries.highlighted = 0
        # In the list's border: updating it repaints a line, where a Static would re-lay-out the screen.
        entries.border_title = Text(self._count_text(start, len(self.matches), found, len(self._index), *self._filter))

    @on(PagedList.Turn)
    def _turn(self, event: PagedList.Turn) -> None:
        last = (len(self._positions) - 1) // SHOWN * SHOWN
        start, row = {
            "older": (self._start + SHOWN, 0),
            "newer": (self._start - SHOWN, -1),
            "oldest": (last, -1),
            "newest": (0, 0),
        }[event.where]
        self._show_page(start, row=row)

    def _row(self, entry: Entry) -> Option:
        row = self._rows.get(entry.id)
        if row is None:
            row = self._rows[entry.id] = Option(entry_line(entry), id=entry.id)
        return row

    @staticmethod
    def _count_text(start: int, shown: int, found: int, total: int, flt: Filter, problem: str | None) -> str:
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

    @on(Input.Changed, ".journal-filters Input")
    def _typed(self, event: Input.Changed) -> None:
        # Debounced: a burst of typing filters once, ~150 ms after the last key.
        if self._filter_timer is None:
            self._filter_timer = self.set_timer(DEBOUNCE, self.apply_filter)
        else:
            self._filter_timer.reset()

    @on(Input.Submitted, ".journal-filters Input")
    def _submitted(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.apply_filter()
        self.query_one("#journal-entries", PagedList).focus()

    @on(Select.Changed, ".journal-filters Select")
    def _chosen(self) -> None:
        self.apply_filter()

    # --- actions --------------------------------------------------------------------------

    def _highlighted(self) -> Entry | None:
        entries = self.query_one("#journal-entries", PagedList)
        if entries.highlighted is None or entries.highlighted >= len(self.matches):
            return None
        return self.matches[entries.highlighted]

    @on(PagedList.OptionSelected, "#journal-entries")
    def _open(self, event: PagedList.OptionSelected) -> None:
        entry = next((e for e in self.matches if e.id == event.option.id), None)
        if entry is not None:
            self._edit(entry)

    def _edit(self, entry: Entry | None) -> None:
        from trustroad.tui.screens.journal_entry import JournalEntryScreen

        def after_edit(result: str | None) -> None:
            if result == "deleted" and entry is not None:
                self._deleted(entry)
            elif result:  # "saved"
                self.journal_changed()

        self.app.push_screen(JournalEntryScreen(entry), after_edit)

    def _deleted(self, entry: Entry) -> None:
        """An entry was deleted (here or in its editor): say so, and how to bring it back."""
        self._last_deleted = entry
        self.notify("The entry was deleted. Press ctrl+z to bring it back.", title="Deleted", timeout=8)
        self.journal_changed()

    def action_undo_delete(self) -> None:
        entry, self._last_deleted = self._last_deleted, None
        if entry is None or self.journal.find(entry.id) is not None:
            return
        self.journal.add(entry)  # the same entry, words, dates and id, as it was
        self.app.changed(JOURNAL_FILE)
        self.notify("The entry is back.", timeout=3)
        self.journal_changed()

    def action_new_entry(self) -> None:
        self._edit(None)

    async def action_find(self) -> None:
        await self.show_filters()
        self.query_one("#filter-text", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filters":
            return self.filters_shown  # nothing to clear before the bar is shown: not in the footer
        return True

    def action_clear_filters(self) -> None:
        if not self.filters_shown:
            return
        for box in ("#filter-text", "#filter-tag", "#filter-from", "#filter-to"):
            self.query_one(box, Input).value = ""
        for select in ("#filter-kind", "#filter-phase"):
            self.query_one(select, Select).clear()
        self.apply_filter()

    def action_delete_entry(self) -> None:
        from trustroad.tui.modals.confirm_delete_entry import ConfirmDeleteEntry

        entry = self._highlighted()
        if entry is None:
            return

        def done(confirmed: bool | None) -> None:
            if confirmed and self.journal.delete(entry.id):
                self.app.changed(JOURNAL_FILE)
                self._deleted(entry)

        self.app.push_screen(ConfirmDeleteEntry(entry), done)

    def action_back(self) -> None:
        focused = self.app.focused
        if focused is not None and focused.parent is not None and focused.parent.has_class("journal-filters"):
            # Escape in a filter box goes back to the list (the filter stays), as find does elsewhere.
            self.query_one("#journal-entries", PagedList).focus()
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:  # trustroad started on the journal: the road map is built now
            self.app.go_home()


def _entries(count: int) -> str:
    return f"{count:,} entr{'y' if count == 1 else 'ies'}"
