"""What a letter holds once opened: only the items the writer chose to send since the last letter.

The body is JSON inside the sealed envelope (envelope.py). Every list may be empty; an item
sent again replaces the earlier copy on the partner's side. Nothing here is a person's private
workbook: each field is something its writer switched "send to my partner" on for.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from trustroad.storage.ranges import Day, Id
from trustroad.storage.record import Record

BODY_FORMAT = 1

# An agreement's writer says yes to this wording and review date, pauses it, or has ended it.
Stance = Literal["yes", "pause", "ended"]


class AgreementNote(Record):
    id: Id
    topic: str = "other"
    title: str = ""
    wording: str = ""
    review_on: Day
    stance: Stance = "yes"

    def same_terms(self, other: AgreementNote) -> bool:
        """The same words and review date: what both partners must say yes to."""
        return (self.title, self.wording, self.review_on) == (other.title, other.wording, other.review_on)


class PromiseNote(Record):
    """A promise its maker sends, with the maker's own record of keeping it."""

    id: Id
    wording: str = ""
    schedule: str = ""  # in words, as the promises screen says it
    status: str = "active"
    kept: dict[Day, bool] = Field(default_factory=dict)  # as recorded by its maker


class SeenNote(Record):
    """What the partner a promise was made to saw on one day."""

    promise_id: Id
    on: Day
    seen: bool  # True: "I saw it kept"; False: "I didn't see it this time"


class CheckInNote(Record):
    week: Day  # the Monday of the check-in's week
    safety: int | None = Field(default=None, ge=0, le=10)
    connection: int | None = Field(default=None, ge=0, le=10)


class SharedStoryNote(Record):
    """ "The story we can both live with": a draft, and whether its sender says yes to it."""

    wording: str
    yes: bool = False


class LetterBody(Record):
    format: int = Field(default=BODY_FORMAT, ge=1, le=BODY_FORMAT)
    written_on: Day
    agreements: list[AgreementNote] = Field(default_factory=list)
    promises: list[PromiseNote] = Field(default_factory=list)
    seen: list[SeenNote] = Field(default_factory=list)
    checkins: list[CheckInNote] = Field(default_factory=list)
    story: str | None = None  # the writer's own account of how this happened
    shared_story: SharedStoryNote | None = None
    agenda: list[str] | None = None  # the writer's open agenda items, the whole list each time

    def is_empty(self) -> bool:
        return not (
            self.agreements
            or self.promises
            or self.seen
            or self.checkins
            or self.story is not None
            or self.shared_story is not None
            or self.agenda is not None
        )
