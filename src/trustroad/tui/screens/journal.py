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
from textual.content import Content as Text
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Select
from textual.widgets.option_list import Option

from trustroad.journal.filter import Filter, SearchIndex
from trustroad.journal.model import Entry, Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.intensity_trend import IntensityTrend
from trustroad.tui.widgets.journal_filters import FILTER_ROW, clear_filter, filter_rows, read_filter
from trustroad.tui.widgets.journal_rows import SHOWN, count_text, entry_line
from trustroad.tui.widgets.paged_list import PagedList

DEBOUNCE = 0.15  # seconds after the last keystroke in a filter box


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
        return bool(self.query(f".{FILTER_ROW}"))

    async def show_filters(self) -> None:
        """Build the filter bar above the list (once; it stays while the journal is open)."""
        if self.filters_shown:
            return
        await self.mount(*filter_rows(self.app.content.phases), before="#journal-entries")
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
        return read_filter(self) if self.filters_shown else (Filter(), None)

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
        entries.border_title = Text(count_text(start, len(self.matches), found, len(self._index), *self._filter))

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

    @on(Input.Changed, f".{FILTER_ROW} Input")
    def _typed(self, event: Input.Changed) -> None:
        # Debounced: a burst of typing filters once, ~150 ms after the last key.
        if self._filter_timer is None:
            self._filter_timer = self.set_timer(DEBOUNCE, self.apply_filter)
        else:
            self._filter_timer.reset()

    @on(Input.Submitted, f".{FILTER_ROW} Input")
    def _submitted(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.apply_filter()
        self.query_one("#journal-entries", PagedList).focus()

    @on(Select.Changed, f".{FILTER_ROW} Select")
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
        clear_filter(self)
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
        if focused is not None and focused.parent is not None and focused.parent.has_class(FILTER_ROW):
            # Escape in a filter box goes back to the list (the filter stays), as find does elsewhere.
            self.query_one("#journal-entries", PagedList).focus()
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:  # trustroad started on the journal: the road map is built now
            self.app.go_home()
