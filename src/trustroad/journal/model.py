"""The journal: entries a person writes between sessions, and the operations on them (methods).

journal.json holds every entry. Deleting removes the entry for real (no hidden flag).
Filtering lives in journal/filter.py; the intensity trend in journal/trends.py.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, model_validator

from trustroad.clock import now
from trustroad.storage.ranges import MOMENT_RANGE, Id, UniqueIds
from trustroad.storage.record import Document, Record

KIND_LABELS: dict[str, str] = {
    "reflection": "Reflection",
    "rupture-talk": "Rupture talk",  # a talk about what happened
    "hard-moment": "Hard moment",
    # A trigger log: what set off a wave of feeling, and what helped (Stabilize: flooding and triggers).
    "trigger": "Trigger log",
    "gratitude": "Something that helped",
    "question": "To bring to therapy",
}


# Short names for the list, where space is tight.
KIND_SHORT: dict[str, str] = {
    "reflection": "reflection",
    "rupture-talk": "talk",
    "hard-moment": "hard moment",
    "trigger": "trigger",
    "gratitude": "helped",
    "question": "to bring",
}


KINDS: tuple[str, ...] = tuple(KIND_LABELS)

# What the text box suggests writing, for kinds that have a shape (others get the general line).
KIND_PLACEHOLDERS: dict[str, str] = {
    "trigger": "What set it off (a place, a song, a date, a phone lighting up)? What did you feel, "
    "and where in your body? What helped you come back down?",
}


_SPACES = re.compile(r"\s+")


_TAG_SPLIT = re.compile(r"[\s,]+")


def normalise_tag(tag: str) -> str:
    """ "#Hard Day " -> "hard-day": lowercase, no leading '#', no spaces."""
    tag = tag.strip().lstrip("#").strip().lower()
    return _SPACES.sub("-", tag)


def normalise_tags(tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        clean = normalise_tag(tag)
        if clean and clean not in seen:
            seen.append(clean)
    return seen


def tags_are_clean(tags: list[str]) -> bool:
    """A cheap check that normalise_tags would change nothing (no regex: runs on every entry)."""
    for tag in tags:
        # isprintable() is False for tabs, newlines and other odd spaces.
        if not tag or tag[0] == "#" or " " in tag or tag != tag.lower() or not tag.isprintable():
            return False
    return len(set(tags)) == len(tags)


def parse_tags(typed: str) -> list[str]:
    """Tags as a person types them in one box: "sleep, #work  evening"."""
    return normalise_tags(_TAG_SPLIT.split(typed))


def parse_intensity(typed: str) -> int | None:
    """'' -> None; '0'..'10' -> the number; anything else raises ValueError with a kind message."""
    typed = typed.strip()
    if not typed:
        return None
    if typed.isdigit() and 0 <= int(typed) <= 10:
        return int(typed)
    raise ValueError("Intensity is a whole number from 0 (calm) to 10 (overwhelming), or empty.")


# The same list as KINDS (a Literal needs it spelled out; a test keeps them equal).
Kind = Literal["reflection", "rupture-talk", "hard-moment", "trigger", "gratitude", "question"]


def new_id() -> str:
    return uuid.uuid4().hex


class TalkDetails(Record):
    """How a talk about the rupture went. Every field may stay unanswered."""

    at_agreed_time: bool | None = None
    minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    intensity_before: int | None = Field(default=None, ge=0, le=10)
    intensity_after: int | None = Field(default=None, ge=0, le=10)
    time_out_used: bool | None = None


class Entry(Record):
    id: Id = Field(default_factory=new_id)
    # The range only (checked in pydantic's core): a time without an offset is made local by
    # Journal's one pass below, not by a Python validator per entry (workbook.model.Moment).
    written: Annotated[datetime, MOMENT_RANGE] = Field(default_factory=now)
    edited: Annotated[datetime, MOMENT_RANGE] | None = None
    phase: str | None = None
    kind: Kind = "reflection"
    intensity: int | None = Field(default=None, ge=0, le=10)
    tags: list[str] = Field(default_factory=list)
    text: str = ""
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False
    talk: TalkDetails | None = None

    @classmethod
    def new(
        cls,
        text: str,
        *,
        kind: str = "reflection",
        phase: str | None = None,
        intensity: int | None = None,
        tags: Iterable[str] = (),
        share: bool = False,
        talk: TalkDetails | None = None,
        written: datetime | None = None,
    ) -> Entry:
        """A new entry, validated, written now unless `written` says otherwise."""
        return _tidy_entry(
            cls.model_validate(
                {
                    "written": written or now(),
                    "kind": kind,
                    "phase": phase,
                    "intensity": intensity,
                    "tags": list(tags),
                    "text": text,
                    "share": share,
                    "talk": talk if kind == "rupture-talk" else None,
                }
            )
        )

    @property
    def day(self) -> date:
        """The calendar day the person was living when they wrote it (in the offset it was written with)."""
        return self.written.date()

    @property
    def first_line(self) -> str:
        return first_line(self.text)

    def edit(self, **changes: object) -> bool:
        """Apply changes (validated); stamp `edited` only when something really changed."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
        merged = self.model_dump() | changes
        if merged.get("kind") != "rupture-talk":
            merged["talk"] = None
        checked = _tidy_entry(Entry.model_validate(merged))
        changed = False
        for name in EDITABLE:
            value = getattr(checked, name)
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self.edited = now()
        return changed


EDITABLE = ("text", "kind", "phase", "intensity", "tags", "share", "talk")


class Journal(Document):
    """journal.json: every journal entry, in the order written."""

    COMPACT = True  # 10,000 entries read at every start (and `journal add` writes it compact too)
    entries: UniqueIds[Entry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _times_are_aware(self) -> Journal:
        # One cheap pass for the whole file rather than Python validators per field (10,000
        # entries must load in a blink): a hand-edited time without an offset is read as
        # local time, so that times always compare.
        for entry in self.entries:
            if entry.written.tzinfo is None or (entry.edited is not None and entry.edited.tzinfo is None):
                _tidy_entry(entry)
        return self

    def add(self, entry: Entry) -> Entry:
        self.entries.append(entry)
        return entry

    def find(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def delete(self, entry_id: str) -> bool:
        """Remove the entry from the journal for good; False when there was none with that id."""
        for index, entry in enumerate(self.entries):
            if entry.id == entry_id:
                del self.entries[index]
                return True
        return False


def _tidy_entry(entry: Entry) -> Entry:
    if entry.written.tzinfo is None:
        entry.written = entry.written.astimezone()
    if entry.edited is not None and entry.edited.tzinfo is None:
        entry.edited = entry.edited.astimezone()
    if not tags_are_clean(entry.tags):
        entry.tags = normalise_tags(entry.tags)
    return entry


# --- small pure helpers --------------------------------------------------------------------


def first_line(text: str, width: int = 200) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:width]
    return ""
