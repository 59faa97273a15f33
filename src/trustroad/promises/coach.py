"""The promise coach: reads a promise and says what would make it keepable.

After a trust rupture, grand promises ("I'll never hurt you again") tend to backfire:
nobody can guarantee them, and each small slip reads as proof they were empty. Small,
concrete promises (an action, a when, something the other person can see) can be kept
and seen being kept, which is how trust is rebuilt. This module spots both.

How it reads: the wording is first put into one plain spelling (coach_normalise: texting
forms, contractions, spelling variants), then checked for structure (coach_structure: an
action with an object, a when or a rhythm, something visible) and for what makes a promise
hard to keep (coach_words). A hedge, an inner state or open wording keeps "needs work"
however concrete the rest is: the other person still could not tell whether it was kept.

Pure and stdlib-only: it runs on every keystroke in the TUI, so every pattern is
compiled once at import and a review is a handful of regex scans.

Privacy: reasons and suggestions are fixed sentences. They never quote the wording;
a finding points at it with `span` only, so messages are safe to log or render.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from trustroad.promises.coach_messages import MESSAGES, Finding, Kind
from trustroad.promises.coach_normalise import normalise
from trustroad.promises.coach_structure import (
    ACTION,
    DONE_TO_YOU,
    GENERIC_ACTION,
    NOT_ACTS,
    OFTEN,
    TRIGGER_CLAUSE,
    VISIBLE,
    WHEN,
)
from trustroad.promises.coach_words import ABSOLUTE, ENGLISH, FOREIGN, HEDGE, INNER, VAGUE
from trustroad.text_review import Review as TextReview

__all__ = ["Finding", "Kind", "Review", "Verdict", "review_promise"]

# "unread": plainly not English, which the coach cannot judge.
Verdict = Literal["small", "needs-work", "empty", "unread"]
# The promise editor's frequencies that already give the promise a rhythm. "whenever"
# still needs the wording to say what sets it off.
RHYTHMS = frozenset({"daily", "weekdays", "weekly"})


class Review(TextReview[Kind, Verdict]):
    """What the coach found in a promise's wording, and its verdict ("small": concrete and durable enough)."""


_EMPTY_REVIEW = Review((MESSAGES["empty"],), "empty")
_UNREAD_REVIEW = Review((MESSAGES["english-only"],), "unread")
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
_WORD = re.compile(r"[^\W\d_]+")


def _fold(wording: str) -> str:
    """Lowercase, straighten apostrophes, and keep every character at its offset."""
    text = wording.translate(_APOSTROPHES)
    folded = text.lower()
    if len(folded) != len(text):  # a few characters grow when lowered ("İ" -> "i̇")
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return folded


def _not_english(text: str) -> bool:
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    latin = sum(len(w) for w in words if w.isascii() or all(ch <= "\u024f" for ch in w))
    if letters >= 2 and latin * 2 < letters:
        return True  # mostly another script
    foreign = sum(w in FOREIGN for w in words)
    return len(words) >= 3 and foreign >= 2 and foreign > sum(w in ENGLISH for w in words)


def _action(text: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first action outside a trigger clause: a listed one, or a verb with an object."""

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in clauses)

    listed = next((m.span() for m in ACTION.finditer(text) if outside(m.start())), None)
    if listed is not None:
        return listed
    return next(
        (
            m.span("verb")
            for m in GENERIC_ACTION.finditer(text)
            if m["verb"] not in NOT_ACTS and outside(m.start("verb"))
        ),
        None,
    )


def review_promise(wording: str, *, frequency: str | None = None, visibility: str = "") -> Review:
    """Review one promise. Never raises, whatever the strings.

    `frequency` and `visibility` are the promise editor's other fields: a rhythm chosen
    there counts as a when, and a filled "how will they see it" counts as visible, so the
    coach does not ask for them again and its verdict is about the promise as a whole.
    """
    if not wording or wording.isspace():
        return _EMPTY_REVIEW
    plain = normalise(_fold(wording))
    text = plain.text
    if _not_english(text):
        return _UNREAD_REVIEW

    absolute = ABSOLUTE.search(text)
    inner = INNER.search(text)
    vague = VAGUE.search(text)
    hedge = HEDGE.search(text)
    clauses = [m.span() for m in TRIGGER_CLAUSE.finditer(text)]
    action = _action(text, clauses)
    when = WHEN.search(text)
    often = OFTEN.search(text)
    visible = VISIBLE.search(text) or DONE_TO_YOU.search(text)
    rhythm = frequency in RHYTHMS
    seen = bool(visibility and not visibility.isspace())

    # "small" = concrete, timed and observable, with nothing that leaves it open. An
    # absolute word next to all that doesn't make it grand: the concrete part is what
    # will be kept.
    open_ended = bool(hedge or inner or vague)
    small = bool(action and (when or often or rhythm) and (visible or seen) and not open_ended)

    def at(key: str, span: tuple[int, int] | None = None) -> Finding:
        return replace(MESSAGES[key], span=plain.span(*span)) if span else MESSAGES[key]

    concerns: list[Finding] = []
    if hedge:
        concerns.append(at("hedge", hedge.span()))
    if inner:
        concerns.append(at("inner-state", inner.span("core")))
    if vague:
        concerns.append(at("vague", vague.span()))
    elif not action and not inner:
        concerns.append(at("no-action"))
    if absolute:  # for "won't ... again", point at "again", the forever part
        key = "absolute-gentle" if small else "absolute"
        concerns.append(at(key, absolute.span("again" if absolute.group("again") else 0)))
    if not (when or often or rhythm):
        concerns.append(at("no-trigger" if frequency == "whenever" else "no-when"))
    if not (visible or seen):
        concerns.append(at("not-visible"))

    strengths: list[Finding] = []
    if action:
        strengths.append(at("good-action", action))
    if when:  # a trigger is worth pointing at whole ("if I feel tempted"), not just "if I"
        strengths.append(at("good-when", next((c for c in clauses if c[0] == when.start()), when.span())))
    if often or rhythm:
        strengths.append(at("good-often", often.span() if often else None))
    if visible or seen:
        strengths.append(at("good-visible", visible.span(visible.lastgroup or 0) if visible else None))
    return Review(tuple(concerns + strengths), "small" if small else "needs-work")
