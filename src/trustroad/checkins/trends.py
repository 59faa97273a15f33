"""Check-in ratings over time and the plain trend reading: plain Python, no pydantic.

Kept apart from checkins.py (the models) so that `trustroad export` can chart check-ins
without paying for pydantic at start-up. Works on anything with the check-in's fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple, Protocol


class Rated(Protocol):
    """What the series reads of a check-in (a saved CheckIn has it all)."""

    @property
    def date(self) -> dt.date: ...
    @property
    def created(self) -> dt.datetime: ...
    @property
    def safety(self) -> int | None: ...
    @property
    def connection(self) -> int | None: ...


class RatingPoint(NamedTuple):
    """One check-in's ratings: a named tuple rather than a dataclass, whose import would
    cost `trustroad export` more than charting the check-ins."""

    date: dt.date
    safety: int | None
    connection: int | None


def ratings_series(checkins: Iterable[Rated]) -> list[RatingPoint]:
    """The ratings over time, oldest first, one point per check-in that has at least one rating."""
    ordered = sorted(checkins, key=lambda c: (c.date, c.created))
    return [
        RatingPoint(c.date, c.safety, c.connection) for c in ordered if c.safety is not None or c.connection is not None
    ]


def values(series: list[RatingPoint], which: str) -> list[int]:
    """One rating's values in order, skipping check-ins where it was left out ("safety" or "connection")."""
    return [v for v in (getattr(p, which) for p in series) if v is not None]


def trend_reading(series: list[int], window: int = 3) -> str:
    """An honest, plain reading: the mean of the last few ratings against the few before them."""
    if len(series) < window + 1:
        return "too early to see a trend"
    recent = series[-window:]
    before = series[-2 * window : -window]
    difference = sum(recent) / len(recent) - sum(before) / len(before)
    if difference >= 1:
        return "higher than before"
    if difference <= -1:
        return "lower than before"
    return "about the same as before"
