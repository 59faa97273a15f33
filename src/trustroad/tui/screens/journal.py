"""The journal: the intensity trend, a filter bar, and the entries, newest first.

Stays instant with 10,000 entries: the search runs over a prebuilt SearchIndex (rebuilt
only when an entry is added, edited or deleted), typing is debounced, and the list holds at
most SHOWN options (a person refines the filter rather than scrolling through thousands).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.content import Span
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Select
from textual.widgets.option_list import Option

from trustroad.journal import JOURNAL_FILE, KIND_LABELS, KIND_SHORT, Entry, Journal, delete_entry, first_line
from trustroad.journal_filter import NO_PHASE, Filter, SearchIndex, parse_day
from trustroad.tui.widgets.intensity_trend import IntensityTrend

SHOWN = 200  # options in the list at most; the rest are one refinement away
DEBOUNCE = 0.15  # seconds after the last keystroke in a filter box


# Where the styled columns of a row sit: "2026-03-14 21:30  hard moment  7  first line…"
_ROW_SPANS = [Span(0, 16, "$text-muted"), Span(18, 29, "$accent"), Span(30, 32, "bold")]


def entry_line(entry: Entry) -> Text:
    """One row: date, kind, intensity, first line. Plain Content (never markup), built as one
    string with fixed spans because this runs for every row shown after a keystroke."""
    intensity = "  " if entry.intensity is None else f"{entry.intensity:>2}"
    kind = KIND_SHORT.get(entry.kind, entry.kind)[:11]
    head = f"{entry.written.strftime('%Y-%m-%d %H:%M')}  {kind:<11} {intensity}  "
    return Text(head + (first_line(entry.text[:4000], 160) or "(no text)"), list(_ROW_SPANS))


class JournalScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+n", "new_entry", "New entry", priority=True),
        Binding("ctrl+f", "find", "Find", priority=True),
        Binding("ctrl+r", "clear_filters", "Clear filters", priority=True),
        Binding("delete", "delete_entry", "Delete"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._index: SearchIndex | None = None
        self._filter_timer: Timer | None = None
        self.matches: list[Entry] = []
        # entry id -> its row, kept between keystrokes (rows are built once, not per key);
        # emptied whenever an entry is added, edited or deleted.
        self._rows: dict[str, Option] = {}

    @property
    def journal(self) -> Journal:
        return self.app.documents[JOURNAL_FILE]  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        phases = [(p.title, p.id) for p in self.app.content.phases] + [("No phase", NO_PHASE)]
        yield Header()
        yield IntensityTrend(id="journal-trend")
        with Horizontal(classes="journal-filters"):
            yield Input(placeholder="Search the text (ctrl+f)", id="filter-text", compact=True)
            yield Input(placeholder="Tag", id="filter-tag", compact=True)
            yield Select([(label, kind) for kind, label in KIND_LABELS.items()], prompt="Any kind", id="filter-kind", compact=True)
        with Horizontal(classes="journal-filters"):
            yield Select(phases, prompt="Any phase", id="filter-phase", compact=True)
            yield Input(placeholder="From (2026-03-14)", id="filter-from", compact=True)
            yield Input(placeholder="To (2026-03)", id="filter-to", compact=True)
        yield OptionList(id="journal-entries")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Journal"
        self.journal_changed()
        self.query_one("#journal-entries", OptionList).focus()

    # --- data -----------------------------------------------------------------------------

    def journal_changed(self) -> None:
        """After an add, edit or delete: rebuild the index, the list and the trend."""
        self._index = SearchIndex(self.journal.entries)
        self._rows.clear()
        self.query_one(IntensityTrend).show(self.journal.entries)
        self.apply_filter()

    def current_filter(self) -> tuple[Filter, str | None]:
        """The filter the bar describes, and a message for a box that cannot be read."""
        problem = None
        dates = []
        for box, end in (("#filter-from", False), ("#filter-to", True)):
            try:
                dates.append(parse_day(self.query_one(box, Input).value, end=end))
            except ValueError as exc:
                dates.append(None)
                problem = str(exc)
        kind = self.query_one("#filter-kind", Select).value
        phase = self.query_one("#filter-phase", Select).value
        return Filter(
            text=self.query_one("#filter-text", Input).value,
            tag=self.query_one("#filter-tag", Input).value.strip() or None,
            kind=None if kind is Select.NULL else kind,
            phase=None if phase is Select.NULL else phase,
            date_from=dates[0], date_to=dates[1],
        ), problem

    def apply_filter(self) -> None:
        self._filter_timer = None
        flt, problem = self.current_filter()
        index = self._index or SearchIndex(self.journal.entries)
        positions = index.positions(flt)
        self.matches = [index.entries[i] for i in positions[:SHOWN]]
        entries = self.query_one("#journal-entries", OptionList)
        keep = entries.highlighted_option.id if entries.highlighted_option else None
        entries.set_options(self._row(e) for e in self.matches)
        if keep is not None and keep in {e.id for e in self.matches}:
            entries.highlighted = next(i for i, e in enumerate(self.matches) if e.id == keep)
        elif self.matches:
            entries.highlighted = 0
        # In the list's border: updating it repaints a line, where a Static would re-lay-out the screen.
        entries.border_title = Text(self._count_text(len(positions), len(index), flt, problem))

    def _row(self, entry: Entry) -> Option:
        row = self._rows.get(entry.id)
        if row is None:
            row = self._rows[entry.id] = Option(entry_line(entry), id=entry.id)
        return row

    @staticmethod
    def _count_text(found: int, total: int, flt: Filter, problem: str | None) -> str:
        if problem:
            return problem
        if total == 0:
            return "No entries yet. Press ctrl+n to write the first one."
        if found == 0:
            return "Nothing matches this filter (ctrl+r clears it)."
        head = f"{total:,} entries" if flt.is_empty else f"{found:,} of {total:,} entries match"
        if found > SHOWN:
            return f"{head} · showing the newest {SHOWN} — refine the filter to find older ones"
        return head + " · Enter opens, ctrl+n writes a new one"

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
        self.query_one("#journal-entries", OptionList).focus()

    @on(Select.Changed, ".journal-filters Select")
    def _chosen(self) -> None:
        self.apply_filter()

    # --- actions --------------------------------------------------------------------------

    def _highlighted(self) -> Entry | None:
        entries = self.query_one("#journal-entries", OptionList)
        if entries.highlighted is None or entries.highlighted >= len(self.matches):
            return None
        return self.matches[entries.highlighted]

    @on(OptionList.OptionSelected, "#journal-entries")
    def _open(self, event: OptionList.OptionSelected) -> None:
        entry = next((e for e in self.matches if e.id == event.option.id), None)
        if entry is not None:
            self._edit(entry)

    def _edit(self, entry: Entry | None) -> None:
        from trustroad.tui.screens.journal_entry import JournalEntryScreen

        self.app.push_screen(JournalEntryScreen(entry), self._after_edit)

    def _after_edit(self, result: str | None) -> None:
        if result:  # "saved" or "deleted"
            self.journal_changed()

    def action_new_entry(self) -> None:
        self._edit(None)

    def action_find(self) -> None:
        self.query_one("#filter-text", Input).focus()

    def action_clear_filters(self) -> None:
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
            if confirmed and delete_entry(self.journal, entry.id):
                self.app.changed(JOURNAL_FILE)
                self.notify("The entry was deleted.", timeout=3)
                self.journal_changed()

        self.app.push_screen(ConfirmDeleteEntry(entry), done)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:  # trustroad started on the journal: the road map is built now
            self.app.go_home()
