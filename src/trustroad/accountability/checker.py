"""The accountability helper: reads a statement of responsibility and says what would help it land.

A statement from the partner who broke trust is heard best when it does three things, plainly:
says what was done, names its impact on the partner who was hurt, and says why it was hidden.
It is heard worst when a word quietly takes some of it back: "but", "I never meant to", "you
also", "if you were hurt", "it was only". This module spots both, the way the promise coach
spots grand promises (promises/coach.py): pure, stdlib-only, run on every keystroke.

It only advises: it reads English patterns, it cannot judge sincerity, and saving is always
fine. Findings are fixed sentences (accountability/messages.py); a span points into the text.
"""

from __future__ import annotations

import re
from typing import Literal

from trustroad.accountability.messages import ORDER, Finding, Kind, finding
from trustroad.text_review import Review as TextReview

__all__ = ["Finding", "Kind", "Review", "Verdict", "review_statement"]

Verdict = Literal["empty", "needs-work", "clear"]

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


BUT = _rx(r"\b(?:but|however|although|except\s+that)\b")
NEVER_MEANT = _rx(
    r"""\b(?:never|didn'?t|did\s+not|wasn'?t|was\s+not)\s+(?:mean|meant|intend|intended|trying)\s+(?:to|for|it)\b
    | \b(?:wasn'?t|was\s+not|never)\s+my\s+intention | \bnot\s+my\s+intention | \bunintentional"""
)
IF_HURT = _rx(
    r"""\bif\s+(?:you\s+(?:were|was|felt|feel|are|got|have\s+been)
            \s+(?:hurt|upset|offended|wounded|bothered)
          | i\s+(?:hurt|upset|offended)\s+you | (?:that|this|it)\s+(?:hurt|upset)\s+you | anyone\s+(?:was|got)\s+hurt)
    | \bsorry\s+(?:that\s+)?you\s+(?:feel|felt|think|were|are|got|took\s+it)\b
    | \bsorry\s+if\b | \bto\s+the\s+extent\b | \bany\s+hurt\b | \bwhatever\s+hurt\b"""
)
YOU_ALSO = _rx(
    r"""\byou\s+(?:also|too)\b | \byou\s+(?:were|was)\s+(?:never|always|so|too|distant|cold|busy|away)\b
    | \bbecause\s+you\b | \byou\s+(?:made|pushed|drove|forced)\s+me\b | \bif\s+you\s+(?:had|hadn'?t|would|'?d)\b
    | \byou\s+never\b | \byou\s+always\b | \bwe\s+both\b | \bboth\s+(?:of\s+us\s+)?to\s+blame\b | \bit\s+takes\s+two\b
    | \byour\s+fault\b | \byou'?re\s+not\s+(?:innocent|perfect)\b | \byou\s+weren'?t\s+there\b"""
)
MINIMISING = _rx(
    r"""\b(?:it\s+was|it'?s|was)\s+(?:only|just)\b
    | \b(?:only|just)\s+(?:once|twice|a\s+few|a\s+couple|one|texting|talking|messages|friends
          |a\s+kiss|a\s+fling|a\s+bit)\b
    | \bdidn'?t\s+mean\s+anything | \bdid\s+not\s+mean\s+anything | \bmeant\s+nothing
    | \bnot\s+(?:a|that)\s+big\s+(?:a\s+)?deal
    | \bno\s+big\s+deal | \bnothing\s+(?:really\s+)?happened | \bnot\s+(?:that|as)\s+bad | \bit\s+was\s+nothing\b"""
)
NO_ONE = _rx(
    r"""\bmistakes\s+were\s+made | \bthings\s+(?:just\s+)?(?:happened|got\s+out\s+of\s+hand|went\s+too\s+far)
    | \bit\s+(?:just\s+)?(?:happened|got\s+out\s+of\s+hand)\b"""
)
# "I" and something done, in the past: a listed verb, a regular "-ed" verb, or "was …ing".
ACTION = _rx(
    r"""\bi\s+(?:have\s+|had\s+|also\s+|then\s+|repeatedly\s+|secretly\s+)?
    (?P<verb>lied|hid|kept|spent|took|had|slept|met|broke|told|went|saw|began|started|chose|gave|made|stole|sent
      |bought|drank|gambled|cheated|betrayed|deceived|used|let|left|ran|got|wrote|borrowed|sold|moved|opened
      |deleted|texted|emailed|messaged|visited|paid|[a-z]+ed)\b
    | \bi\s+(?:was|have\s+been|had\s+been|kept)\s+(?P<ing>[a-z]+ing)\b"""
)
NOT_ACTS = frozenset(
    "wanted needed loved hoped tried wished intended feared worried believed seemed assumed supposed liked "
    "realized realised learned noticed convinced tired scared ashamed afraid deserved considered wondered "
    "pretended thought guess guessed owed agreed".split()
)
NOT_ACTS_ING = frozenset("going trying feeling thinking hoping wanting wondering being".split())
IMPACT = _rx(
    r"""\b(?:hurt|pain|painful|cost|impact\w*|damag\w*|harm\w*|wound\w*|humiliat\w*|frighten\w*|scared|shock\w*
      |devastat\w*|lonel\w*|doubt\w*|destroy\w*|shatter\w*|sleep\w*|anxious|afraid|fool\w*|crazy|unsafe|betray\w*
      |grie\w*|lost|ashamed|embarrass\w*|question(?:ing|ed)?\s+your|can'?t\s+trust|cannot\s+trust|hard\s+to\s+trust
      |isolat\w*|angry|anger|panic\w*|heartbr\w*|trauma\w*|sick|stress\w*|exhaust\w*|worr\w*)\b"""
)
# "I was ashamed", "I felt afraid": the writer's own feeling, not the impact on the partner.
OWN_FEELING = re.compile(r"\bi\s+(?:was|am|'m|felt|feel|get|got)\s+(?:so\s+|very\s+|too\s+)?$")
YOU = re.compile(r"\byou(?:'ve|'re|r|rs|rself)?\b")
HIDING = _rx(
    r"""\b(?:hid|hidden|hide|hiding|secret\w*|kept\s+(?:it|this|them|that|everything|quiet)|didn'?t\s+tell|did\s+not\s+tell
      |never\s+told|lied|lie|lying|conceal\w*|covered\s+(?:it\s+)?up|cover\s+it\s+up|keep\s+it\s+from)\b"""
)
REASON = _rx(
    r"""\b(?:because|since|afraid|scared|ashamed|shame|fear\w*|terrified|so\s+(?:that\s+)?(?:you|i)|to\s+(?:avoid|protect|keep|spare)
      |didn'?t\s+want|did\s+not\s+want|couldn'?t\s+face|could\s+not\s+face|the\s+reason|coward\w*|avoid\w*)\b"""
)
_SENTENCE = re.compile(r"[^.!?;\n]+")
DEFLECTIONS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    ("you-also", YOU_ALSO),
    ("if-hurt", IF_HURT),
    ("never-meant", NEVER_MEANT),
    ("but", BUT),
    ("minimising", MINIMISING),
    ("no-one-did-it", NO_ONE),
)


class Review(TextReview[Kind, Verdict]):
    """What the helper found in a statement, and its verdict."""


def _fold(text: str) -> str:
    folded = text.translate(_APOSTROPHES)
    lowered = folded.lower()
    # Keep every character at its offset, so a span points at the person's own text.
    return lowered if len(lowered) == len(folded) else "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


def _action(text: str) -> tuple[int, int] | None:
    for match in ACTION.finditer(text):
        verb, ing = match.group("verb"), match.group("ing")
        if (verb and verb not in NOT_ACTS) or (ing and ing not in NOT_ACTS_ING):
            return match.span()
    return None


def _impact(text: str, unsaid: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An impact word in a sentence about "you", outside a conditional ("if you were hurt")."""
    for sentence in _SENTENCE.finditer(text):
        if not YOU.search(sentence.group()):
            continue
        for match in IMPACT.finditer(sentence.group()):
            start = sentence.start() + match.start()
            if OWN_FEELING.search(text, max(0, start - 20), start):
                continue
            if not any(a <= start < b for a, b in unsaid):
                return start, sentence.start() + match.end()
    return None


def _why_hidden(text: str) -> tuple[int, int] | None:
    """A word of hiding with a reason in the same sentence or the next one."""
    sentences = [m.span() for m in _SENTENCE.finditer(text)]
    for index, (start, end) in enumerate(sentences):
        hiding = HIDING.search(text, start, end)
        if hiding is None:
            continue
        reach = sentences[index + 1][1] if index + 1 < len(sentences) else end
        if REASON.search(text, start, reach):
            return hiding.start(), reach
    return None


def review_statement(statement: str) -> Review:
    """Review a statement of responsibility. Never raises, whatever the string."""
    if not statement or statement.isspace():
        return Review((finding("empty"),), "empty")
    text = _fold(statement)
    found: dict[Kind, Finding] = {}
    for kind, pattern in DEFLECTIONS:
        match = pattern.search(text)
        if match:
            found[kind] = finding(kind, match.span())
    action = _action(text)
    impact = _impact(text, [m.span() for m in IF_HURT.finditer(text)])
    hidden = _why_hidden(text)
    parts: tuple[tuple[Kind, Kind, tuple[int, int] | None], ...] = (
        ("no-action", "good-action", action),
        ("no-impact", "good-impact", impact),
        ("no-why-hidden", "good-why-hidden", hidden),
    )
    strengths: list[Finding] = []
    for missing, good, span in parts:
        if span is None:
            found[missing] = finding(missing)
        else:
            strengths.append(finding(good, span))
    concerns = tuple(found[k] for k in ORDER if k in found)
    return Review(concerns + tuple(strengths), "needs-work" if concerns else "clear")
