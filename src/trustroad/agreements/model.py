"""Short-term agreements of the Stabilize phase: wording, status, review date and history.

Operations are methods on the documents (no Textual). The TUI edits an `Agreement` through
them so that every status change is written into its history.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.ranges import Day, Id, Moment, UniqueIds
from trustroad.storage.record import Document, Record

if TYPE_CHECKING:  # content (and yaml) is not needed to load agreements.json
    from trustroad.content.model import AgreementTemplate


# The same statuses as agreements.Status (a Literal needs them spelled out; a test keeps them equal).
STATUSES: tuple[str, ...] = ("proposed", "agreed", "paused", "ended")


STATUS_LABELS: dict[str, str] = {"proposed": "Proposed", "agreed": "Agreed", "paused": "Paused", "ended": "Ended"}


# Only agreements still in use are brought back for review; paused and ended ones wait quietly.
REVIEWABLE: frozenset[str] = frozenset({"proposed", "agreed"})


TOPIC_LABELS: dict[str, str] = {
    "when-how-we-talk": "When and how we talk",
    "time-out-signal": "Time-out signal",
    "fewer-stressors": "Fewer outside pressures",
    "who-is-told": "Who is told",
    "technology-transparency": "Technology and openness",
    "financial-safeguards": "Money safeguards",
    "starting-therapy": "Starting therapy",
    "other": "Our own agreement",
}


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic)


# The same statuses as STATUSES (a Literal needs them spelled out; a test keeps them equal).
Status = Literal["proposed", "agreed", "paused", "ended"]

DEFAULT_REVIEW_DAYS = 14
MAX_REVIEW_DAYS = 365  # as an agreement template allows (content.model.AgreementTemplate)
# Typing changes the wording on every keystroke: edits closer together than this are one history entry.
WORDING_EDIT_WINDOW = timedelta(minutes=30)


class HistoryEntry(Record):
    """One change to an agreement. Never holds the wording itself, only that it changed."""

    at: Moment
    status_from: Status | None = None
    status_to: Status
    change: Literal["created", "status", "wording", "reviewed"] = "status"

    def describe(self) -> str:
        """This change in plain words (no user text in it)."""
        when = self.at.strftime("%Y-%m-%d %H:%M")
        if self.change == "created":
            return f"{when}  written down ({STATUS_LABELS[self.status_to].lower()})"
        if self.change == "wording":
            return f"{when}  wording changed"
        if self.change == "reviewed":
            return f"{when}  looked at again"
        before = STATUS_LABELS.get(self.status_from or "", "—")
        return f"{when}  {before} → {STATUS_LABELS[self.status_to]}"


class Agreement(Record):
    id: Id
    # Kept as plain text so that a topic added by a later version still loads.
    topic: str = "other"
    template_id: str | None = None
    title: str = ""
    wording: str = ""
    status: Status = "proposed"
    review_days: int = Field(default=DEFAULT_REVIEW_DAYS, ge=1, le=MAX_REVIEW_DAYS)
    review_on: Day
    created: Moment
    history: list[HistoryEntry] = Field(default_factory=list)
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False

    @classmethod
    def new(
        cls, template: AgreementTemplate | None = None, today: date | None = None, at: datetime | None = None
    ) -> Agreement:
        """A new proposed agreement, from a template's wording or blank; review after the template's days."""
        at = at or now()
        today = today or at.date()
        days = template.review_days if template else DEFAULT_REVIEW_DAYS
        return cls(
            id=_new_id(),
            topic=template.topic if template else "other",
            template_id=template.id if template else None,
            title=template.title if template else TOPIC_LABELS["other"],
            wording=template.wording if template else "",
            review_days=days,
            review_on=today + timedelta(days=days),
            created=at,
            history=[HistoryEntry(at=at, status_to="proposed", change="created")],
        )

    def set_status(self, status: Status, at: datetime | None = None) -> bool:
        """Change the status and record it; False (and no history) when it is already that status."""
        if status not in STATUSES:
            raise ValueError("unknown agreement status")
        if self.status == status:
            return False
        self.history.append(HistoryEntry(at=at or now(), status_from=self.status, status_to=status))
        self.status = status
        return True

    def edit_wording(self, wording: str, at: datetime | None = None, title: str | None = None) -> bool:
        """Store new wording (and title); note the edit in the history, once per editing session.

        Returns False when nothing changed, so loading text into an editor never counts as an edit.
        """
        title = self.title if title is None else title
        if wording == self.wording and title == self.title:
            return False
        at = at or now()
        self.wording = wording
        self.title = title
        last = self.history[-1] if self.history else None
        if last is not None and last.change == "wording" and at - last.at < WORDING_EDIT_WINDOW:
            last.at = at  # the same sitting: move the note forward rather than add one per keystroke
        else:
            self.history.append(HistoryEntry(at=at, status_from=self.status, status_to=self.status, change="wording"))
        return True

    def mark_reviewed(self, today: date | None = None, at: datetime | None = None) -> None:
        """The couple looked at it again: the next review is review_days from today."""
        at = at or now()
        today = today or at.date()
        self.review_on = today + timedelta(days=self.review_days)
        self.history.append(HistoryEntry(at=at, status_from=self.status, status_to=self.status, change="reviewed"))

    def set_review_on(self, day: date) -> bool:
        """Move the next review to a chosen day; False when it is already that day."""
        if self.review_on == day:
            return False
        self.review_on = day
        return True

    def set_share(self, value: bool) -> bool:
        """Mark it for the therapy summary (or not); False when nothing changed."""
        if self.share == value:
            return False
        self.share = value
        return True

    def is_due(self, today: date) -> bool:
        return self.status in REVIEWABLE and self.review_on <= today

    def review_phrase(self, today: date) -> str:
        """'review today', 'review was due 3 days ago', 'review in 5 days' or 'no review while paused'."""
        if self.status not in REVIEWABLE:
            return f"no review while {self.status}"
        days = (self.review_on - today).days
        if days == 0:
            return "ready for a review today"
        if days < 0:
            return f"ready for a review (since {self.review_on.isoformat()})"
        return f"review on {self.review_on.isoformat()}" + (" (tomorrow)" if days == 1 else f" (in {days} days)")


class Agreements(Document):
    """agreements.json: the person's agreements, oldest first."""

    agreements: UniqueIds[Agreement] = Field(default_factory=list)

    def get(self, agreement_id: str) -> Agreement | None:
        return next((a for a in self.agreements if a.id == agreement_id), None)

    def add(self, agreement: Agreement) -> Agreement:
        self.agreements.append(agreement)
        return agreement

    def due_for_review(self, today: date) -> list[Agreement]:
        """Proposed or agreed agreements whose review date is today or already past, earliest first."""
        return sorted((a for a in self.agreements if a.is_due(today)), key=lambda a: a.review_on)


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def parse_review_date(text: str, today: date) -> date | None:
    """A review date typed as YYYY-MM-DD; None unless it is a real date from today on."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return day if day >= today and len(text.strip()) == 10 else None
