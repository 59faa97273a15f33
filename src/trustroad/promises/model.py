"""Small promises, the record of keeping them, and setbacks with their repair (promises.json).

The models hold data; every change goes through PromisesBook's methods (a wording change
keeps the old wording, a status change is dated so pauses become periods), which count
the book's version so that what is derived from it invalidates itself. Everything computed from
them lives next door: schedule.py (what was due when, keep rates), repair.py (time to
repair) and milestones.py (small celebrations).

Dates here are calendar dates in the person's own time zone: a daily promise is due once
per calendar day, whatever the clock does at a daylight-saving change.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field, PrivateAttr

from trustroad.clock import now, today
from trustroad.storage.ranges import Day, Id, Moment, UniqueIds
from trustroad.storage.record import Document, Record

# The values a data file may hold; the model refuses any other (a hand-edited file is named).
Owner = Literal["mine", "partner", "ours"]
Frequency = Literal["daily", "weekdays", "weekly", "whenever"]
Status = Literal["active", "paused", "completed", "retired"]
SetbackKind = Literal[
    "painful-memory",
    "hard-conversation",
    "moment-of-doubt",
    "promise-missed",
    "something-new-came-to-light",
    "other",
]

# The same values as plain tuples, read from the Literals so the two cannot drift apart.
OWNERS: tuple[str, ...] = get_args(Owner)
FREQUENCIES: tuple[str, ...] = get_args(Frequency)
STATUSES: tuple[str, ...] = get_args(Status)
SETBACK_KINDS: tuple[str, ...] = get_args(SetbackKind)

OWNER_LABELS: dict[str, str] = {"mine": "Mine", "partner": "My partner's", "ours": "Ours"}

STATUS_LABELS: dict[str, str] = {
    "active": "active",
    "paused": "paused",
    "completed": "completed",
    "retired": "set aside",
}

SETBACK_LABELS: dict[str, str] = {
    "painful-memory": "A painful memory",
    "hard-conversation": "A hard conversation",
    "moment-of-doubt": "A moment of doubt",
    "promise-missed": "A promise missed",
    "something-new-came-to-light": "Something new came to light",
    "other": "Something else",
}

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def _days_differ(days: list[int]) -> list[int]:
    if len(set(days)) != len(days):
        raise ValueError("a weekday is listed twice")
    return days


# 0 = Monday … 6 = Sunday, each at most once (the edit form names them from DAY_NAMES).
Weekdays = Annotated[list[Annotated[int, Field(ge=0, le=6)]], AfterValidator(_days_differ)]


class WordingVersion(Record):
    at: Moment
    wording: str


class StatusChange(Record):
    # From this calendar day on, the promise has this status (the last change of a day wins).
    on: Day
    status: Status
    at: Moment = Field(default_factory=now)


class Promise(Record):
    id: Id = Field(default_factory=new_id)
    wording: str = ""
    # Every wording this promise has had, oldest first; the last one is the current wording.
    wording_history: list[WordingVersion] = Field(default_factory=list)
    owner: Owner = "mine"
    frequency: Frequency = "daily"
    # 0 = Monday … 6 = Sunday. "weekdays": the chosen days; "weekly": one day.
    days: Weekdays = Field(default_factory=list)
    visibility: str = ""  # how the other person can see it kept
    start: Day = Field(default_factory=today)
    review_on: Day | None = None
    status: Status = "active"
    status_history: list[StatusChange] = Field(default_factory=list)
    created: Moment = Field(default_factory=now)
    share: bool = False

    def schedule_label(self) -> str:
        """When the promise is due, in words ("every day", "weekdays", "Mon, Thu" …)."""
        if self.frequency == "daily":
            return "every day"
        if self.frequency == "whenever":
            return "whenever it happens"
        days = sorted(set(self.days))
        if self.frequency == "weekly":
            return f"weekly, {DAY_NAMES[days[0]]}" if days else "weekly"
        if days == [0, 1, 2, 3, 4]:
            return "weekdays"
        return ", ".join(DAY_NAMES[d] for d in days) if days else "no days chosen"


# A promise's settings that change without a history (PromisesBook.edit_promise).
EDITABLE = ("owner", "frequency", "days", "visibility", "start", "review_on", "share")


class Repair(Record):
    owned_up_on: Day | Moment
    what_was_done: str = ""

    @property
    def day(self) -> date:
        value = self.owned_up_on
        return value.date() if isinstance(value, datetime) else value


class CheckMark(Record):
    id: Id = Field(default_factory=new_id)
    promise_id: str
    date: Day  # the due day, or the occasion's day for a "whenever" promise
    kept: bool
    note: str = ""
    repair: Repair | None = None
    recorded_at: Moment = Field(default_factory=now)


class Setback(Record):
    id: Id = Field(default_factory=new_id)
    when: Moment = Field(default_factory=now)
    kind: SetbackKind = "other"
    intensity: int = Field(default=5, ge=0, le=10)
    note: str = ""
    repaired_at: Moment | None = None
    how_repaired: str = ""
    share: bool = False

    @property
    def time_to_repair(self) -> timedelta | None:
        """How long after the setback it was repaired (never negative); None while it is not."""
        if self.repaired_at is None:
            return None
        return max(self.repaired_at - self.when, timedelta(0))


class PromisesBook(Document):
    """promises.json: the person's promises, the record of keeping them, and the setback log.

    A day's plain "kept" or "not this time" is stored compactly in `ledger` (promise id ->
    day -> kept): two years of daily check-ins for many promises then load in milliseconds,
    where one object per day would take a noticeable moment at every start. A check mark
    with more to it (a note, a repair, or an occasion of a "whenever" promise) is a full
    `CheckMark` in `checkmarks`; for a given promise and day it takes the place of the
    ledger entry. Read marks through schedule.index(book), which joins the two.
    """

    COMPACT = True  # two years of daily records are read at every start

    promises: UniqueIds[Promise] = Field(default_factory=list)
    ledger: dict[str, dict[Day, bool]] = Field(default_factory=dict)
    checkmarks: UniqueIds[CheckMark] = Field(default_factory=list)
    setbacks: UniqueIds[Setback] = Field(default_factory=list)
    # Counts the changes made through the methods below. What is derived from the book
    # (schedule.index, the milestones) is kept with the version it was computed at, so
    # every change here invalidates it; no caller has to remember to.
    _version: int = PrivateAttr(default=0)
    # The derived lookups (see schedule.CheckIndex), each tagged with its version.
    _index: object | None = PrivateAttr(default=None)

    @property
    def version(self) -> int:
        return self._version

    def _changed(self) -> None:
        self._version += 1

    def promise(self, promise_id: str) -> Promise | None:
        return next((p for p in self.promises if p.id == promise_id), None)

    def add_promise(self, promise: Promise) -> Promise:
        if not promise.wording_history:
            promise.wording_history.append(WordingVersion(at=promise.created, wording=promise.wording))
        self.promises.append(promise)
        self._changed()
        return promise

    def set_wording(self, promise_id: str, wording: str, at: datetime | None = None) -> bool:
        """Change a promise's wording and keep every earlier one. False when nothing changed."""
        promise = self.promise(promise_id)
        if promise is None or wording == promise.wording:
            return False
        if not promise.wording_history:
            promise.wording_history.append(WordingVersion(at=promise.created, wording=promise.wording))
        promise.wording_history.append(WordingVersion(at=at or now(), wording=wording))
        promise.wording = wording
        self._changed()
        return True

    def set_status(self, promise_id: str, status: Status, on: date | None = None) -> bool:
        """Change a promise's status from a day on (dated, so pauses become periods). False when unchanged."""
        if status not in STATUSES:
            raise ValueError("unknown promise status")
        promise = self.promise(promise_id)
        if promise is None or status == promise.status:
            return False
        promise.status = status
        promise.status_history.append(StatusChange(on=on or today(), status=status))
        self._changed()
        return True

    def edit_promise(self, promise_id: str, **changes: object) -> bool:
        """Change a promise's plain settings (see EDITABLE); False when nothing changed.

        Wording and status have their own methods: they keep a history.
        """
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not editable here: {', '.join(sorted(unknown))}")
        promise = self.promise(promise_id)
        if promise is None:
            return False
        changed = False
        for name, value in changes.items():
            if getattr(promise, name) != value:
                setattr(promise, name, value)
                changed = True
        if changed:
            self._changed()
        return changed

    def detailed(self, promise_id: str, day: date) -> CheckMark | None:
        """The full check mark of a scheduled promise on a day, if there is one."""
        return next((m for m in self.checkmarks if m.promise_id == promise_id and m.date == day), None)

    def record(self, promise_id: str, day: date, kept: bool, note: str = "") -> None:
        """Record a promise as kept or not on a day. For a scheduled promise a second record
        of the same day replaces the first (keeping a repair if it is still not kept); each
        record of a "whenever" promise is a new occasion."""
        promise = self.promise(promise_id)
        self._changed()
        if promise is not None and promise.frequency == "whenever":
            self.checkmarks.append(CheckMark(promise_id=promise_id, date=day, kept=kept, note=note))
            return
        mark = self.detailed(promise_id, day)
        if mark is not None:
            mark.kept, mark.note, mark.recorded_at = kept, note, now()
            if kept:
                mark.repair = None
            return
        if note:
            self.ledger.get(promise_id, {}).pop(day, None)
            self.checkmarks.append(CheckMark(promise_id=promise_id, date=day, kept=kept, note=note))
        else:
            self.ledger.setdefault(promise_id, {})[day] = kept

    def add_repair(
        self,
        promise_id: str,
        day: date,
        owned_up_on: date | datetime,
        what_was_done: str,
        mark_id: str | None = None,
    ) -> CheckMark | None:
        """Add a repair to a day recorded as not kept (for a "whenever" promise: the occasion
        `mark_id`). Returns the check mark, or None when there is no such missed day."""
        if mark_id is not None:
            mark = next((m for m in self.checkmarks if m.id == mark_id), None)
        else:
            mark = self.detailed(promise_id, day)
            if mark is None and self.ledger.get(promise_id, {}).get(day) is False:
                # From a plain ledger entry to a full check mark, which can hold the repair.
                del self.ledger[promise_id][day]
                mark = CheckMark(promise_id=promise_id, date=day, kept=False)
                self.checkmarks.append(mark)
        if mark is None or mark.kept:
            return None
        mark.repair = Repair(owned_up_on=owned_up_on, what_was_done=what_was_done)
        self._changed()
        return mark

    def setback(self, setback_id: str) -> Setback | None:
        return next((s for s in self.setbacks if s.id == setback_id), None)

    def add_setback(self, setback: Setback) -> Setback:
        self.setbacks.append(setback)
        self._changed()
        return setback

    def repair_setback(self, setback_id: str, repaired_at: datetime | None, how_repaired: str) -> bool:
        """Note when and how a setback was talked through; False when nothing changed."""
        setback = self.setback(setback_id)
        if setback is None or (setback.repaired_at, setback.how_repaired) == (repaired_at, how_repaired):
            return False
        setback.repaired_at, setback.how_repaired = repaired_at, how_repaired
        self._changed()
        return True
