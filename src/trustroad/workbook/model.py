"""workbook.json: the person's settings, worksheet answers, ticks and steps done."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, cast

from pydantic import Field

from trustroad.clock import now
from trustroad.content.kinds import RUPTURE_KINDS, RuptureKind
from trustroad.storage.ranges import Moment
from trustroad.storage.record import Document, Record
from trustroad.workbook.ledger import Ledger
from trustroad.workbook.safety_check import SafetyCheck

Role = Literal["hurt", "broke-trust", "unsaid"]
Theme = Literal["dark", "light"]
# The words are content's (first-run/welcome.yaml, shown by the welcome and Settings); these
# are used only by a content folder without a welcome, worded the same blame-free way.
ROLE_LABELS: dict[str, str] = {
    "hurt": "I'm the partner who was hurt by what happened",
    "broke-trust": "I'm the partner whose actions broke the trust",
    "unsaid": "I'd rather not say (you'll see every question)",
}


THEMES: tuple[str, ...] = ("dark", "light")
IDLE_LOCK_RANGE = (1, 240)  # minutes


def answer_key(step_id: str, prompt_id: str) -> str:
    """Answers and checklist ticks are keyed "step-id/prompt-id" (ids never contain "/")."""
    return f"{step_id}/{prompt_id}"


class Answer(Record):
    text: str = ""
    updated: Moment | None = None
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False


class Workbook(Document):
    """The person's settings, worksheet answers, ticks and steps done."""

    role: Role = "unsaid"
    # The "you are here" marker; the person sets it, the app never moves it.
    current_phase: str | None = None
    theme: Theme = "dark"
    # Shown on the therapy summary's header only when the person sets it.
    name: str | None = None
    # Hide the window after this many minutes without a key or the mouse; None: never.
    idle_lock_minutes: int | None = Field(default=5, ge=IDLE_LOCK_RANGE[0], le=IDLE_LOCK_RANGE[1], strict=True)
    # The terminal's title says "notes" for the whole session, not only while hidden.
    neutral_title: bool = Field(default=False, strict=True)
    answers: dict[str, Answer] = Field(default_factory=dict)
    checked: dict[str, bool] = Field(default_factory=dict)
    # step id -> when it was marked done
    done: dict[str, Moment] = Field(default_factory=dict)
    # What kind of rupture the person named (content/kinds.py): steps for it come first.
    rupture_kinds: list[RuptureKind] = Field(default_factory=list)
    # When the welcome was finished or skipped; None: the next start shows it (tui/screens/first_run.py).
    first_run_done: Moment | None = None
    # The private safety check's latest answers (issue 13); never exported unless shared.
    safety_check: SafetyCheck = Field(default_factory=SafetyCheck)
    # step id -> a "ledger" step's list (the question ledger); absent in older files.
    ledgers: dict[str, Ledger] = Field(default_factory=dict)

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

    def set_checked(self, step_id: str, item_id: str, value: bool) -> bool:
        """Tick or untick a checklist item; returns False when nothing changed."""
        key = answer_key(step_id, item_id)
        if not value:
            return self.checked.pop(key, None) is not None
        if self.checked.get(key) is True:
            return False
        self.checked[key] = True
        return True

    def ledger(self, step_id: str) -> Ledger:
        """A ledger step's list, made empty the first time it is needed."""
        return self.ledgers.setdefault(step_id, Ledger())

    def is_done(self, step_id: str) -> bool:
        return step_id in self.done

    def set_done(self, step_id: str, value: bool) -> bool:
        """Mark a step done (keeping the first time it was) or not; returns False when nothing changed."""
        if value == (step_id in self.done):
            return False
        if value:
            self.done[step_id] = now()
        else:
            del self.done[step_id]
        return True

    # --- settings the person chooses -------------------------------------------------------

    def set_role(self, role: str) -> bool:
        """Which partner the person is (it decides which prompts show); False when unchanged."""
        if role not in ROLE_LABELS:
            raise ValueError("unknown role")
        if role == self.role:
            return False
        self.role = cast(Role, role)  # one of ROLE_LABELS, checked above
        return True

    def set_current_phase(self, phase_id: str | None) -> bool:
        """Move the "you are here" marker (None: not set); False when unchanged."""
        if phase_id == self.current_phase:
            return False
        self.current_phase = phase_id
        return True

    def set_theme(self, theme: str) -> bool:
        if theme not in THEMES:
            raise ValueError("unknown theme")
        if theme == self.theme:
            return False
        self.theme = cast(Theme, theme)  # one of THEMES, checked above
        return True

    def set_idle_lock(self, minutes: int | None) -> bool:
        """Minutes without a key or the mouse before the window hides (None: never); False when unchanged."""
        low, high = IDLE_LOCK_RANGE
        if minutes is not None and not low <= minutes <= high:
            raise ValueError(f"the idle lock is {low} to {high} minutes, or off")
        if minutes == self.idle_lock_minutes:
            return False
        self.idle_lock_minutes = minutes
        return True

    def set_neutral_title(self, value: bool) -> bool:
        """Whether the terminal's title says "notes" all the time; False when unchanged."""
        if value == self.neutral_title:
            return False
        self.neutral_title = value
        return True

    def set_name(self, name: str | None) -> bool:
        """The name on the therapy summary's header; blank means none. False when unchanged."""
        name = (name or "").strip() or None
        if name == self.name:
            return False
        self.name = name
        return True

    def set_rupture_kinds(self, kinds: Iterable[str]) -> bool:
        """The kinds of rupture the person names (any, or none); False when unchanged."""
        chosen = set(kinds)
        if chosen - set(RUPTURE_KINDS):
            raise ValueError("unknown rupture kind")
        ordered = [kind for kind in RUPTURE_KINDS if kind in chosen]
        if ordered == self.rupture_kinds:
            return False
        self.rupture_kinds = ordered  # type: ignore[assignment]  # checked against RUPTURE_KINDS above
        return True

    @property
    def needs_first_run(self) -> bool:
        return self.first_run_done is None

    def finish_first_run(
        self, *, role: str | None = None, kinds: Iterable[str] | None = None, phase_id: str | None = None
    ) -> bool:
        """Keep the welcome's answers (None: not answered, left as it is) and note that it is
        finished, the first time only. False when nothing changed (a revisit that changed nothing)."""
        changed = False
        if role is not None:
            changed |= self.set_role(role)
        if kinds is not None:
            changed |= self.set_rupture_kinds(kinds)
        if phase_id is not None:
            changed |= self.set_current_phase(phase_id)
        if self.first_run_done is None:
            self.first_run_done = now()
            changed = True
        return changed
