"""When each promise is due, what has a record, and how often a promise was kept.

Pure functions over promises.PromisesBook. Everything works on calendar dates (the
person's local dates), never on clock times, so a daily promise is due exactly once per
calendar day, including the 23- and 25-hour days of a daylight-saving change.

No streaks: a streak resets to zero after one miss and shames a person. Keep rates look at
the last few records instead ("kept 9 of the last 10"), and a day without a record is
never counted as a miss.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # types only: the therapy summary reads the check index without pydantic
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import CheckMark, Promise, Repair, Status

ONE_DAY = timedelta(days=1)


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar day a moment falls on, in `tz` (default: this computer's zone)."""
    return moment.astimezone(tz).date()


# --- status periods ---------------------------------------------------------------------


def active_periods(promise: Promise) -> list[tuple[date, date | None]]:
    """[from, until) periods in which the promise is active; until None = still active.

    A status change takes effect on its day; the last change made on a day wins.
    """
    changes = sorted(((c.on, i, c.status) for i, c in enumerate(promise.status_history)), key=lambda c: (c[0], c[1]))
    # The last change of each day wins; before the first change the promise was active
    # (the history only exists since statuses can change).
    by_day: dict[date, Status] = {}
    for on, _, status in changes:
        by_day[on] = status
    periods: list[tuple[date, date | None]] = []
    opened: date | None = promise.start
    for on, status in sorted(by_day.items()):
        if status == "active":
            if opened is None:
                opened = max(on, promise.start)
        elif opened is not None:
            if on > opened:
                periods.append((opened, on))
            opened = None
    if opened is not None:
        periods.append((opened, None))
    if not promise.status_history and promise.status != "active":
        # Hand-edited file without a history: trust the status field, from the start.
        return []
    return periods


def on_schedule(promise: Promise, day: date) -> bool:
    """Whether the promise's rhythm falls on this weekday (ignoring status)."""
    if promise.frequency == "daily":
        return True
    if promise.frequency == "whenever":
        return False
    if promise.frequency == "weekly":
        weekday = promise.days[0] if promise.days else promise.start.weekday()
        return day.weekday() == weekday
    return day.weekday() in promise.days


def is_due(promise: Promise, day: date) -> bool:
    if day < promise.start or not on_schedule(promise, day):
        return False
    return any(start <= day and (until is None or day < until) for start, until in active_periods(promise))


def due_dates(promise: Promise, first: date, last: date) -> Iterator[date]:
    """Every due day from `first` to `last`, both included, oldest first."""
    if promise.frequency == "whenever":
        return
    for start, until in active_periods(promise):
        day = max(first, start, promise.start)
        end = last if until is None else min(last, until - ONE_DAY)
        while day <= end:
            if on_schedule(promise, day):
                yield day
            day += ONE_DAY


# --- looking things up quickly --------------------------------------------------------------


class Mark(NamedTuple):
    """One day's record of one promise, from the ledger or a full check mark."""

    date: date
    kept: bool
    detail: CheckMark | None  # the full check mark (note, repair, occasion), if there is one

    @property
    def note(self) -> str:
        return self.detail.note if self.detail else ""

    @property
    def repair(self) -> Repair | None:
        return self.detail.repair if self.detail else None


class CheckIndex:
    """The records of each promise, oldest first, joined from the ledger and the full check
    marks. Built per promise on first use, for one version of the book."""

    def __init__(self, book: PromisesBook) -> None:
        self.book = book
        self.version = book.version
        self.details: dict[str, list[CheckMark]] = {}
        self.detail_on: dict[str, dict[date, CheckMark]] = {}
        for mark in book.checkmarks:
            self.details.setdefault(mark.promise_id, []).append(mark)
            self.detail_on.setdefault(mark.promise_id, {})[mark.date] = mark
        self._marks: dict[str, list[Mark]] = {}
        # Results other modules compute from this version of the book (the newest milestone).
        self.memo: dict[object, object] = {}

    def marks(self, promise_id: str) -> list[Mark]:
        marks = self._marks.get(promise_id)
        if marks is None:
            details = self.detail_on.get(promise_id, {})
            marks = [
                Mark(day, kept, None)
                for day, kept in self.book.ledger.get(promise_id, {}).items()
                if day not in details
            ]
            marks += [Mark(m.date, m.kept, m) for m in self.details.get(promise_id, [])]
            marks.sort(key=itemgetter(0))
            self._marks[promise_id] = marks
        return marks

    def days(self, promise_id: str, kept_only: bool = False) -> list[date]:
        """The days with a record (or only the kept ones), oldest first, one per record.

        The fast path for counting: no Mark objects are built for two years of ledger days.
        """
        details = self.detail_on.get(promise_id, {})
        ledger = self.book.ledger.get(promise_id, {})
        # compress() and list() walk two years of days in C. A day with a full check mark takes
        # its ledger entry's place; PromisesBook keeps the two apart, so the Python filter runs
        # only for a file edited by hand that has a day in both.
        days = list(compress(ledger, ledger.values())) if kept_only else list(ledger)
        if details:
            if not details.keys().isdisjoint(ledger):
                days = [d for d in days if d not in details]
            days += [m.date for m in self.details.get(promise_id, []) if m.kept or not kept_only]
        days.sort()
        return days

    def last(self, promise_id: str, count: int) -> list[Mark]:
        """The last `count` records, oldest first."""
        if promise_id not in self.book.ledger:  # e.g. a "whenever" promise: only full marks
            return self.marks(promise_id)[-count:]
        # A scheduled promise has at most one record a day. Every day days() gives has one, so
        # the filter drops nothing: it only tells the type checker so.
        return [mark for day in self.days(promise_id)[-count:] if (mark := self.on(promise_id, day)) is not None]

    def on(self, promise_id: str, day: date) -> Mark | None:
        """The record of a day (for a "whenever" promise: the latest occasion that day)."""
        detail = self.detail_on.get(promise_id, {}).get(day)
        if detail is not None:
            return Mark(day, detail.kept, detail)
        kept = self.book.ledger.get(promise_id, {}).get(day)
        return None if kept is None else Mark(day, kept, None)

    def marks_on(self, promise_id: str, day: date) -> list[Mark]:
        marks = self.marks(promise_id)
        found = []
        for mark in marks[bisect_left(marks, day, key=itemgetter(0)) :]:
            if mark.date != day:
                break
            found.append(mark)
        return found


def index(book: PromisesBook) -> CheckIndex:
    """The book's check index, kept until the book's version moves on (any change through its methods)."""
    cached = book._index
    if not isinstance(cached, CheckIndex) or cached.book is not book or cached.version != book.version:
        cached = book._index = CheckIndex(book)
    return cached


# --- what home and the promises screen show -------------------------------------------------


def due_on(book: PromisesBook, day: date) -> list[Promise]:
    return [p for p in book.promises if is_due(p, day)]


@dataclass(frozen=True)
class Today:
    due: int  # promises due today
    recorded: int  # of those, how many already have a record
    without_record: int  # earlier due check-ins in the window with no record yet
    window: int  # the number of earlier days looked at


def without_record(book: PromisesBook, day: date, days: int = 7) -> list[tuple[Promise, date]]:
    """Due check-ins in the `days` days before `day` that have no record yet, oldest first."""
    found: list[tuple[Promise, date]] = []
    idx = index(book)
    for promise in book.promises:
        for due in due_dates(promise, day - timedelta(days=days), day - ONE_DAY):
            if idx.on(promise.id, due) is None:
                found.append((promise, due))
    found.sort(key=lambda pair: pair[1])
    return found


def today_summary(book: PromisesBook, day: date, days: int = 7) -> Today:
    idx = index(book)
    due = due_on(book, day)
    recorded = sum(1 for p in due if idx.on(p.id, day) is not None)
    return Today(len(due), recorded, len(without_record(book, day, days)), days)


def today_line(summary: Today) -> str:
    """One calm line, never a wall of misses."""
    if summary.due == 0:
        head = "Today: nothing due"
    elif summary.recorded == summary.due:
        head = f"Today: {_n(summary.due, 'promise')} due, all recorded"
    else:
        head = f"Today: {_n(summary.due, 'promise')} due"
        if summary.recorded:
            head += f" ({summary.recorded} recorded)"
    if summary.without_record:
        count = summary.without_record
        head += (
            f" · {_n(count, 'earlier check-in')} from the last {summary.window} days "
            f"{'has' if count == 1 else 'have'} no record yet"
        )
    return head


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# --- keep rates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeepRate:
    kept: int
    of: int

    @property
    def label(self) -> str:
        if self.of == 0:
            return "no records yet"
        if self.of == 1:
            return "kept the last time" if self.kept else "not kept the last time"
        return f"kept {self.kept} of the last {self.of}"


def keep_rate(book: PromisesBook, promise_id: str, last: int = 10) -> KeepRate:
    """Out of the last `last` records (days without a record are not counted)."""
    marks = index(book).last(promise_id, last)
    return KeepRate(sum(1 for m in marks if m.kept), len(marks))
