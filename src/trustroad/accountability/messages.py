"""The accountability helper's sentences: fixed, warm, and never quoting the statement.

Each finding has one reason (why it matters to the partner who hears it) and one suggestion
(what to try next; for a good finding, encouragement). A deflection is named by the words
that usually carry it, in quotes, so the writer can find them: those are our words, not theirs.
"""

from __future__ import annotations

from typing import Literal

from trustroad.text_review import Finding as TextFinding

Kind = Literal[
    "but",
    "never-meant",
    "you-also",
    "if-hurt",
    "minimising",
    "no-one-did-it",
    "no-action",
    "no-impact",
    "no-why-hidden",
    "good-action",
    "good-impact",
    "good-why-hidden",
    "empty",
]


class Finding(TextFinding[Kind]):
    """One thing the helper noticed (trustroad/text_review.py holds the shape)."""


MESSAGES: dict[Kind, tuple[str, str]] = {
    "but": (
        "A \u201cbut\u201d (or \u201chowever\u201d, \u201calthough\u201d) tends to cancel what came before it: "
        "the listener hears only the part after it.",
        "Try ending the sentence before the \u201cbut\u201d. Whatever came after it can wait for another talk.",
    ),
    "never-meant": (
        "\u201cI never meant to\u201d or \u201cit wasn't my intention\u201d puts your intentions at the centre, "
        "when what your partner lives with is what happened.",
        "Try naming what you did and what it did to them, and leave intentions out for now.",
    ),
    "you-also": (
        "Words like \u201cyou also\u201d, \u201cbecause you\u201d or \u201cyou made me\u201d share out the "
        "responsibility. What was going on between you matters, but it belongs to a different conversation.",
        "Try keeping this statement about your own choices only.",
    ),
    "if-hurt": (
        "\u201cIf you were hurt\u201d or \u201csorry you feel\u201d makes the hurt sound uncertain, "
        "or like your partner's reaction.",
        "Try saying plainly that it hurt them, and how.",
    ),
    "minimising": (
        "Words like \u201conly\u201d, \u201cjust\u201d or \u201cit didn't mean anything\u201d make it "
        "smaller than it felt to your partner.",
        "Try describing it at its real size, without softening words.",
    ),
    "no-one-did-it": (
        "\u201cMistakes were made\u201d or \u201cit happened\u201d leaves out who did it.",
        "Try starting with \u201cI\u201d and a plain verb: \u201cI lied\u201d, \u201cI hid\u201d, \u201cI spent\u201d.",
    ),
    "no-action": (
        "It does not yet say plainly what you did.",
        "Try one sentence that starts with \u201cI\u201d and names what you did, in plain words.",
    ),
    "no-impact": (
        "It does not yet say what this did to your partner.",
        "Try naming the impact on them: their trust, their sleep, their sense of what was real.",
    ),
    "no-why-hidden": (
        "It does not yet say why you kept it hidden.",
        "Try saying what kept you from telling them: \u201cI hid it because I was afraid of \u2026\u201d.",
    ),
    "good-action": ("It names what you did, in your own words.", "That plainness is what makes it believable."),
    "good-impact": ("It names what this did to your partner.", "Being seen in their hurt matters to them."),
    "good-why-hidden": ("It says why it was hidden.", "That is often the hardest part to say, and it helps."),
    "empty": ("Notes will show here as you write.", ""),
}

# What is shown first when several things need work: a deflection before a missing part.
ORDER: tuple[Kind, ...] = (
    "you-also",
    "if-hurt",
    "never-meant",
    "but",
    "minimising",
    "no-one-did-it",
    "no-action",
    "no-impact",
    "no-why-hidden",
)


def finding(kind: Kind, span: tuple[int, int] | None = None) -> Finding:
    reason, suggestion = MESSAGES[kind]
    return Finding(kind, kind.startswith("good-"), reason, suggestion, span)
