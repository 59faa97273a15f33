"""The weekly check-in: two ratings, a few open answers, stored with their date.

Operations are methods on the documents (no Textual). The questions themselves come from
content (checkin/weekly.yaml); answers are kept by question id.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime

from pydantic import Field

# The plain-Python parts (ratings over time, the trend reading) live in trends.py; re-exported
# here (the redundant aliases say so to ruff and mypy), so callers find them with the models.
from trustroad.checkins.trends import RatingPoint as RatingPoint
from trustroad.checkins.trends import ratings_series as ratings_series
from trustroad.checkins.trends import trend_reading as trend_reading
from trustroad.checkins.trends import values as values
from trustroad.clock import now
from trustroad.storage.ranges import Day, Id, Moment, UniqueIds
from trustroad.storage.record import Document, Record

INVITE_AFTER_DAYS = 7

Rating = int | None


class CheckIn(Record):
    id: Id
    date: Day
    created: Moment
    # None when the person chose not to give a number this time.
    safety: Rating = Field(default=None, ge=0, le=10)
    connection: Rating = Field(default=None, ge=0, le=10)
    answers: dict[str, str] = Field(default_factory=dict)
    # What the promises looked like this week, as listed when the check-in was saved.
    promises_note: str = ""
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False

    @classmethod
    def new(
        cls,
        safety: int | None,
        connection: int | None,
        answers: dict[str, str],
        promises_note: str = "",
        share: bool = False,
        at: datetime | None = None,
    ) -> CheckIn:
        """A check-in dated today. Empty answers are left out, so skipping a question stores nothing."""
        at = at or now()
        kept = {key: text for key, text in answers.items() if text.strip()}
        return cls.model_validate(
            {
                "id": uuid.uuid4().hex[:12],
                "date": at.date(),
                "created": at,
                "safety": safety,
                "connection": connection,
                "answers": kept,
                "promises_note": promises_note,
                "share": share,
            }
        )

    @property
    def is_empty(self) -> bool:
        return self.safety is None and self.connection is None and not self.answers


class Draft(Record):
    """A check-in being written: saved as the person types, so closing the window loses nothing."""

    safety: Rating = Field(default=None, ge=0, le=10)
    connection: Rating = Field(default=None, ge=0, le=10)
    answers: dict[str, str] = Field(default_factory=dict)
    share: bool = False


class CheckIns(Document):
    """checkins.json: every check-in, in the order they were saved, and the one being written."""

    checkins: UniqueIds[CheckIn] = Field(default_factory=list)
    draft: Draft | None = None

    def get(self, checkin_id: str) -> CheckIn | None:
        return next((c for c in self.checkins if c.id == checkin_id), None)

    def add(self, checkin: CheckIn) -> CheckIn:
        self.checkins.append(checkin)
        return checkin

    def set_draft(
        self, safety: int | None, connection: int | None, answers: dict[str, str], share: bool = False
    ) -> bool:
        """Keep what is in the form as the draft; False when nothing changed (so loading a form never saves)."""
        kept = {key: text for key, text in answers.items() if text.strip()}
        if safety is None and connection is None and not kept and not share:
            new = None
        else:
            new = Draft(safety=safety, connection=connection, answers=kept, share=share)
        old = self.draft
        if (old and old.model_dump()) == (new and new.model_dump()):
            return False
        self.draft = new
        return True

    def commit_draft(self, promises_note: str = "", at: datetime | None = None) -> CheckIn | None:
        """Turn the draft into a dated check-in; None (and nothing stored) when the draft is empty."""
        draft = self.draft
        if draft is None:
            return None
        checkin = CheckIn.new(draft.safety, draft.connection, draft.answers, promises_note, draft.share, at)
        self.checkins.append(checkin)
        self.draft = None
        return checkin

    def newest_first(self) -> list[CheckIn]:
        return sorted(self.checkins, key=lambda c: (c.date, c.created), reverse=True)

    def last_date(self) -> date | None:
        return max((c.date for c in self.checkins), default=None)

    def days_since_last(self, today: date) -> int | None:
        last = self.last_date()
        return None if last is None else (today - last).days

    def invite_due(self, today: date) -> bool:
        """True when there has been no check-in in the last seven days (or never)."""
        days = self.days_since_last(today)
        return days is None or days >= INVITE_AFTER_DAYS

    def last_checkin_phrase(self, today: date) -> str:
        """The home screen's one line about check-ins, in calm words (a draft is mentioned first)."""
        if self.draft is not None:
            return "A check-in is started and kept as a draft — press c to finish it when you like."
        days = self.days_since_last(today)
        if days is None:
            return "No weekly check-in yet — press c whenever you are ready for a first one."
        if days <= 0:
            when = "today"
        elif days == 1:
            when = "yesterday"
        else:
            when = f"{days} days ago"
        if days >= INVITE_AFTER_DAYS:
            return f"Last check-in: {when} — a new one is welcome (press c)."
        return f"Last check-in: {when}."


def promises_this_week(documents: Mapping[str, Document], today: date) -> str:
    """This week's promises and their record, as plain lines, for the promises question.

    Covers the seven days ending today, for every active promise: how many due days were
    kept, and how many still have no record (never a list of failures). "" when there are
    no active promises; the question then stands alone.
    """
    from datetime import timedelta

    from trustroad.promises import schedule
    from trustroad.promises.model import PromisesBook
    from trustroad.storage.files import PROMISES_FILE

    book = documents.get(PROMISES_FILE)
    if not isinstance(book, PromisesBook):  # no promises loaded: none to speak of
        return ""
    active = [p for p in book.promises if p.status == "active"]
    if not active:
        return ""
    first = today - timedelta(days=6)
    checks = schedule.index(book)
    lines = []
    for promise in active:
        if promise.frequency == "whenever":
            marks = [m for m in checks.marks(promise.id) if first <= m.date <= today]
            kept = sum(1 for m in marks if m.kept)
            record = (
                f"kept {kept} of {len(marks)} time{'s' if len(marks) != 1 else ''} it came up"
                if marks
                else "it did not come up, or has no record yet"
            )
        else:
            due = list(schedule.due_dates(promise, first, today))
            records = [checks.on(promise.id, day) for day in due]
            kept = sum(1 for m in records if m is not None and m.kept)
            open_days = sum(1 for m in records if m is None)
            record = f"kept {kept} of {len(due)} due day{'s' if len(due) != 1 else ''}"
            if open_days:
                record += f" ({open_days} without a record yet)"
            if not due:
                record = "not due this week"
        # "Text Maya when I leave work. — kept 6 of 7": a dash reads after a wording's own full stop.
        lines.append(f"• {promise.wording.strip()} — {record}")
    return "\n".join(lines)
