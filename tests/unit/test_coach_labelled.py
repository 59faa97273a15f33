"""The promise coach (trustroad.promises.coach) on whole sets of wordings: its agreement with the
hand-labelled set, the examples named in the issue, and messages that are only its own fixed
sentences, never a quote of what was typed."""

from __future__ import annotations

import pytest

from trustroad.promises.coach import review_promise
from unit.coach_labelled import KNOWN_MISSES, LABELLED, NEEDS_WORK, SMALL


def _misses() -> set[str]:
    return {w for w, want in LABELLED.items() if review_promise(w).verdict != want}


def test_labelled_set_is_big_enough_and_unique() -> None:
    assert len(NEEDS_WORK) >= 35 and len(SMALL) >= 35
    assert len(LABELLED) == len(NEEDS_WORK) + len(SMALL)  # no wording in both lists


def test_labelled_agreement_rate() -> None:
    agreement = 1 - len(_misses()) / len(LABELLED)
    assert agreement >= 0.90


def test_known_misses_are_exactly_the_misses() -> None:
    assert _misses() == set(KNOWN_MISSES)


@pytest.mark.parametrize(
    ("wording", "verdict"),
    [
        # The tricky cases named in the issue.
        ("I will never skip our Sunday check-in", "small"),
        ("If I feel tempted to hide something, I'll bring it up instead of waiting for you to find out", "small"),
        ("I won't lie again", "needs-work"),
        ("I won't use my phone at dinner", "small"),
    ],
)
def test_examples_from_the_issue(wording: str, verdict: str) -> None:
    assert review_promise(wording).verdict == verdict


# --- Privacy --------------------------------------------------------------------------

MARKER = "Zqxv7781"


@pytest.mark.parametrize(
    "wording",
    [
        f"I'll text {MARKER} at 9pm every night",
        f"I'll never see {MARKER} again",
        f"{MARKER}",
        f"If {MARKER} messages me, I'll show you",
        f"I'll be a better {MARKER} forever",
    ],
)
def test_messages_never_quote_the_wording(wording: str) -> None:
    for f in review_promise(wording).findings:
        assert MARKER.lower() not in (f.reason + f.suggestion).lower()


def test_messages_are_a_fixed_set() -> None:
    # Reasons and suggestions don't depend on the wording at all: across every labelled
    # wording there are only the coach's own fixed sentences.
    texts = {(f.reason, f.suggestion) for w in LABELLED for f in review_promise(w).findings}
    assert len(texts) <= 16
    for reason, suggestion in texts:
        assert reason.endswith(".") and suggestion.endswith(".")
