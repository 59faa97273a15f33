"""The private safety check's answers, kept in workbook.json (issue 13).

Only the latest check is kept: it is what the reminder and the safety screen speak from, and a
person who takes it again is saying how things are now. Answers are "no", "unsure" or "yes";
a question left unanswered is simply not in `answers`. Nothing here reaches a therapy summary
unless `share` is on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal, cast

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.ranges import Moment
from trustroad.storage.record import Record

if TYPE_CHECKING:  # content (and yaml) is not needed to load workbook.json
    from trustroad.content.support import SafetyCheckSpec

Reply = Literal["no", "unsure", "yes"]
REPLIES: tuple[str, ...] = ("no", "unsure", "yes")
REPLY_LABELS: dict[str, str] = {"no": "No", "unsure": "Not sure", "yes": "Yes"}


def is_concern(reply: str | None) -> bool:
    """A concern is "yes" or "not sure": a person who cannot say no to a safety question
    deserves the safety screen."""
    return reply in ("unsure", "yes")


class SafetyCheck(Record):
    taken: Moment | None = None  # None: never taken
    answers: dict[str, Reply] = Field(default_factory=dict)  # question id -> reply
    share: bool = False  # off by default: included in a therapy summary only when the person says so
    # The reminder on later phases was put away for this check (a new check brings it back if needed).
    reminder_dismissed: bool = False

    def record(self, answers: Mapping[str, str], share: bool) -> None:
        """A new check, replacing the last: its answers (None or missing: unanswered) and the share choice."""
        kept = {question: reply for question, reply in answers.items() if reply is not None}
        if any(reply not in REPLIES for reply in kept.values()):
            raise ValueError("a safety check answer is no, unsure or yes")
        self.answers = cast(dict[str, Reply], kept)  # every reply one of REPLIES, checked above
        self.taken = now()
        self.share = share
        self.reminder_dismissed = False

    def concerns(self, question_ids: Iterable[str]) -> list[str]:
        """The questions among `question_ids` answered with a concern, in that order."""
        return [q for q in question_ids if is_concern(self.answers.get(q))]

    def concern_kinds(self, spec: SafetyCheckSpec) -> set[str]:
        """The kinds of concern in the latest answers: "safety", "ongoing", both or none."""
        return {q.kind for q in spec.questions if is_concern(self.answers.get(q.id))}

    def shows_reminder(self, spec: SafetyCheckSpec, phase_id: str) -> bool:
        """Whether the gentle reminder belongs on this phase: the latest check has a safety
        concern (or says it is still going on) and the person has not put the reminder away."""
        return phase_id in spec.reminder_phases and not self.reminder_dismissed and bool(self.concern_kinds(spec))

    def set_shared(self, value: bool) -> bool:
        if value == self.share:
            return False
        self.share = value
        return True

    def dismiss_reminder(self) -> bool:
        if self.reminder_dismissed:
            return False
        self.reminder_dismissed = True
        return True
