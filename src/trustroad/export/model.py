"""The shape of a therapy summary, independent of any output format.

Section builders turn a feature's data into these few parts; each renderer knows
how to draw every part, so a new feature needs no renderer changes. Every `str`
field that can hold a person's words is plain text: renderers escape it.

The classes are written out rather than made with dataclasses: importing dataclasses
(it pulls in inspect) and building the classes took about a twentieth of a whole
`trustroad export`. `_Fields` gives them a dataclass's equality and repr.
"""

from __future__ import annotations

from datetime import date, datetime


class _Fields:
    """Equality and repr over the fields named in __slots__, as a dataclass has."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  (mutable, like a dataclass)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Period(_Fields):
    """Inclusive dates; None means open-ended ("everything"). Immutable and hashable."""

    __slots__ = ("start", "end")
    start: date | None
    end: date | None

    def __init__(self, start: date | None = None, end: date | None = None) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Period is immutable: cannot set {name}")

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __reduce__(self):  # copy and pickle build a new Period rather than set its fields
        return (Period, (self.start, self.end))

    def contains(self, when: date | datetime | None) -> bool:
        if when is None:
            return self.start is None and self.end is None
        day = when.date() if isinstance(when, datetime) else when
        if self.start and day < self.start:
            return False
        if self.end and day > self.end:
            return False
        return True

    @property
    def label(self) -> str:
        if self.start and self.end:
            return f"{self.start.isoformat()} to {self.end.isoformat()}"
        if self.start:
            return f"since {self.start.isoformat()}"
        if self.end:
            return f"everything up to {self.end.isoformat()}"
        return "everything so far"


class Para(_Fields):
    """A paragraph. `muted` for explanations the app wrote (not the person)."""

    __slots__ = ("text", "muted")

    def __init__(self, text: str, muted: bool = False) -> None:
        self.text = text
        self.muted = muted


class Heading(_Fields):
    """A sub-heading inside a section (a step title, a month …)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class Entry(_Fields):
    """A titled piece of the person's writing: an answer under its prompt, a journal entry under its date."""

    __slots__ = ("title", "text", "meta")

    def __init__(self, title: str, text: str, meta: str = "") -> None:
        self.title = title
        self.text = text
        self.meta = meta


class Bullets(_Fields):
    """A list; `checks[i]` is True (ticked), False (open) or None (plain bullet)."""

    __slots__ = ("items", "checks")

    def __init__(self, items: list[str], checks: list[bool | None] | None = None) -> None:
        self.items = items
        self.checks = [] if checks is None else checks

    def check(self, index: int) -> bool | None:
        return self.checks[index] if index < len(self.checks) else None


class Table(_Fields):
    __slots__ = ("headers", "rows")

    def __init__(self, headers: list[str], rows: list[list[str]]) -> None:
        self.headers = headers
        self.rows = rows


class Chart(_Fields):
    """A small line chart (intensity, ratings …) over labelled points, on a fixed scale.

    `table`: Markdown shows the values as a table too, unless the section already has one.
    """

    __slots__ = ("title", "labels", "values", "low", "high", "unit", "table")

    def __init__(
        self, title: str, labels: list[str], values: list[float], low: float, high: float,
        unit: str = "", table: bool = True,
    ) -> None:
        self.title = title
        self.labels = labels
        self.values = values
        self.low = low
        self.high = high
        self.unit = unit
        self.table = table


Part = Para | Heading | Entry | Bullets | Table | Chart


class Section(_Fields):
    __slots__ = ("key", "title", "parts")

    def __init__(self, key: str, title: str, parts: list[Part] | None = None) -> None:
        self.key = key
        self.title = title
        self.parts = [] if parts is None else parts


class Summary(_Fields):
    __slots__ = ("title", "period", "made_on", "name", "privacy", "sections")

    def __init__(
        self, title: str, period: Period, made_on: date, name: str | None, privacy: str, sections: list[Section],
    ) -> None:
        self.title = title
        self.period = period
        self.made_on = made_on
        self.name = name
        self.privacy = privacy
        self.sections = sections

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
