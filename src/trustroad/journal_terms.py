"""The journal's kinds, labels and tag rules: plain Python, no pydantic.

Kept apart from journal.py so that `trustroad journal add` (journal_capture.py) can use
the same rules without paying for the models at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

JOURNAL_FILE = "journal.json"

KIND_LABELS: dict[str, str] = {
    "reflection": "Reflection",
    "rupture-talk": "Rupture talk",  # a talk about what happened
    "hard-moment": "Trigger or hard moment",
    "gratitude": "Something that helped",
    "question": "To bring to therapy",
}
# Short names for the list, where space is tight.
KIND_SHORT: dict[str, str] = {
    "reflection": "reflection",
    "rupture-talk": "talk",
    "hard-moment": "hard moment",
    "gratitude": "helped",
    "question": "to bring",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)

_SPACES = re.compile(r"\s+")
_TAG_SPLIT = re.compile(r"[\s,]+")


def normalise_tag(tag: str) -> str:
    """"#Hard Day " -> "hard-day": lowercase, no leading '#', no spaces."""
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
