"""What promises.json holds, record by record: a promise (with the history of its wording and
status), a day's check mark and its repair, and a setback; the values each field may take, and
their labels.

Apart from the document (model.py, PromisesBook), whose methods make every change: these are
the shapes of the data, and the words and choices the screens and the export name them by.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field

from trustroad.clock import now, today
from trustroad.storage.ranges import Day, Id, Moment
from trustroad.storage.record import Record

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
