"""The coach's words for what makes a promise hard to keep: forever language, an inner state
as the promise, heartfelt but open wording, and hedges that leave a way out.

Patterns read the plain text from coach_normalise (lowercase, no apostrophes, contractions
spelled out: "i will", "will not", "i am"). Compiled once at import: the coach runs on every
keystroke.
"""

from __future__ import annotations

import re

# A space inside a phrase means "any run of whitespace or hyphens", so "check in" also
# matches "check-in". Lookarounds stand in for \b so that "100%" can match too.


def alt(*phrases: str) -> str:
    return "|".join(p.replace(" ", r"[\s\-]+") for p in phrases)


def rx(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alt(*phrases) + r")(?!\w)")


END = r"(?!\w)"  # end of a word, for use inside lookaheads
WE = r"(?:i|we)"
# Who promises: "i will", "we are going to", "i promise to" (after normalisation).
PROMISER = (
    rf"{WE} (?:will|shall|am going to|are going to|promise to|want to|plan to|commit to|"
    rf"intend to|would like to|need to|must)"
)

# "never", "always" and friends: promises no one can guarantee. "won't ... again" is
# forever language too, even without one of these words.
ABSOLUTE = rx(
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
    r"(?:will not|not|no longer)[^.!?;]{0,60}?(?<!\w)(?P<again>again)",
)

# Inner states only count when they are what's promised ("I'll trust you"), not when
# they set the scene ("if I feel tempted") or are said aloud ("tell you I love you").
_LEAD = (
    rf"(?:^|(?<!\w)(?:{PROMISER}|to|and)|[,;])\s*"
    r"(?:(?!(?:if|when|whenever|i|you|tell|say|said|show|that|text|call|write|ask)\b)\w+\s+){0,2}?"
)
_TRAIT = (
    r"better|kinder|nicer|honest|faithful|loyal|open|transparent|present|patient|"
    r"supportive|attentive|trustworthy|perfect|good|caring|loving|thoughtful|considerate|"
    r"sincere|truthful|vulnerable|happ(?:y|ier)|person|partner|husband|wife|man|woman|"
    r"boyfriend|girlfriend|affectionate|reliable|consistent|responsible|mature|calm(?:er)?|"
    r"gentle(?:r)?|romantic|available|involved|engaged|mindful|aware|careful|respectful|"
    r"understanding|generous|focused|committed|devoted|dependable|accountable|grateful|"
    r"warm(?:er)?|softer|less \w+|emotionally \w+|someone"
)
INNER = re.compile(
    alt(
        _LEAD + r"(?P<core>"
        r"lov(?:e|es|ed|ing)(?! you (?:out loud|aloud))|car(?:e|es|ed|ing)(?! for (?:the|my|our))|"
        r"valu(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing)|forgiv(?:e|es|ing)|becom(?:e|es|ing)|"
        r"(?:trust|feel|respect|cherish|understand|heal|grow|notice|consider)(?:s|es|ed|ing)?|"
        r"change(?! (?:my|the|our|your|it|a|an|how|where|when)\b)|"  # not "change my passcode"
        r"be (?:(?:a|an|the|more|less|much|so|really|totally|completely|new|whole|way|far|a lot) ){0,3}"
        rf"(?:{_TRAIT})|"
        r"(?:stay|keep|remain) (?:calm|patient|positive|open|honest|faithful|loyal)|"
        r"pay (?:more |closer |better )?attention|show (?:more|you more) (?:love|affection|care|interest)|"
        r"(?:get|be|become) (?:less )?(?:defensive|angry|jealous|moody)|"
        r"make you (?:feel|happy|believe|trust|safe))" + END,
    )
)

# Heartfelt wording that leaves open what will actually happen.
VAGUE = rx(
    "try harder",
    "try my best",
    "do my best",
    "do better",
    "do more",
    "get better",
    "make it up to you",
    "make (?:it|this|things|everything|us) right",
    "make amends",
    "(?:things|it|everything|we) (?:will|are going to) be different",
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
    "show you (?:that|how|what|i|my love)",
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
    r"open up(?! (?:my|the|our|your|them|it|all|\w+s)\b)",  # "open up my messages" is an act
    "stop being",
    "do the right thing",
    "keep my (?:word|promises?)",
    "look after you",
    "treat you (?:better|right|well|properly)",
    "give you (?:(?:more|all the|the) )?(?:space|attention|affection|reassurance|love|time)",
    "(?:be|get) better (?:at|about|with)",
    r"(?:more|less) (?:often|regularly|openly|honestly|carefully|quickly|thoughtfully)",
    r"(?<=\w\s)(?:more|better|less)(?=\s*(?:[,;.!?]|$| (?:on|at|during|when|in|each|every|with)\b))",
)

# A hedge leaves a way out: "when I can", "I'll try to". However concrete the rest, the
# other person cannot tell whether it was kept, so a hedge always keeps "needs work".
HEDGE = rx(
    r"tr(?:y|ies|ying) (?:to|and|my)",
    "(?:i|we) will try",
    "(?:attempt|aim|hope) to",
    "hopefully",
    "maybe",
    "perhaps",
    "probably",
    "possibly",
    "ideally",
    r"(?:if|when|whenever|where|as soon as) (?:i|we) (?:can|could|am able)(?! \w+ing\b)",
    r"(?:if|when|whenever|where|as soon as|as much as|as often as) possible",
    "as (?:much|often|best) as (?:i|we) can",
    "(?:the )?best (?:i|we) can",
    r"(?:when|if|whenever) (?:i|we) (?:get|have|find) (?:the )?(?:chance|time|a chance|a minute|a moment)",
    r"(?:when|if|whenever|unless) (?:i|we) am (?:not )?(?:too |very )?(?:busy|tired|stressed|free|able)",
    r"(?:when|if|whenever) (?:i|we) (?:remember|feel like it|feel up to it|am up to it|am in the mood)",
    r"(?:when|if) (?:i|we) (?:have|get) (?:some )?(?:time|a sec(?:ond)?)",
    "(?:if|when) (?:it|work|things|time) (?:allows?|permits?|suits?|calms? down)",
    "(?:if|unless) (?:nothing|something) (?:else )?comes up",
    "unless (?:i|we) (?:forget|am busy|am tired|cannot)",
    "(?:most|some) (?:days|nights|weeks|mornings|evenings|of the time)",
    "sometimes",
    "occasionally",
    "(?:every )?now and (?:then|again)",
    "from time to time",
    "every so often",
    "here and there",
    "or so",
    "if all goes well",
    "at some point",
    "eventually",
    "one day",
    "(?:i|we) (?:might|could|should)",
    "should be able to",
    "(?:i|we) will see if",
    "within reason",
    "depending on",
    "if (?:i|we) am allowed",
)

# Common words of languages other than English, to say "the coach reads English only"
# instead of calling a wording grand. A few English words share a spelling ("me", "in"):
# the check weighs both sides.
FOREIGN = frozenset(
    """je tu il nous vous les des est pas une et que qui avec tous toutes chaque soir jour
    ich du wir und nicht ist der die das dich mich jeden jede werde wird mit dir abends
    yo te las los el y con por para todos todas cada noche voy llamare prometo siempre nunca
    io ti ogni che non sono sera giorno ik jij het een niet elke avond ben zal eu voce nao
    vou com todo dia noite jag och inte varje kvall jeg og ikke hver dag vil skal jij zij
    będę cię każdy wieczór ja nie""".split()
)
ENGLISH = frozenset(
    """i you we the to a and my your our will at on in every when if with it not of for be
    before after each by up this that is are am me us what how do have text call tell""".split()
)
