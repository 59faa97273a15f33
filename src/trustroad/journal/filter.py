"""Finding journal entries: one Filter, every part optional, all parts combined (AND).

Fast enough to run on every keystroke with 10,000 entries: a `SearchIndex` is built once
(entries sorted newest first, each text casefolded once, parallel plain lists) and each
filter part is one list comprehension over those lists. The journal screen keeps an index
and rebuilds it only when an entry is added, edited or deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import attrgetter

from trustroad.journal.model import Entry, normalise_tag, normalise_tags, tags_are_clean

# A phase filter value meaning "entries that belong to no phase".
NO_PHASE = "-"


@dataclass(frozen=True)
class Filter:
    text: str = ""  # case-insensitive substring of the entry text
    tag: str | None = None
    phase: str | None = None  # a phase id, or NO_PHASE
    kind: str | None = None
    date_from: date | None = None  # inclusive, the entry's own calendar day
    date_to: date | None = None  # inclusive

    @property
    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and self.tag is None
            and self.phase is None
            and self.kind is None
            and self.date_from is None
            and self.date_to is None
        )


class SearchIndex:
    """A read-only view of the entries for fast filtering. Rebuild it after any change."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = sorted(entries, key=attrgetter("written"), reverse=True)

    # Each column is built the first time a filter needs it: opening the journal only sorts.
    @cached_property
    def _folded(self) -> list[str]:
        return [e.text.casefold() for e in self.entries]

    @cached_property
    def _days(self) -> list[date]:
        return [e.written.date() for e in self.entries]

    @cached_property
    def _kinds(self) -> list[str]:
        return [e.kind for e in self.entries]

    @cached_property
    def _phases(self) -> list[str]:
        return [e.phase or NO_PHASE for e in self.entries]

    @cached_property
    def _tags(self) -> list[list[str]]:
        # Tags are normalised when written; a hand-edited file's "Sleep" still matches "sleep".
        return [e.tags if tags_are_clean(e.tags) else normalise_tags(e.tags) for e in self.entries]

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, flt: Filter) -> list[Entry]:
        """The entries matching every part of the filter, newest first."""
        return [self.entries[i] for i in self.positions(flt)]

    def positions(self, flt: Filter) -> Sequence[int]:
        picked: Sequence[int] = range(len(self.entries))
        if flt.kind is not None:
            kinds = self._kinds
            picked = [i for i in picked if kinds[i] == flt.kind]
        if flt.phase is not None:
            phases = self._phases
            picked = [i for i in picked if phases[i] == flt.phase]
        if flt.tag:
            tag, tags = normalise_tag(flt.tag), self._tags
            picked = [i for i in picked if tag in tags[i]]
        start, end = flt.date_from, flt.date_to
        if start and end and start > end:  # a reversed range is read the way it was meant
            start, end = end, start
        if start is not None or end is not None:
            days = self._days
            low, high = start or date.min, end or date.max
            picked = [i for i in picked if low <= days[i] <= high]
        needle = flt.text.strip().casefold()
        if needle:
            folded = self._folded
            picked = [i for i in picked if needle in folded[i]]
        return picked


def apply_filter(entries: Iterable[Entry], flt: Filter) -> list[Entry]:
    """The entries that match every part of the filter, newest first (one-off; see SearchIndex)."""
    return SearchIndex(entries).search(flt)


def all_tags(entries: Iterable[Entry]) -> list[str]:
    """Every tag in use, most used first (then alphabetically)."""
    counts: dict[str, int] = {}
    for entry in entries:
        for tag in entry.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], t))


def parse_day(typed: str, *, end: bool = False) -> date | None:
    """A typed date: '' -> None; '2026-03-14'; '2026-03' or '2026' mean the whole month or year
    (its first day, or with end=True its last). Raises ValueError with a kind message."""
    typed = typed.strip()
    if not typed:
        return None
    parts = typed.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            if not end:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        if len(parts) == 1 and len(typed) == 4:
            return date(int(typed), 12, 31) if end else date(int(typed), 1, 1)
    except ValueError:
        pass
    raise ValueError("Use a date like 2026-03-14 (or 2026-03 for a whole month).")
