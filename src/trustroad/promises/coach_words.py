"""The promise coach's patterns: what an action, a when, a rhythm, something visible, a vague
word, an inner state and forever language look like in a promise's wording.

Compiled once at import: the coach runs on every keystroke.
"""

from __future__ import annotations

import re

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


APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`\u00b4", "'"))
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
ABSOLUTE = _rx(
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
INNER = re.compile(
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
VAGUE = _rx(
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
ACTION = _rx(
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
VISIBLE = _rx(
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
WHEN = _rx(
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
TRIGGER_CLAUSE = re.compile(
    _alt(
        rf"(?<![\w'])(?:{_TRIGGER})[^,;.!?]*?"
        rf"(?=\s*(?:[,;.!?]|(?<![\w'])(?:i'?ll|i will|we'?ll|we will){_END}|$))",
    )
)

# A how-often: a rhythm lets a small promise repeat and build up.
OFTEN = _rx(
    rf"(?:every|each) (?:single |other )?(?:{_UNIT}|time|\d+ (?:hours|days|weeks))",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "whenever",
    r"(?:once|twice|\w+ times) (?:a|per|each|every) (?:day|week|month|fortnight)",
)
