"""The person's workbook as pydantic models.

Every model keeps fields it does not know (`extra="allow"`), so a file written
by a newer minor version, or edited by hand, survives a load and save unchanged.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from trustroad import no_plugins
from trustroad.schema import SCHEMA_VERSION  # noqa: F401  (re-exported: models.SCHEMA_VERSION)
from trustroad.workbook_terms import answer_key

# Before any model validates: no third-party pydantic plugin sees what a person wrote.
no_plugins.disable()

Role = Literal["hurt", "broke-trust", "unsaid"]
ROLE_LABELS: dict[str, str] = {
    "hurt": "The partner who was hurt",
    "broke-trust": "The partner who broke trust",
    "unsaid": "I'd rather not say (show every prompt)",
}


def now() -> datetime:
    return datetime.now(timezone.utc).astimezone()


# Default factories for list and dict fields. Python functions rather than the builtins
# `list` and `dict` on purpose: pydantic reads a default factory's signature when it builds a
# model's validator, and for a builtin that means parsing its text signature (about 3 ms the
# first time, then a little per field, at every start that has data to load).
def new_list() -> list:
    return []


def new_dict() -> dict:
    return {}


class Record(BaseModel):
    # defer_build: a model's validator is built the first time it is used, not at import,
    # so start-up pays only for the files that exist (measured in bench/bench_startup.py).
    model_config = ConfigDict(extra="allow", validate_assignment=False, defer_build=True)


class Document(Record):
    """The root of one data file. Each file carries its own format version."""

    # Strict: "1" or true are not a version; the store explains such a file instead.
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)
    # Written indented for a person who looks inside, or compact for files that grow large
    # (the journal, the promise records): half the time to write, less to read at start-up.
    COMPACT: ClassVar[bool] = False


class Answer(Record):
    text: str = ""
    updated: datetime | None = None
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False


class Workbook(Document):
    """workbook.json: the person's settings, worksheet answers, ticks and done steps."""

    role: Role = "unsaid"
    # The "you are here" marker; the person sets it, the app never moves it.
    current_phase: str | None = None
    theme: Literal["dark", "light"] = "dark"
    # Shown on the therapy summary's header only when the person sets it.
    name: str | None = None
    answers: dict[str, Answer] = Field(default_factory=new_dict)
    checked: dict[str, bool] = Field(default_factory=new_dict)
    # step id -> when it was marked done
    done: dict[str, datetime] = Field(default_factory=new_dict)

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
