"""The shape of a therapy summary, independent of any output format.

Section builders turn a feature's data into these few parts; each renderer knows
how to draw every part, so a new feature needs no renderer changes. Every `str`
field that can hold a person's words is plain text: renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive dates; None means open-ended ("everything")."""

    start: date | None = None
    end: date | None = None

    def contains(self, when: date | datetime | None) -> bool:
        if when is None:
            return self.start is None and self.end is None
        day = when.date() if isinstance(when, datetime) else when
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    @property
    def label(self) -> str:
        if self.start and self.end:
            return f"{self.start.isoformat()} to {self.end.isoformat()}"
        if self.start:
            return f"since {self.start.isoformat()}"
        if self.end:
            return f"everything up to {self.end.isoformat()}"
        return "everything so far"


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph. `muted` for explanations the app wrote (not the person)."""

    text: str
    muted: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    """A sub-heading inside a section (a step title, a month …)."""

    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A titled piece of the person's writing: an answer under its prompt, a journal entry under its date."""

    title: str
    text: str
    meta: str = ""


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list; `checks[i]` is True (ticked), False (open) or None (plain bullet)."""

    items: list[str]
    checks: list[bool | None] = field(default_factory=list)

    def check(self, index: int) -> bool | None:
        return self.checks[index] if index < len(self.checks) else None


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True, slots=True)
class Chart:
    """A small line chart (intensity, ratings …) over labelled points, on a fixed scale.

    `table`: Markdown shows the values as a table too, unless the section already has one.
    """

    title: str
    labels: list[str]
    values: list[float]
    low: float
    high: float
    unit: str = ""
    table: bool = True


Part = Para | Heading | Entry | Bullets | Table | Chart


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    parts: list[Part] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Summary:
    title: str
    period: Period
    made_on: date
    name: str | None
    privacy: str
    sections: list[Section]
    whole: bool = False  # "my whole workbook" (everything, private), not the therapy summary

    @property
    def footer(self) -> str:
        """What every printed page says at its foot."""
        return "PRIVATE — my whole workbook, not for sharing" if self.whole else "Private — therapy summary"

    def texts(self) -> list[str]:
        """Every string in the summary (used to find characters a PDF font cannot draw)."""
        out = [self.title, self.period.label, self.privacy, self.name or ""]
        for section in self.sections:
            out.append(section.title)
            for part in section.parts:
                if isinstance(part, (Para, Heading)):
                    out.append(part.text)
                elif isinstance(part, Entry):
                    out += [part.title, part.text, part.meta]
                elif isinstance(part, Bullets):
                    out += part.items
                elif isinstance(part, Table):
                    out += part.headers + [cell for row in part.rows for cell in row]
                elif isinstance(part, Chart):
                    out += [part.title, part.unit, *part.labels]
        return out
