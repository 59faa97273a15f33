"""Stuck signals: patterns in a person's own notes that outside help could ease (issue 13).

Pure functions over the documents, with `today` passed in. They are said gently and only when
the person asks (on the support place): a signal is an observation, never a verdict. Each
returns None when the pattern is not there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from trustroad.agreements.model import Agreement, Agreements
from trustroad.journal.model import Entry, Journal
from trustroad.promises.model import PromisesBook

REOPENED_TIMES = 3  # an agreement back on the table this often
HIGH = 7  # intensity on the 0-10 scale from which a day reads as high
HIGH_WEEKS = 3  # weeks in a row with a high average
SETBACK_WAIT = timedelta(days=7)  # a setback not repaired after this long is "without repair"
UNREPAIRED_SETBACKS = 2
TAG_WINDOW = timedelta(days=30)
TAG_TIMES = 3  # the same tag on this many high-intensity entries within the window


@dataclass(frozen=True)
class Signal:
    kind: str  # "agreement", "intensity", "setbacks", "tag"
    text: str  # plain words, no person's text but a tag or an agreement title (shown as text)


def times_reopened(agreement: Agreement) -> int:
    """How often a settled agreement came back for discussion: set back to "proposed", or its
    wording changed while it was agreed."""
    return sum(
        1
        for change in agreement.history
        if (change.change == "status" and change.status_to == "proposed" and change.status_from is not None)
        or (change.change == "wording" and change.status_from == "agreed")
    )


def reopened_agreements(agreements: Agreements) -> list[Signal]:
    return [
        Signal(
            "agreement",
            f"The agreement “{agreement.title or 'without a name'}” has been reopened "
            f"{times_reopened(agreement)} times. Something in it may need a different shape, or a "
            "third person to help you find one.",
        )
        for agreement in agreements.agreements
        if agreement.status != "ended" and times_reopened(agreement) >= REOPENED_TIMES
    ]


def weekly_high_streak(entries: Sequence[Entry], today: date) -> int:
    """Weeks in a row, ending with the last seven days, whose journal intensities average HIGH or
    more. A week without an intensity ends the streak: no entry is not the same as calm, but it
    is not evidence of distress either."""
    weeks = 0
    while True:
        last = today - timedelta(days=7 * weeks)
        first = last - timedelta(days=6)
        values = [e.intensity for e in entries if e.intensity is not None and first <= e.day <= last]
        if not values or sum(values) / len(values) < HIGH:
            return weeks
        weeks += 1


def high_intensity(journal: Journal, today: date) -> Signal | None:
    weeks = weekly_high_streak(journal.entries, today)
    if weeks < HIGH_WEEKS:
        return None
    return Signal(
        "intensity",
        f"Your journal's intensity has been high ({HIGH} or more on average) for {weeks} weeks in a row. "
        "That is a lot to carry; a counsellor or your doctor can help carry it.",
    )


def unrepaired_setbacks(promises: PromisesBook, today: date) -> Signal | None:
    waiting = [s for s in promises.setbacks if s.repaired_at is None and today - s.when.date() >= SETBACK_WAIT]
    if len(waiting) < UNREPAIRED_SETBACKS:
        return None
    return Signal(
        "setbacks",
        f"{len(waiting)} setbacks from more than a week ago have no repair noted yet. Repair is often "
        "the hardest part to do alone; a therapist can help you both find a way back.",
    )


def recurring_tags(journal: Journal, today: date) -> list[Signal]:
    first = today - TAG_WINDOW
    counts: Counter[str] = Counter(
        tag
        for entry in journal.entries
        if entry.intensity is not None and entry.intensity >= HIGH and first <= entry.day <= today
        for tag in entry.tags
    )
    return [
        Signal(
            "tag",
            f"“{tag}” came up {count} times in the last {TAG_WINDOW.days} days, each time with high "
            "intensity. It may be worth bringing to someone who can help you look at it together.",
        )
        for tag, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if count >= TAG_TIMES
    ]


def stuck_signals(journal: Journal, agreements: Agreements, promises: PromisesBook, today: date) -> list[Signal]:
    """Every stuck signal in the person's data, most pressing first."""
    signals: list[Signal] = []
    for signal in (high_intensity(journal, today), unrepaired_setbacks(promises, today)):
        if signal is not None:
            signals.append(signal)
    return signals + recurring_tags(journal, today) + reopened_agreements(agreements)
