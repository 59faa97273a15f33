"""workbook.json: the person's settings, worksheet answers, ticks and steps done."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.record import Document, Record

Role = Literal["hurt", "broke-trust", "unsaid"]
ROLE_LABELS: dict[str, str] = {
    "hurt": "The partner who was hurt",
    "broke-trust": "The partner who broke trust",
    "unsaid": "I'd rather not say (show every prompt)",
}


def answer_key(step_id: str, prompt_id: str) -> str:
    """Answers and checklist ticks are keyed "step-id/prompt-id" (ids never contain "/")."""
    return f"{step_id}/{prompt_id}"



class Answer(Record):
    text: str = ""
    updated: datetime | None = None
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False


class Workbook(Document):
    """The person's settings, worksheet answers, ticks and steps done."""

    role: Role = "unsaid"
    # The "you are here" marker; the person sets it, the app never moves it.
    current_phase: str | None = None
    theme: Literal["dark", "light"] = "dark"
    # Shown on the therapy summary's header only when the person sets it.
    name: str | None = None
    answers: dict[str, Answer] = Field(default_factory=dict)
    checked: dict[str, bool] = Field(default_factory=dict)
    # step id -> when it was marked done
    done: dict[str, datetime] = Field(default_factory=dict)

    # --- small helpers the TUI and CLI share -------------------------------------------

    def answer_text(self, step_id: str, prompt_id: str) -> str:
        answer = self.answers.get(answer_key(step_id, prompt_id))
        return answer.text if answer else ""

    def set_answer(self, step_id: str, prompt_id: str, text: str) -> bool:
        """Store an answer; returns False when nothing changed (so no save is needed)."""
        key = answer_key(step_id, prompt_id)
        answer = self.answers.get(key)
        if answer is None:
            if not text:
                return False
            answer = self.answers[key] = Answer()
        elif answer.text == text:
            return False
        answer.text = text
        answer.updated = now()
        return True

    def is_shared(self, step_id: str, prompt_id: str) -> bool:
        answer = self.answers.get(answer_key(step_id, prompt_id))
        return bool(answer and answer.share)

    def set_shared(self, step_id: str, prompt_id: str, value: bool) -> bool:
        """Mark an answer for the therapy summary (or not); returns False when nothing changed."""
        key = answer_key(step_id, prompt_id)
        answer = self.answers.get(key)
        if answer is None:
            if not value:
                return False
            answer = self.answers[key] = Answer()
        if answer.share == value:
            return False
        answer.share = value
        return True

    def is_checked(self, step_id: str, item_id: str) -> bool:
        return self.checked.get(answer_key(step_id, item_id), False)

    def set_checked(self, step_id: str, item_id: str, value: bool) -> None:
        key = answer_key(step_id, item_id)
        if value:
            self.checked[key] = True
        else:
            self.checked.pop(key, None)

    def is_done(self, step_id: str) -> bool:
        return step_id in self.done

    def set_done(self, step_id: str, value: bool) -> None:
        if value:
            self.done.setdefault(step_id, now())
        else:
            self.done.pop(step_id, None)
