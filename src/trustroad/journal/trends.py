"""Is the intensity coming down? Daily means from journal entries, and an honest reading.

Pure functions over (day, value) points; `today` is always passed in so tests can pin it.
A day is the calendar day the person was living when they wrote (the entry's own offset),
so an entry written at 23:30 while travelling still counts for the evening it belongs to.
Days without entries are gaps (None), never zeros: no entry is not the same as calm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import takewhile

from trustroad.journal.model import Entry

WINDOW = 30
TOLERANCE = 0.5  # points on the 0–10 scale; smaller differences read as "about the same"
MIN_DAYS = 3  # days with data needed in each window before we say anything

LOWER = "lower than the 30 days before"
SAME = "about the same"
HIGHER = "higher than the 30 days before"
TOO_FEW = "not enough days with an intensity yet to see a trend"

Point = tuple[date, float]


def since(entries: Sequence[Entry], first: date, *, newest_first: bool = False) -> list[Entry]:
    """The entries of the days from `first` on, oldest first.

    `newest_first`: the entries are sorted newest first (the journal's index), so the scan
    stops soon after the window instead of reading ten years of entries. It reads two days
    past the window's first day before stopping: an entry's day is in its own offset, which
    can put it a day away from the order of the instants the list is sorted by.
    """
    if newest_first:
        margin = first - timedelta(days=2)
        window = list(takewhile(lambda e: e.written.date() >= margin, entries))
        return [e for e in reversed(window) if e.written.date() >= first]
    return [e for e in entries if e.written.date() >= first]


def intensity_points(entries: Iterable[Entry]) -> list[Point]:
    """(day, intensity) for every entry that has one."""
    return [(e.written.date(), e.intensity) for e in entries if e.intensity is not None]


def after_talk_points(entries: Iterable[Entry]) -> list[Point]:
    """(day, intensity after the talk) for rupture-talk entries that recorded it."""
    return [
        (e.written.date(), e.talk.intensity_after)
        for e in entries
        if e.kind == "rupture-talk" and e.talk is not None and e.talk.intensity_after is not None
    ]


def daily_means(points: Iterable[Point], today: date, days: int) -> list[float | None]:
    """One value per day for the `days` days ending with today (oldest first); None = no entry."""
    first = today - timedelta(days=days - 1)
    sums = [0.0] * days
    counts = [0] * days
    for day, value in points:
        index = (day - first).days
        if 0 <= index < days:
            sums[index] += value
            counts[index] += 1
    return [s / c if c else None for s, c in zip(sums, counts, strict=True)]


@dataclass(frozen=True)
class Reading:
    text: str  # one of LOWER, SAME, HIGHER, TOO_FEW
    recent: float | None  # mean of the daily means, last 30 days
    before: float | None  # the same, the 30 days before that
    recent_days: int  # days with data in each window
    before_days: int

    @property
    def enough(self) -> bool:
        return self.text != TOO_FEW

    @property
    def shown(self) -> str:
        """The reading in words; without a trend, what one needs and how far there is to go."""
        if self.enough:
            return self.text
        # The last 30 days are compared with the 30 before: each needs a few days with an
        # intensity. Say which is short: "3 needed, 10 so far" read as if 10 were not enough.
        # Short: in the journal it follows "Last 30 days: ", under the sparklines' labels.
        recent, before = self.recent_days, self.before_days
        if recent < MIN_DAYS and before < MIN_DAYS:
            return f"no trend yet: {recent} of {MIN_DAYS} days; the 30 before: {before} of {MIN_DAYS}"
        if recent < MIN_DAYS:
            return f"no trend yet: {recent} of {MIN_DAYS} days needed"
        return f"no trend yet: the 30 days before have {before} of {MIN_DAYS}"


def _mean_of_days(values: list[float | None]) -> tuple[float | None, int]:
    present = [v for v in values if v is not None]
    return (sum(present) / len(present) if present else None), len(present)


def reading(points: Iterable[Point], today: date) -> Reading:
    """Compare the last 30 days with the 30 before, each day weighing the same."""
    both = daily_means(points, today, 2 * WINDOW)
    before, before_days = _mean_of_days(both[:WINDOW])
    recent, recent_days = _mean_of_days(both[WINDOW:])
    # A mean is None only with no days at all, which MIN_DAYS already rules out.
    if recent is None or before is None or recent_days < MIN_DAYS or before_days < MIN_DAYS:
        text = TOO_FEW
    elif recent - before <= -TOLERANCE:
        text = LOWER
    elif recent - before >= TOLERANCE:
        text = HIGHER
    else:
        text = SAME
    return Reading(text, recent, before, recent_days, before_days)


def bucket(values: list[float | None], size: int) -> list[float | None]:
    """Means of `size` consecutive days (a 90-day series in 30 columns); gaps stay gaps."""
    out: list[float | None] = []
    for start in range(0, len(values), size):
        mean, count = _mean_of_days(values[start : start + size])
        out.append(mean if count else None)
    return out
