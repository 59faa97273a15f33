"""How quickly repair happens: a missed promise owned up to, a setback talked through.

Rebuilding is not linear; what changes over time is how soon the two of you find your way
back after a hard moment. These pure functions measure that, gently: only repairs that
happened are counted, and nothing here is about how many things went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:  # types only: the therapy summary describes repair times without pydantic
    from trustroad.promises.model import PromisesBook

RECENT_DAYS = 90


class RepairTime(NamedTuple):  # a named tuple: there can be thousands, built often
    source: Literal["check", "setback"]
    repaired_on: date
    took: timedelta


def check_repair_time(mark_date: date, owned_up_on: date | datetime) -> timedelta:
    """A missed check-in is about a day, not a moment: count whole days (same day = 0)."""
    day = owned_up_on.date() if isinstance(owned_up_on, datetime) else owned_up_on
    return max(timedelta(days=(day - mark_date).days), timedelta(0))


def repair_times(book: PromisesBook) -> list[RepairTime]:
    times: list[RepairTime] = []
    for mark in book.checkmarks:
        if mark.repair is not None and not mark.kept:
            times.append(RepairTime("check", mark.repair.day, check_repair_time(mark.date, mark.repair.owned_up_on)))
    for setback in book.setbacks:
        took = setback.time_to_repair
        if took is not None and setback.repaired_at is not None:
            times.append(RepairTime("setback", setback.repaired_at.date(), took))
    times.sort(key=lambda t: t.repaired_on)
    return times


@dataclass(frozen=True)
class RepairTrend:
    recent: timedelta | None  # median over the last 90 days
    recent_count: int
    before: timedelta | None  # median over everything earlier
    before_count: int

    def lines(self) -> list[str]:
        if self.recent is None and self.before is None:
            return ["No repairs recorded yet. When you talk something through, note it here."]
        lines = []
        if self.recent is not None:
            lines.append(
                f"Time to repair, last {RECENT_DAYS} days: {describe(self.recent)} ({_middle_of(self.recent_count)})."
            )
        if self.before is not None:
            lines.append(f"Before that: {describe(self.before)} ({_middle_of(self.before_count)}).")
        if self.recent is not None and self.before is not None and self.recent < self.before:
            lines.append("Repair is happening sooner than it used to.")
        return lines


def _middle_of(count: int) -> str:
    # The figure is a median: "the middle of" only makes sense with more than one.
    return "1 repair" if count == 1 else f"the middle of {count} repairs"


def talked_through(took: timedelta) -> str:
    """A setback's repair in words: "talked through within the hour", "... after about 5 hours"."""
    words = describe(took, whole_days=False)
    return "talked through within the hour" if words == "under an hour" else f"talked through after {words}"


def _median(times: list[timedelta]) -> timedelta:
    # statistics.median's own steps; its types admit only numbers, though timedeltas work.
    ordered = sorted(times)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def repair_trend(book: PromisesBook, today: date, source: str | None = None) -> RepairTrend:
    """Median time to repair in the last 90 days against everything before (optionally one source)."""
    cutoff = today - timedelta(days=RECENT_DAYS)
    recent: list[timedelta] = []
    before: list[timedelta] = []
    for time in repair_times(book):
        if source and time.source != source:
            continue
        (recent if time.repaired_on > cutoff else before).append(time.took)
    return RepairTrend(
        _median(recent) if recent else None,
        len(recent),
        _median(before) if before else None,
        len(before),
    )


def describe(took: timedelta, whole_days: bool = True) -> str:
    """A duration in plain words, rounded the way a person would say it.

    `whole_days`: zero means "the same day" (check-in repairs are counted in days).
    """
    if took <= timedelta(0) and whole_days:
        return "the same day"  # a missed check-in owned up to on its own day
    hours = took.total_seconds() / 3600
    if hours < 1:
        return "under an hour"
    if hours < 24:
        count = round(hours)
        return f"about {count} hour{'s' if count != 1 else ''}"
    days = round(hours / 24)
    return f"about {days} day{'s' if days != 1 else ''}"
