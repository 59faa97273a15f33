"""Properties of the coach (issue 16): a hedge never makes a promise small, and the way
it is typed (capitals, apostrophes, a final full stop) never changes the verdict."""

from __future__ import annotations

import re
import sys
from itertools import product
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trustroad.promises.coach import review_promise

sys.path.insert(0, str(Path(__file__).parent))
from test_coach_families import ALL

SMALL = sorted(w for w, verdict in ALL.items() if verdict == "small")
ENGLISH = sorted(w for w, verdict in ALL.items() if verdict != "unread")

SUFFIXES = [
    ", if I can",
    " when I can",
    " when I get the chance",
    ", if I remember",
    " most days",
    ", hopefully",
    " if I'm not too busy",
    " unless something comes up",
    ", or at least I'll try",
]
PREFIXES = ["If I can, ", "Hopefully ", "When I get the chance, ", "I'll try to make sure that ", "Maybe "]
_PROMISE = re.compile(r"\b(?:I'll|I\u2019ll|ill|Ill|I will|We'll|we'll|we will)\b")


def hedged(wording: str, how: int, which: int) -> str:
    """The wording with a hedge added: at the end, at the start, or as "I'll try to"."""
    body = wording.strip().rstrip(".!")
    if how == 0:
        return body + SUFFIXES[which % len(SUFFIXES)] + "."
    if how == 1 or not _PROMISE.search(body):
        return PREFIXES[which % len(PREFIXES)] + body[0].lower() + body[1:]
    return _PROMISE.sub(lambda m: m.group() + " try to", body, count=1)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(SMALL), st.integers(0, 2), st.integers(0, 20))
def test_a_hedge_never_makes_a_promise_small(wording: str, how: int, which: int) -> None:
    assert review_promise(hedged(wording, how, which)).verdict == "needs-work"


def typed_plainly(wording: str, lower: bool, apostrophes: bool, stop: bool) -> str:
    if lower:
        wording = wording.lower()
    if apostrophes:
        wording = re.sub("['\u2019\u2018]", "", wording)
    if stop:
        wording = wording.rstrip()
        wording = wording[:-1] if wording.endswith(".") else wording
    return wording


def test_typing_plainly_never_changes_the_verdict_of_any_labelled_wording() -> None:
    for wording, flags in product(ENGLISH, product([False, True], repeat=3)):
        assert review_promise(typed_plainly(wording, *flags)).verdict == review_promise(wording).verdict, (
            wording,
            flags,
        )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(ENGLISH), min_size=1, max_size=2).map(" ".join),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_typing_plainly_never_changes_the_verdict_of_joined_wordings(
    wording: str, lower: bool, apostrophes: bool, stop: bool
) -> None:
    plain = typed_plainly(wording, lower, apostrophes, stop)
    assert review_promise(plain).verdict == review_promise(wording).verdict
