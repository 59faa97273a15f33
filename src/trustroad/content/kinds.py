"""The kinds of rupture a person can name in the first run, and which steps fit them.

The ids are trustroad's own vocabulary: a workbook stores them and content names them in a
step's or checklist item's `for:` list. Their wording lives in content (first-run/welcome.yaml),
so a therapist's pack can say them differently, but not invent new ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator

RuptureKind = Literal[
    "affair",
    "emotional-affair",
    "hidden-spending",
    "substance-or-gambling",
    "ongoing-deception",
    "something-else",
]
RUPTURE_KINDS: tuple[str, ...] = get_args(RuptureKind)


def _known_kind(value: str) -> str:
    if value not in RUPTURE_KINDS:
        raise ValueError(f"unknown rupture kind '{value}'; the kinds are: {', '.join(RUPTURE_KINDS)}")
    return value


# A kind named in content: a plain message (file:line through the loader) for a misspelt one.
KindName = Annotated[str, AfterValidator(_known_kind)]


def fits(for_kinds: Iterable[str], kinds: Iterable[str]) -> bool:
    """Whether something meant `for_kinds` fits a person who named `kinds`.

    Without a `for:` list it fits everyone, and a person who named no kind sees everything
    as fitting (nothing is pushed under "also" on a guess).
    """
    wanted = set(for_kinds)
    chosen = set(kinds)
    return not wanted or not chosen or bool(wanted & chosen)
