"""Promises: each one with whose it is, how often, "kept 9 of the last 10", and the chosen day's record.

A person records a day as kept or "not this time" (with an optional note), can go back to an
earlier day that has no record yet, and can add a repair to one that was not kept.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.clock import today
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import OWNER_LABELS, STATUS_LABELS, Promise
from trustroad.promises.schedule import (
    Mark,
    index,
    is_due,
    keep_rate,
    today_line,
    today_summary,
)
from trustroad.storage.files import PROMISES_FILE
from trustroad.tui.person_text import shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

STATUS_ORDER = {"active": 0, "paused": 1, "completed": 2, "retired": 3}


class PromisesScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "record", "Record", show=False),
        Binding("k", "kept", "Kept", show=False),  # Enter, said on the screen, asks kept / not
        Binding("r", "repair", "Repair"),
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit", show=False),
        Binding("left", "day(-1)", "Earlier day", show=False),
        Binding("right", "day(1)", "Later day", show=False),
        Binding("s", "app.setbacks", "Setbacks", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.day = today()

    @property
    def book(self) -> PromisesBook:
        return self.app.promises

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="promises-body"):
            yield Static(id="promises-summary", markup=False)
            yield Static(id="promises-day", markup=False)
            yield ReadableOptionList(id="promise-list")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Promises"
        self.refresh_list()
        self.query_one("#promise-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    # --- showing --------------------------------------------------------------------------

    def ordered(self) -> list[Promise]:
        return sorted(self.book.promises, key=lambda p: STATUS_ORDER.get(p.status, 9))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("record", "kept", "repair", "edit"):  # they act on a promise: none before the first
            return bool(self.book.promises)
        return True

    def refresh_list(self, keep: str | None = None) -> None:
        self.refresh_bindings()
        book, day = self.book, self.day
        self.query_one("#promises-summary", Static).update(today_line(today_summary(book, today())))
        when = "today" if day == today() else "an earlier day"
        self.query_one("#promises-day", Static).update(
            Text.assemble(
                Text.styled(f"Recording for {day:%A %d %B} ({when})", "bold"),
                Text.styled("  ← → change the day", "$text-muted"),
            )
        )
        listing = self.query_one("#promise-list", OptionList)
        listing.border_title = "Enter records it: kept / not this time"
        highlighted = keep or self.highlighted_id()
        listing.set_options(Option(self._label(p), id=p.id) for p in self.ordered())
        if not book.promises:
            listing.set_options(
                [Option(Text("No promises yet. Press n to write a small one."), id="--none--", disabled=True)]
            )
        ids = [p.id for p in self.ordered()]
        if highlighted in ids:
            listing.highlighted = ids.index(highlighted)
        elif ids:
            listing.highlighted = 0

    def _label(self, promise: Promise) -> Text:
        mark = self._day_mark(promise)
        details = " · ".join(
            [
                OWNER_LABELS[promise.owner],
                promise.schedule_label(),
                keep_rate(self.book, promise.id).label,
                STATUS_LABELS[promise.status],
            ]
        )
        return Text.assemble(
            mark,
            shown(promise.wording) if promise.wording else "(no wording yet)",
            "\n   ",
            Text.styled(details, "$text-muted"),
        )

    def _day_mark(self, promise: Promise) -> Text:
        if promise.frequency == "whenever":
            marks = self._marks_on(promise)
            if not marks:
                return Text.styled("·  ", "$text-muted")
            kept = sum(1 for m in marks if m.kept)
            return Text.styled(f"{kept}/{len(marks)} ", "$accent")
        mark = index(self.book).on(promise.id, self.day)
        if mark is None:
            return Text.styled("·  " if is_due(promise, self.day) else "   ", "$text-muted")
        if mark.kept:
            return Text.styled("✓  ", "bold $success")
        return Text.styled("↺  " if mark.repair else "○  ", "$warning")

    def _marks_on(self, promise: Promise) -> list[Mark]:
        return index(self.book).marks_on(promise.id, self.day)

    def highlighted_id(self) -> str | None:
        listing = self.query_one("#promise-list", OptionList)
        if listing.highlighted is None:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        return None if option_id == "--none--" else option_id

    def highlighted(self) -> Promise | None:
        promise_id = self.highlighted_id()
        return self.book.promise(promise_id) if promise_id else None

    # --- recording ------------------------------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_record()

    def action_record(self) -> None:
        from trustroad.tui.modals.record_check import RecordCheckModal

        promise = self.highlighted()
        if promise is None:
            return
        existing = None if promise.frequency == "whenever" else index(self.book).on(promise.id, self.day)
        day = self.day

        def done(result: tuple[bool, str] | None) -> None:
            if result is not None:
                self._save_record(promise, day, *result)

        self.app.push_screen(RecordCheckModal(promise.wording, day, existing.note if existing else ""), done)

    def action_kept(self) -> None:
        promise = self.highlighted()
        if promise is not None:
            self._save_record(promise, self.day, True, "")

    def _save_record(self, promise: Promise, day: date, kept: bool, note: str) -> None:
        if promise.frequency != "whenever" and not is_due(promise, day):
            self.notify("That promise was not due on this day; recorded anyway.", timeout=3, markup=False)
        self.book.record(promise.id, day, kept, note)
        self.app.changed(PROMISES_FILE)
        self.notify(
            "Recorded as kept. Well done." if kept else "Recorded. Noticing it honestly is part of repair.", timeout=3
        )
        self.refresh_list(promise.id)

    def action_repair(self) -> None:
        from trustroad.tui.modals.repair import RepairModal

        promise = self.highlighted()
        if promise is None:
            return
        missed = [m for m in self._marks_on(promise) if not m.kept]
        if not missed:
            self.notify(
                "A repair goes with a day recorded as “not this time”. Choose that day with ← →.",
                timeout=4,
                markup=False,
            )
            return
        mark = next((m for m in reversed(missed) if m.repair is None), missed[-1])
        day = self.day

        def done(result) -> None:
            if result is not None:
                when, what = result
                occasion = mark.detail.id if promise.frequency == "whenever" and mark.detail else None
                self.book.add_repair(promise.id, day, when, what, mark_id=occasion)
                self.app.changed(PROMISES_FILE)
                self.notify("Repair noted. Owning up is how trust is rebuilt.", timeout=3)
                self.refresh_list(promise.id)

        what = mark.repair.what_was_done if mark.repair else ""  # adding to a repair already noted
        self.app.push_screen(RepairModal("When was it owned up to, and what was done?", promise.wording, what), done)

    def action_day(self, delta: int) -> None:
        day = self.day + timedelta(days=delta)
        if day > today():
            return
        self.day = day
        self.refresh_list()

    # --- writing promises -----------------------------------------------------------------

    def action_new(self) -> None:
        self.app.action_new_promise()

    def action_edit(self) -> None:
        from trustroad.tui.screens.promise_edit import PromiseEditScreen

        promise = self.highlighted()
        if promise is not None:
            self.app.push_screen(PromiseEditScreen(promise.id))

    def action_back(self) -> None:
        self.app.pop_screen()
