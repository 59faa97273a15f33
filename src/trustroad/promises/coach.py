"""The promise coach: reads a promise's wording and says what would make it keepable.

After a trust rupture, grand promises ("I'll never hurt you again") tend to backfire:
nobody can guarantee them, and each small slip reads as proof they were empty. Small,
concrete promises (an action, a when, something the other person can see) can be kept
and seen being kept, which is how trust is rebuilt. This module spots both.

Pure and stdlib-only: it runs on every keystroke in the TUI, so every pattern is
compiled once at import and a review is a handful of regex scans.

Privacy: reasons and suggestions are fixed sentences. They never quote the wording;
a finding points at it with `span` only, so messages are safe to log or render.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from trustroad.promises.coach_words import (
    ABSOLUTE,
    ACTION,
    APOSTROPHES,
    INNER,
    OFTEN,
    TRIGGER_CLAUSE,
    VAGUE,
    VISIBLE,
    WHEN,
)

Kind = Literal[
    "absolute",
    "inner-state",
    "vague",
    "no-when",
    "not-visible",
    "good-action",
    "good-when",
    "good-often",
    "good-visible",
    "empty",
]
Verdict = Literal["small", "needs-work", "empty"]


@dataclass(frozen=True)
class Finding:
    kind: Kind
    good: bool  # True for the "already good" findings
    reason: str  # one plain, warm sentence: why this matters
    suggestion: str  # one plain sentence: what to try (for good findings: encouragement)
    span: tuple[int, int] | None = None  # character span in the wording, if any


@dataclass(frozen=True)
class Review:
    findings: tuple[Finding, ...]  # concerns first, then the good ones
    verdict: Verdict  # "small" = concrete and durable enough

    @property
    def concerns(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.good)

    @property
    def strengths(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.good)


# --- Messages -----------------------------------------------------------------------
# Fixed sentences only (see the privacy note at the top). Keyed by message, since some
# kinds have two: "absolute" is a gentle note when the rest is concrete, and "vague"
# also covers wording with no action at all.
_TEXTS: dict[str, tuple[Kind, str, str]] = {
    "absolute": (
        "absolute",
        "Words like \u201cnever\u201d or \u201calways\u201d promise something no one can "
        "guarantee, and after a rupture that can make doubt grow.",
        "Try naming one thing you'll do, and when \u2014 something you can keep this week.",
    ),
    "absolute-gentle": (
        "absolute",
        "This big word is tied to something concrete and scheduled, so it reads as steady rather than grand.",
        "That's fine to keep; if you ever slip, saying so quickly will matter more than the word.",
    ),
    "inner-state": (
        "inner-state",
        "Feelings and inner changes are real, but no one can see them from the outside, so "
        "they're hard to keep or to check.",
        "Try naming something you'll do that would show it \u2014 an action they could notice.",
    ),
    "vague": (
        "vague",
        "Wording like this is heartfelt, but it leaves open what will actually happen, so "
        "it's hard to know when it's been kept.",
        "Try swapping it for one specific thing you'll do, like a text, a call, or a talk.",
    ),
    "no-action": (
        "vague",
        "There isn't a concrete action here yet, so it may be hard for either of you to tell when it's been kept.",
        "Try starting with something you could do today \u2014 text, call, tell, or show.",
    ),
    "no-when": (
        "no-when",
        "Without a when or a how-often, a promise can quietly drift, and then it's hard to feel it being kept.",
        "Try adding a time or a rhythm \u2014 \u201cat 9pm\u201d, \u201con Sundays\u201d, or "
        "\u201cwhenever I feel tempted\u201d.",
    ),
    "not-visible": (
        "not-visible",
        "If the other person can't see it happen, they have to take it on faith, which is "
        "the hardest thing to do right now.",
        "Try adding how they'll know \u2014 you'll tell them, text them, or show them.",
    ),
    "good-action": (
        "good-action",
        "This names a concrete action, something that either happens or doesn't.",
        "That's a solid core \u2014 keep it this specific.",
    ),
    "good-when": (
        "good-when",
        "It says when, so you'll both know the moment it's due.",
        "Good \u2014 a clear moment makes it easier to remember and to keep.",
    ),
    "good-often": (
        "good-often",
        "It has a rhythm, so it can repeat and build trust over time.",
        "Nice \u2014 small things done regularly count for more than big promises.",
    ),
    "good-visible": (
        "good-visible",
        "The other person will be able to see this happen, so trust can grow from what they notice.",
        "Keep that \u2014 being seen keeping it is what makes it count.",
    ),
    "empty": ("empty", "There's nothing to read yet.", "Start with one small thing you'll do, and when."),
}
_MSG = {
    key: Finding(kind, kind.startswith("good-"), reason, suggestion)
    for key, (kind, reason, suggestion) in _TEXTS.items()
}

_EMPTY_REVIEW = Review((_MSG["empty"],), "empty")


def _fold(wording: str) -> str:
    """Lowercase, straighten apostrophes, and keep every character at its offset."""
    text = wording.translate(APOSTROPHES)
    folded = text.lower()
    if len(folded) != len(text):  # a few characters grow when lowered ("İ" -> "i̇")
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return folded


def _at(key: str, span: tuple[int, int] | None = None) -> Finding:
    return replace(_MSG[key], span=span) if span else _MSG[key]


def review_promise(wording: str) -> Review:
    """Review one promise's wording. Never raises, whatever the string."""
    if not wording or wording.isspace():
        return _EMPTY_REVIEW
    text = _fold(wording)

    absolute = ABSOLUTE.search(text)
    inner = INNER.search(text)
    vague = VAGUE.search(text)
    clauses = [m.span() for m in TRIGGER_CLAUSE.finditer(text)]
    action = next((m for m in ACTION.finditer(text) if not any(a <= m.start() < b for a, b in clauses)), None)
    when = WHEN.search(text)
    often = OFTEN.search(text)
    visible = VISIBLE.search(text)

    # "small" = concrete, repeatable and observable. An absolute word or a hedge next
    # to all that doesn't make it grand: the concrete part is what will be kept.
    small = bool(action and (when or often) and visible)

    concerns: list[Finding] = []
    if absolute:  # for "won't ... again", point at "again", the forever part
        key = "absolute-gentle" if small else "absolute"
        concerns.append(_at(key, absolute.span("again" if absolute.group("again") else 0)))
    if inner:
        concerns.append(_at("inner-state", inner.span("core")))
    if vague:
        concerns.append(_at("vague", vague.span()))
    elif not action and not inner:
        concerns.append(_at("no-action"))
    if not (when or often):
        concerns.append(_at("no-when"))
    if not visible:
        concerns.append(_at("not-visible"))

    strengths: list[Finding] = []
    if action:
        strengths.append(_at("good-action", action.span()))
    if when:  # a trigger is worth pointing at whole ("if I feel tempted"), not just "if I"
        strengths.append(_at("good-when", next((c for c in clauses if c[0] == when.start()), when.span())))
    if often:
        strengths.append(_at("good-often", often.span()))
    if visible:
        strengths.append(_at("good-visible", visible.span()))
    return Review(tuple(concerns + strengths), "small" if small else "needs-work")
