"""The promise coach never raises, on any text or on promise-like jumbles of its own words, and every
span it gives lies inside the wording."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trustroad.promises.coach import Review, review_promise

_VOCAB = [
    "I'll",
    "ill",
    "we'll",
    "never",
    "always",
    "text",
    "you",
    "at",
    "9pm",
    "every",
    "day",
    "if",
    "when",
    "I",
    "feel",
    "tempted",
    ",",
    ".",
    "won't",
    "again",
    "be",
    "better",
    "our",
    "shared",
    "calendar",
    "out",
    "loud",
    "\u2019",
    "100%",
    "İ",
    "check-in",
    "\n",
]


def _check(review: Review, wording: str) -> None:
    assert isinstance(review, Review)
    assert review.verdict in ("small", "needs-work", "empty", "unread")
    for f in review.findings:
        if f.span is not None:
            assert 0 <= f.span[0] < f.span[1] <= len(wording)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(wording: str) -> None:
    _check(review_promise(wording), wording)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join))
def test_promise_like_text_never_raises(wording: str) -> None:
    _check(review_promise(wording), wording)


# Speed is measured in bench/bench_promises.py (median on a 300-character wording, target
# under 1 ms), not asserted here: a wall-clock bound in a test flakes on a busy machine.
