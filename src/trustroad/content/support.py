"""The support place's texts as models: the private safety check, where to turn, the
when-to-seek-support self-check and the grounding card (issue 13).

Layout: content/support/safety-check.yaml, resources.yaml, self-check.yaml, grounding.yaml.
A therapist's pack replaces any of them by holding a file of the same name (support/loader.py).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from trustroad.content.strict import ID_PATTERN, Strict


def _unique_ids(entries: tuple[Strict, ...], what: str) -> None:
    seen: set[str] = set()
    for entry in entries:
        entry_id = getattr(entry, "id", "")
        if entry_id in seen:
            raise ValueError(f"{what} id '{entry_id}' is used twice")
        seen.add(entry_id)


class SafetyQuestion(Strict):
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    # "safety": an answer other than "no" is a concern for the person's safety; "ongoing": the
    # breach (the affair, contact, spending or use) may still be going on.
    kind: Literal["safety", "ongoing"] = "safety"


class SafetyCheckSpec(Strict):
    title: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    questions: tuple[SafetyQuestion, ...] = Field(min_length=1)
    reminder_phases: tuple[str, ...] = ()  # phase ids; checked against the road map by the loader
    offered_in: str | None = None  # a phase id
    concern: str = Field(min_length=1)  # the safety screen's opening words
    ongoing: str = Field(min_length=1)  # why couples work rarely helps while it goes on
    reminder: str = Field(min_length=1)  # the gentle reminder on later phases
    all_clear: str = Field(min_length=1)  # said when nothing answered is a concern

    @model_validator(mode="after")
    def _ids(self) -> SafetyCheckSpec:
        _unique_ids(self.questions, "question")
        return self


class Resource(Strict):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class ResourcesSpec(Strict):
    """Where to turn: the first resource is the one for danger right now (the emergency number)."""

    title: str = Field(min_length=1)
    resources: tuple[Resource, ...] = Field(min_length=1)


class Sign(Strict):
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)


class SelfCheckSpec(Strict):
    title: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    signs: tuple[Sign, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids(self) -> SelfCheckSpec:
        _unique_ids(self.signs, "sign")
        return self


class GroundingSpec(Strict):
    title: str = Field(min_length=1)
    steps: tuple[str, ...] = Field(min_length=1)
    time_out: str = Field(min_length=1)  # shown before the person's own time-out phrase
    no_time_out: str = Field(min_length=1)  # shown when they have no time-out agreement
    closing: str = ""
    # One or two lines at the top of the support place, so that ctrl+g alone shows the essentials
    # (tui/widgets/grounding_glance.py); a pack without it shows its first step there instead.
    short: str = ""


class SupportContent(BaseModel):
    """Every support text that was found; a content folder without them has None there."""

    # defer_build, as for every content model (strict.py): built when first used, not when imported.
    # Built at import, it made a validator of its own that a start never uses: the content cache's
    # reader (content/cache.py) validates the support texts as part of the whole Content.
    model_config = ConfigDict(frozen=True, defer_build=True)

    safety_check: SafetyCheckSpec | None = None
    resources: ResourcesSpec | None = None
    self_check: SelfCheckSpec | None = None
    grounding: GroundingSpec | None = None
