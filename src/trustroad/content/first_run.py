"""first-run/welcome.yaml: the words of the welcome a new workbook folder opens on.

Six pages: what trustroad is, privacy first, which partner, what kind of rupture, where the
person is (which sets "I am here"), and a last page. The choices' ids are trustroad's own (the
roles, content/kinds.py's kinds, phase ids); a therapist's pack can reword every line.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from trustroad.content.kinds import RUPTURE_KINDS
from trustroad.content.strict import ID_PATTERN, Strict

FIRST_RUN_FILE = Path("first-run") / "welcome.yaml"
ROLES = ("hurt", "broke-trust", "unsaid")  # workbook/model.py's roles, in the order offered


class Choice(Strict):
    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)


class PrivacyChoice(Choice):
    advice: str = Field(min_length=1)  # shown once this answer is chosen


class StageChoice(Choice):
    phase: str = Field(pattern=ID_PATTERN)  # the phase this answer marks "I am here"


def _unique(choices: tuple[Choice, ...]) -> None:
    ids = [choice.id for choice in choices]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise ValueError(f"choice id '{twice[0]}' is used twice")


def _exactly(choices: tuple[Choice, ...], expected: tuple[str, ...], what: str) -> None:
    _unique(choices)
    ids = {choice.id for choice in choices}
    unknown = sorted(ids - set(expected))
    if unknown:
        raise ValueError(f"unknown {what} '{unknown[0]}'; the {what}s are: {', '.join(expected)}")
    missing = [i for i in expected if i not in ids]
    if missing:
        raise ValueError(f"no wording for the {what} '{missing[0]}'; every one needs a label")


class AboutPage(Strict):
    title: str = Field(min_length=1)
    lines: tuple[str, ...] = Field(min_length=1, max_length=3)  # three short lines at most


class PrivacyPage(Strict):
    title: str = Field(min_length=1)
    question: str = Field(min_length=1)
    choices: tuple[PrivacyChoice, ...] = Field(min_length=1)
    partners: str = Field(min_length=1)  # each partner keeps their own workbook
    folder: str = Field(min_length=1)  # said before the data folder's path
    encrypt: str = Field(min_length=1)  # the button that turns encryption on
    encrypted: str = Field(min_length=1)  # said instead when it already is

    @model_validator(mode="after")
    def _ids(self) -> PrivacyPage:
        _unique(self.choices)
        return self


class RolePage(Strict):
    title: str = Field(min_length=1)
    help: str = Field(min_length=1)
    choices: tuple[Choice, ...]

    @model_validator(mode="after")
    def _ids(self) -> RolePage:
        _exactly(self.choices, ROLES, "role")
        return self


class KindsPage(Strict):
    title: str = Field(min_length=1)
    help: str = Field(min_length=1)
    choices: tuple[Choice, ...]

    @model_validator(mode="after")
    def _ids(self) -> KindsPage:
        _exactly(self.choices, RUPTURE_KINDS, "rupture kind")
        return self

    def label(self, kind: str) -> str:
        return next((c.label for c in self.choices if c.id == kind), kind)


class StagePage(Strict):
    title: str = Field(min_length=1)
    help: str = Field(min_length=1)
    choices: tuple[StageChoice, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids(self) -> StagePage:
        _unique(self.choices)
        return self


class LastPage(Strict):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    safety_check: str = Field(min_length=1)  # the button that opens the private safety check
    start: str = Field(min_length=1)  # the button that finishes the welcome


class FirstRunSpec(Strict):
    about: AboutPage
    privacy: PrivacyPage
    role: RolePage
    kinds: KindsPage
    stage: StagePage
    last: LastPage
