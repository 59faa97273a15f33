"""The workbook's text as models: phases, steps, prompts, checklists, agreement templates and
the weekly check-in's questions.

Layout of a content folder (built-in or a therapist's own, layered on top):
    phases/<folder>/phase.yaml        a phase or section: id, title, kind, order, purpose, goals
    phases/<folder>/NN-slug.md        one step: front matter + Markdown body
Every problem is reported as `file:line: message`, all of them at once.
See docs/authoring.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from trustroad.content.first_run import FirstRunSpec
from trustroad.content.kinds import KindName, fits
from trustroad.content.strict import ID_PATTERN, Strict
from trustroad.content.support import SupportContent

PromptRole = Literal["hurt", "broke-trust"]


class PromptSpec(Strict):
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    help: str | None = None
    placeholder: str | None = None
    roles: tuple[PromptRole, ...] = ()
    # Show the promise coach live under this answer box (for answers that are promises).
    coach: bool = False
    # Show the accountability helper live under this box (for a statement of responsibility).
    accountability_coach: bool = False

    @model_validator(mode="after")
    def _one_coach(self) -> PromptSpec:
        if self.coach and self.accountability_coach:
            raise ValueError("a prompt can have 'coach' or 'accountability_coach', not both")
        return self

    def shown_to(self, role: str) -> bool:
        return role == "unsaid" or not self.roles or role in self.roles


class ItemSpec(Strict):
    model_config = ConfigDict(serialize_by_alias=True)
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    roles: tuple[PromptRole, ...] = ()
    # `for: [hidden-spending]`: the rupture kinds it is meant for (content/kinds.py); none: everyone.
    # Read as "for" and written back to the content cache as "for" (serialize_by_alias).
    for_kinds: tuple[KindName, ...] = Field(default=(), alias="for")

    def shown_to(self, role: str) -> bool:
        return role == "unsaid" or not self.roles or role in self.roles

    def fits(self, kinds: Iterable[str]) -> bool:
        return fits(self.for_kinds, kinds)


# The seven kinds of short-term agreement the Stabilize phase suggests (issue 3).
AgreementTopic = Literal[
    "when-how-we-talk",
    "time-out-signal",
    "fewer-stressors",
    "who-is-told",
    "technology-transparency",
    "financial-safeguards",
    "starting-therapy",
]


class AgreementTemplate(Strict):
    """A suggested starting wording for one agreement; the person edits it in the Agreements screen."""

    id: str = Field(pattern=ID_PATTERN)
    topic: AgreementTopic
    title: str = Field(min_length=1)
    wording: str = Field(min_length=1)
    review_days: int = Field(default=14, ge=1, le=365)


class LedgerSpec(Strict):
    """What a "ledger" step asks for: a list the person keeps (a question ledger), each item with
    a category and a status (the fixed choices live in workbook/ledger.py)."""

    label: str = Field(min_length=1)
    help: str | None = None
    placeholder: str | None = None
    roles: tuple[PromptRole, ...] = ()

    def shown_to(self, role: str) -> bool:
        return role == "unsaid" or not self.roles or role in self.roles


class StepMeta(Strict):
    model_config = ConfigDict(serialize_by_alias=True)
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    phase: str = Field(pattern=ID_PATTERN)
    kind: Literal["reading", "worksheet", "checklist", "agreements", "ledger"]
    order: int
    summary: str = Field(min_length=1, max_length=90)
    # A reading page that is only information (the safety page): no "mark done", and it does
    # not count toward a phase's progress.
    information_only: bool = False
    prompts: tuple[PromptSpec, ...] = ()
    items: tuple[ItemSpec, ...] = ()
    templates: tuple[AgreementTemplate, ...] = ()
    # `for: [hidden-spending]`: the rupture kinds it is meant for (content/kinds.py); none: everyone.
    # Read as "for" and written back to the content cache as "for" (serialize_by_alias).
    for_kinds: tuple[KindName, ...] = Field(default=(), alias="for")
    ledger: LedgerSpec | None = None

    @model_validator(mode="after")
    def _kind_rules(self) -> StepMeta:
        if self.kind == "worksheet" and not self.prompts:
            raise ValueError("a worksheet needs at least one prompt under 'prompts'")
        if self.kind == "checklist" and not self.items:
            raise ValueError("a checklist needs at least one item under 'items'")
        if self.kind != "worksheet" and self.prompts:
            raise ValueError(f"only worksheets have prompts (this step is a {self.kind})")
        if self.kind != "checklist" and self.items:
            raise ValueError(f"only checklists have items (this step is a {self.kind})")
        if self.kind == "agreements" and not self.templates:
            raise ValueError("an agreements step needs at least one template under 'templates'")
        if self.kind != "agreements" and self.templates:
            raise ValueError(f"only agreements steps have templates (this step is a {self.kind})")
        if self.kind == "ledger" and self.ledger is None:
            raise ValueError("a ledger step needs a 'ledger' section with at least a 'label'")
        if self.kind != "ledger" and self.ledger is not None:
            raise ValueError(f"only ledger steps have a 'ledger' section (this step is a {self.kind})")
        if self.information_only and self.kind != "reading":
            raise ValueError(f"only reading steps can be 'information_only' (this step is a {self.kind})")
        for name, entries in (("prompt", self.prompts), ("item", self.items), ("template", self.templates)):
            seen: set[str] = set()
            for entry in entries:
                if entry.id in seen:
                    raise ValueError(f"{name} id '{entry.id}' is used twice in this step")
                seen.add(entry.id)
        return self


class RatingSpec(Strict):
    label: str = Field(min_length=1)
    help: str | None = None
    low: str = Field(default="0", min_length=1)  # what 0 means, in words
    high: str = Field(default="10", min_length=1)  # what 10 means
    # Shown under the rating when it is `low_at` or lower (the safety rating points to the safety page).
    low_note: str | None = None
    low_at: int = Field(default=3, ge=0, le=10)

    def note_for(self, value: int | None) -> str | None:
        return self.low_note if value is not None and value <= self.low_at else None


class QuestionSpec(Strict):
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    help: str | None = None
    placeholder: str | None = None
    # The question about promises: the check-in lists this week's promises under it, once they exist.
    shows_promises: bool = False


class CheckinSpec(Strict):
    """checkin/weekly.yaml: the weekly check-in's two ratings and its open questions."""

    title: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    safety: RatingSpec
    connection: RatingSpec
    questions: tuple[QuestionSpec, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _question_rules(self) -> CheckinSpec:
        seen: set[str] = set()
        for question in self.questions:
            if question.id in seen:
                raise ValueError(f"question id '{question.id}' is used twice")
            seen.add(question.id)
        if sum(q.shows_promises for q in self.questions) > 1:
            raise ValueError("only one question can have 'shows_promises: true'")
        return self


CHECKIN_FILE = Path("checkin") / "weekly.yaml"


class PhaseMeta(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    kind: Literal["phase", "section"]
    order: int
    purpose: str = Field(min_length=1)
    goals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    meta: StepMeta
    body: str
    source: Path

    # Read-through to the metadata, so screens can say step.title.
    id = property(lambda self: self.meta.id)
    title = property(lambda self: self.meta.title)
    phase = property(lambda self: self.meta.phase)
    kind = property(lambda self: self.meta.kind)
    order = property(lambda self: self.meta.order)
    summary = property(lambda self: self.meta.summary)

    def prompts_for(self, role: str) -> list[PromptSpec]:
        return [p for p in self.meta.prompts if p.shown_to(role)]

    def items_for(self, role: str) -> list[ItemSpec]:
        return [i for i in self.meta.items if i.shown_to(role)]

    def fits(self, kinds: Iterable[str]) -> bool:
        """Whether the step is meant for one of the person's rupture kinds (or for everyone)."""
        return fits(self.meta.for_kinds, kinds)

    @property
    def counts_toward_progress(self) -> bool:
        """False for a page that is only information: nothing to mark done."""
        return not self.meta.information_only

    @property
    def templates(self) -> tuple[AgreementTemplate, ...]:
        return self.meta.templates


@dataclass
class Phase:
    meta: PhaseMeta
    source: Path
    steps: list[Step] = field(default_factory=list)

    id = property(lambda self: self.meta.id)
    title = property(lambda self: self.meta.title)
    kind = property(lambda self: self.meta.kind)
    order = property(lambda self: self.meta.order)
    purpose = property(lambda self: self.meta.purpose)
    goals = property(lambda self: self.meta.goals)


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Content:
    phases: list[Phase]
    # checkin/weekly.yaml; None only for a content folder without one (the built-in has it).
    checkin: CheckinSpec | None = None
    # first-run/welcome.yaml; None only for a content folder without one (the built-in has it).
    first_run: FirstRunSpec | None = None
    # content/support/*.yaml: the safety check, resources, self-check and grounding card (issue 13).
    support: SupportContent | None = None

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def step(self, step_id: str) -> Step | None:
        return next((s for p in self.phases for s in p.steps if s.id == step_id), None)

    def agreement_templates(self) -> list[AgreementTemplate]:
        """Every agreement template, in road-map order."""
        return [t for p in self.phases for s in p.steps for t in s.templates]

    def agreement_template(self, template_id: str) -> AgreementTemplate | None:
        return next((t for t in self.agreement_templates() if t.id == template_id), None)

    @property
    def road_phases(self) -> list[Phase]:
        """The three phases of the road map (sections such as "Start here" are not counted)."""
        return [p for p in self.phases if p.kind == "phase"]


# --- reading files ------------------------------------------------------------------------
