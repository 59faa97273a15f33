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

import re
from dataclasses import dataclass, replace
from typing import Literal

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


# --- Pattern building -------------------------------------------------------------
# A space inside a phrase means "any run of whitespace or hyphens", so "check in" also
# matches "check-in" and "check   in". Lookarounds stand in for \b so that "100%" can
# match too. Patterns are lowercase and run on a folded copy of the wording (lowercased,
# curly apostrophes straightened) that keeps every character at its offset, so match
# offsets are valid spans as they are. Case-sensitive matching on a lowered copy is
# 2-3x faster than re.IGNORECASE, which matters on every keystroke.


def _alt(*phrases: str) -> str:
    return "|".join(p.replace(" ", r"[\s\-]+") for p in phrases)


def _rx(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + _alt(*phrases) + r")(?![\w'])")


_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
_END = r"(?![\w'])"  # end of a word, for use inside lookaheads

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNIT = rf"(?:day|night|morning|afternoon|evening|week|weekday|weeknight|weekend|month|{_DAY})"
_WHO = (
    r"(?:i|i'm|im|i've|we|we're|you|you're|someone|anyone|he|she|they|it|my|your|our|"
    r"the|an?|there)"
)
# The start of a trigger or time clause: "if I feel tempted", "when my ex texts me".
# "when I can" is a hedge, not a when; "once a week" is a rhythm, not a trigger.
_TRIGGER = (
    r"(?:if|when|whenever|any\s?time|every time|each time|next time|as soon as|the moment|"
    rf"before|after|while) {_WHO}(?! can{_END})|once (?:i|i'm|we|you|my|the)"
)

# "never", "always" and friends: promises no one can guarantee. "won't ... again" is
# forever language too, even without one of these words.
_ABSOLUTE = _rx(
    "never",
    "always",
    "forever",
    "for ever",
    "everything",
    "completely",
    "totally",
    "entirely",
    r"100\s?%",
    "100 percent",
    "a hundred percent",
    "ever again",
    "every single",
    "no matter what",
    "whatever happens",
    "all the time",
    "at all times",
    "for good",
    "from now on",
    "for the rest of (?:my|our) li(?:fe|ves)",
    "nothing",
    "perfect(?:ly)?",
    "constantly",
    r"(?:won't|wont|will not|not)[^.!?;]{0,60}?(?<![\w'])(?P<again>again)",
)

# Inner states only count when they are what's promised ("I'll trust you"), not when
# they set the scene ("if I feel tempted") or are said aloud ("tell you I love you").
_PROMISER = (
    r"(?:^|(?<![\w'])(?:i'?ll|i will|i shall|i'm going to|im going to|i am going to|"
    r"i'm gonna|im gonna|i promise to|i want to|we'?ll|we will|we're going to|"
    r"we are going to|to|and)|[,;])\s*"
    r"(?:(?!(?:if|when|whenever|i|you|tell|say|said|show|that)\b)[\w']+\s+){0,2}?"
)
_TRAIT = (
    r"better|kinder|nicer|honest|faithful|loyal|open|transparent|present|patient|"
    r"supportive|attentive|trustworthy|perfect|good|caring|loving|thoughtful|considerate|"
    r"sincere|truthful|vulnerable|happ(?:y|ier)|person|partner|husband|wife|man|woman|"
    r"boyfriend|girlfriend"
)
_INNER = re.compile(
    _alt(
        _PROMISER + r"(?P<core>"
        r"lov(?:e|es|ed|ing)|car(?:e|es|ed|ing)|valu(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing)|"
        r"forgiv(?:e|es|ing)|becom(?:e|es|ing)|"
        r"(?:trust|feel|respect|cherish|understand|heal|grow)(?:s|es|ed|ing)?|"
        r"change(?! (?:my|the|our|your|it|a|an|how|where|when)\b)|"  # not "change my passcode"
        r"be (?:(?:a|an|the|more|less|much|so|really|totally|completely|new|whole) ){0,3}"
        rf"(?:{_TRAIT})|"
        r"make you (?:feel|happy|believe|trust|safe))" + _END,
    )
)

# Heartfelt wording that leaves open what will actually happen.
_VAGUE = _rx(
    "try harder",
    "try my best",
    "do my best",
    "do better",
    "do more",
    "get better",
    "make it up to you",
    "make (?:it|this|things|everything|us) right",
    "make amends",
    "(?:things|it|everything|we) (?:will|'ll|are going to) be different",
    "be different",
    r"work (?:on|at) (?:myself|me|us|it|this|things|our \w+)",
    "work harder",
    "improve",
    "put in (?:more )?effort",
    "make (?:an|more of an|more|the) effort",
    "step up",
    "whatever it takes",
    "anything (?:for you|you need|you want)",
    "prove (?:it|myself|to you|that)",
    "show you (?:that|how|what|i|i'm|i've|my love)",
    "earn (?:back )?(?:your )?trust(?: back)?",
    "rebuild",
    "fix (?:this|us|it|things|everything)",
    "communicate (?:better|more)",
    "be there for you",
    "put you first",
    "make time",
    "turn (?:things|it|my life) around",
    "start over",
    "(?:a )?new leaf",
    "open up",
    "stop being",
    "do the right thing",
    "try to",
    "sometimes",
    "more often",
    "(?:when|if) i can",
    "when i remember",
    "when i have time",
    "as (?:much|often) as (?:i can|possible)",
)

# A concrete action: it either happens or it doesn't. Some verbs only count with an
# object ("put my phone", not "put you first"; "leave my laptop", not "leave you").
_ACTION = _rx(
    "(?:text|call|phone|ring|tell|share|answer|repl(?:y|ie)|respond|send|ask|write|schedule|"
    "meet|cook|hand|read|delete|block|unfollow|mute|forward|message|email|say|hug|kiss|spend|"
    "join|update|unlock|remind|install|uninstall|talk|listen|walk|sit|attend)(?:s|es|ed|ing)?",
    # Words that are also nouns ("an open book", "a plan") count only with an object.
    "(?:book|note|log|post|plan|add|pay|miss|skip|cancel)(?:s|ed|ing)?"
    f"(?= (?:a|an|the|our|my|your|it|them|us|every|each|any){_END})",
    f"show(?:s|ing)?(?! you (?:that|how|what|i|i'm|i've|my love){_END})",
    f"put(?:s|ting)?(?! (?:you|in){_END})",
    f"leav(?:e|es|ing)(?! you{_END})",
    "check(?:s|ing)? (?:in|with)",
    "turn(?:s|ing)? (?:off|on)",
    "switch(?:es|ing)? off",
    r"pick(?:s|ing)? (?:\w+ )?up",
    r"drop(?:s|ping)? (?:\w+ )?off",
    "bring(?:s|ing)?",
    "(?:go|goes) to (?:the|my|our|bed|work|therapy)",
    "show(?:s|ing)? up",
    "stay(?:s|ing)? off",
    "(?:come|get|be|head)(?:s|ing)? (?:home|back)",
    f"set(?= (?:an?|aside){_END})",
    "let you know",
    "stop at",
    f"tak(?:e|es|ing)(?= (?:a|the|our|my|you){_END})",
    f"open(?= (?:my|the|our){_END})",
    # Concrete things: "I won't use my phone at dinner" is an action without a listed verb.
    r"(?:my|the|our|your) (?:\w+ ){0,2}?(?:phone|laptop|computer|screen|location|calendar|passcode|"
    "password|inbox|messages|texts|statements?|receipts|notebook|check in|date night|session|"
    "appointment|therapist|counsell?ing)s?",
)

# Something the other person could see: done to or with them, in a shared place, or
# out loud. Communicative verbs count when "you" follows within a few words.
_VISIBLE = _rx(
    r"(?<!my\s)(?<!the\s)(?<!your\s)"  # "my phone" is a thing, not "phone you"
    "(?:text|call|phone|ring|tell|show|share|answer|repl(?:y|ie)|respond|send|ask|message|"
    "email|hand|give|read|remind|hug|kiss|thank|meet|join|update|let|talk|listen|sit|walk|"
    r"check|forward|write|bring|come|say|pick|take|cook|spend|invite|include|plan|book)\w*\s+"
    rf"(?:(?!(?:i|i'll|ill|i'm|we|we'll){_END})[\w']+\s+){{0,3}}?(?:you|your)",
    "you(?:'ll| will| can| could| may)? (?:be able to )?(?:see|check|read|hear|look)",
    "where you can",
    "in front of you",
    "out loud",
    "aloud",
    "shared",
    "together",
    "shar(?:e|es|ing) (?:my|our) (?:screen|location|calendar)",
    r"bring(?:s|ing)? (?:\w+ ){0,2}?up",
    "say(?:ing)? so",
    "face up",
    "(?:with|for) us",
    "both of us",
    "we(?:'ll|'re)?",
    "on the (?:kitchen )?(?:table|counter|fridge)",
    "(?:in|into) (?:the|our) (?:living room|kitchen|bedroom|bed)",
    "(?:at|during|over) (?:dinner|breakfast|meals?|mealtimes?|the table)",
    r"our (?:\w+ ){0,2}?(?:calendar|check in|walks?|date|dinner|sessions?|meeting|notebook|list|"
    "chat|thread|appointments?|counsell?ing|therapy)",
)

# A when: a clock time, a day, a moment in the day, or a trigger ("if I feel tempted").
_CLOCK = r"\d{1,2}(?::\d\d)?"
_WHEN = _rx(
    rf"at {_CLOCK}(?:\s?(?:am|pm|o'clock))?",
    rf"{_CLOCK}\s?(?:am|pm)",
    "at (?:noon|midnight|night|dinner|lunch|lunchtime|breakfast|bedtime)",
    r"at the end of (?:the|each|every) \w+",
    rf"(?:by|before|after|until) (?:{_CLOCK}(?:\s?(?:am|pm))?|noon|midnight|tonight|{_DAY})",
    f"{_DAY}s?",
    "weekdays",
    "weeknights",
    "weekends?",
    "tonight",
    "tomorrow",
    "today",
    f"(?:this|next) {_UNIT}",
    "during",
    "in the (?:morning|afternoon|evening)",
    "before bed",
    "(?:after|before) (?:work|dinner|lunch|breakfast|school)",
    "on (?:my|the|our) (?:way|lunch break|break|commute)",
    "the (?:day|night|morning|evening) before",
    "(?:that|the same) (?:day|night|evening)",
    _TRIGGER,
    r"within (?:\d+|an?|one|half an?) (?:minutes?|hours?|day)",
)

# The whole trigger clause, up to a comma or the promise itself ("..., I'll"). Verbs in
# it describe the situation ("when we talk"), not the promised action, so they don't count.
_TRIGGER_CLAUSE = re.compile(
    _alt(
        rf"(?<![\w'])(?:{_TRIGGER})[^,;.!?]*?"
        rf"(?=\s*(?:[,;.!?]|(?<![\w'])(?:i'?ll|i will|we'?ll|we will){_END}|$))",
    )
)

# A how-often: a rhythm lets a small promise repeat and build up.
_OFTEN = _rx(
    rf"(?:every|each) (?:single |other )?(?:{_UNIT}|time|\d+ (?:hours|days|weeks))",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "whenever",
    r"(?:once|twice|\w+ times) (?:a|per|each|every) (?:day|week|month|fortnight)",
)


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
    text = wording.translate(_APOSTROPHES)
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

    absolute = _ABSOLUTE.search(text)
    inner = _INNER.search(text)
    vague = _VAGUE.search(text)
    clauses = [m.span() for m in _TRIGGER_CLAUSE.finditer(text)]
    action = next((m for m in _ACTION.finditer(text) if not any(a <= m.start() < b for a, b in clauses)), None)
    when = _WHEN.search(text)
    often = _OFTEN.search(text)
    visible = _VISIBLE.search(text)

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
