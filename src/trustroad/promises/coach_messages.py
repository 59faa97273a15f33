"""The promise coach's sentences: fixed, warm, and never quoting the wording.

Each finding has one reason (why it matters) and one suggestion (the next step to try; for
a good finding, encouragement). Keyed by message, since some kinds have two.
"""

from __future__ import annotations

from typing import Literal

from trustroad.text_review import Finding as TextFinding

Kind = Literal[
    "absolute",
    "inner-state",
    "vague",
    "hedge",
    "no-when",
    "not-visible",
    "good-action",
    "good-when",
    "good-often",
    "good-visible",
    "empty",
    "english-only",
]


class Finding(TextFinding[Kind]):
    """One thing the coach noticed (trustroad/text_review.py holds the shape)."""


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
    "hedge": (
        "hedge",
        "A let-out like this leaves room to skip it, so neither of you can tell whether it was kept.",
        "Try choosing something small enough to do every time, and promise just that.",
    ),
    "no-when": (
        "no-when",
        "Without a when or a how-often, a promise can quietly drift, and then it's hard to feel it being kept.",
        "Try adding a time or a rhythm \u2014 \u201cat 9pm\u201d, \u201con Sundays\u201d, or "
        "\u201cwhenever I feel tempted\u201d.",
    ),
    "no-trigger": (
        "no-when",
        "It is set to happen whenever something comes up, but the moment that sets it off isn't named yet.",
        "Try naming that moment \u2014 \u201cif my ex texts me\u201d or \u201cafter every argument\u201d.",
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
    "english-only": (
        "english-only",
        "The coach reads English only, so it can't say how this wording will land.",
        "Your words are saved just as you wrote them; the other fields can still say when and how it shows.",
    ),
    "empty": ("empty", "There's nothing to read yet.", "Start with one small thing you'll do, and when."),
}
MESSAGES = {
    key: Finding(kind, kind.startswith("good-"), reason, suggestion)
    for key, (kind, reason, suggestion) in _TEXTS.items()
}
