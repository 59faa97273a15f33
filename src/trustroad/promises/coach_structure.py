"""The coach's structure check: an action (a verb with a concrete object), a when or a rhythm,
and something the other person could see.

An action is found by shape, not only from a list: a plain verb right after "I'll" (or at
the start of a clause) followed by an object ("see the counsellor", "come and find you")
counts, unless the verb is one of the few that name a feeling or an intention (NOT_ACTS).
Patterns read the plain text from coach_normalise. Compiled once at import.
"""

from __future__ import annotations

import re

from trustroad.promises.coach_words import END, PROMISER, alt, rx

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_UNIT = (
    rf"(?:day|night|morning|afternoon|evening|week|weekday|weeknight|weekend|month|fortnight|year|"
    rf"payday|session|lunch(?:time)?|bedtime|dinner|breakfast|meal(?:time)?|shift|{_DAY})"
)
_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m|p\.m|o clock|h))?|{_NUM}(?: (?:thirty|fifteen|o clock))?)"

# A trigger: the moment that sets the promise off ("if I feel tempted", "after every
# argument", "before I leave the house"). "when I can" is a hedge; "once a week" a rhythm.
_TRIGGER = (
    r"(?:if|when|whenever|any ?time|every time|each time|next time|as soon as|the moment|"
    r"the minute|before|after|while|once|by the time|until|till)"
    r"(?! (?:i|we) (?:can|could|get the chance|have time|remember|am not busy)\b)"
    r"(?! (?:a|an|per|every|each|possible|all goes)\b) (?!(?:can|could)\b)\w+"
)

# A concrete action: it either happens or it doesn't. Some verbs only count with an
# object ("put my phone", not "put you first"; "leave my laptop", not "leave you").
ACTION = rx(
    "(?:text|call|phone|ring|tell|share|answer|repl(?:y|ie)|respond|send|ask|write|schedule|"
    "meet|cook|hand|read|delete|block|unfollow|mute|forward|message|email|say|hug|kiss|spend|"
    "join|update|unlock|remind|install|uninstall|talk|listen|walk|sit|attend|screenshot|"
    "apologis|video ?call|facetime)(?:s|es|ed|ing|e)?",
    # Words that are also nouns ("an open book", "a plan") count only with an object.
    "(?:book|note|log|post|plan|add|pay|miss|skip|cancel)(?:s|ed|ing)?"
    f"(?= (?:a|an|the|our|my|your|it|them|us|every|each|any){END})",
    f"show(?:s|ing)?(?! you (?:that|how|what|i|my love){END})",
    f"put(?:s|ting)?(?! (?:you|in){END})",
    f"leav(?:e|es|ing)(?! you{END})",
    "check(?:s|ing)? (?:in|with)",
    "turn(?:s|ing)? (?:off|on)",
    "switch(?:es|ing)? off",
    r"pick(?:s|ing)? (?:\w+ )?up",
    r"drop(?:s|ping)? (?:\w+ )?off",
    "bring(?:s|ing)?",
    "(?:come|get|be|head)(?:s|ing)? (?:home|back)",
    "let you know",
    f"set(?= (?:an?|aside){END})",
    # Concrete things: "I won't use my phone at dinner" is an action without a listed verb.
    r"(?:my|the|our|your) (?:\w+ ){0,2}?(?:phone|laptop|computer|screen|location|calendar|passcode|"
    "password|inbox|messages|texts|statements?|receipts|notebook|check in|date night|session|"
    "appointment|therapist|counsell(?:ing|or)|breathalyser|test|dishes|bins|kids)s?",
    "location sharing",
)

_ADVERB = (
    r"(?:always|also|still|just|really|definitely|honestly|actually|each|both|all|personally|"
    r"then|first|immediately|quickly|properly|openly|calmly|gently|happily|genuinely|truly)"
)
_OBJECT = (
    r"(?:the|my|our|your|a|an|this|that|these|those|them|him|her|it|you|us|up|out|through|in|on|"
    r"off|down|back|over|with|to|at|for|about|into|home|some|one|two|and|every|each|any|all|\w+ing|\d+)"
)
# A plain verb with an object, at the start of a clause or after "I'll" / "and".
GENERIC_ACTION = re.compile(
    rf"(?:^|(?<=[,;:.!?(])\s*|(?<!\w)(?:{PROMISER}|and|then|or|to)\s+)(?:{_ADVERB}\s+){{0,2}}"
    rf"(?P<verb>[a-z]+)(?=\s+{_OBJECT}{END})"
)
# Verbs that name a feeling, an intention or a way of being: never an action by shape.
NOT_ACTS = frozenset(
    """be am is are was were become feel love care try hope want need mean think know believe
    trust respect value appreciate understand forgive grow heal learn improve work prove earn
    rebuild fix stop treat pay focus commit dedicate devote cherish honour protect support stay
    remain seem look stand make keep give i you we it he she they me the a an my your our there
    here so more less much very too will shall would should could can may might must going gonna
    try promise swear get not never always also just really still definitely mean change lie cheat
    hurt betray disappoint""".split()
)

# Something the other person could see: done to or with them, in a shared place, or
# out loud. Communicative verbs count when "you" follows within a few words.
VISIBLE = rx(
    r"(?<!my\s)(?<!the\s)(?<!your\s)"  # "my phone" is a thing, not "phone you"
    "(?:text|call|phone|ring|tell|show|share|answer|repl(?:y|ie)|respond|send|ask|message|"
    "email|hand|give|read|remind|hug|kiss|thank|meet|join|update|let|talk|listen|sit|walk|"
    r"check|forward|write|bring|come|say|pick|take|cook|spend|invite|include|plan|book|find|"
    r"apologis|explain|copy|cc|video ?call|facetime|scroll|go)\w*\s+"
    rf"(?:(?!(?:i|we){END})\w+\s+){{0,3}}?(?:you|your)",
    "(?:with|to|beside|next to|for) you(?! need| want| deserve)",
    "you (?:will |can |could |may |would |are able to |will be able to )?(?:see|check|read|hear|look|know|watch|find)",
    "where you can",
    "in front of you",
    "out loud",
    "aloud",
    "shared",
    "together",
    "location sharing",
    "shar(?:e|es|ing) (?:my|our) (?:screen|location|calendar)",
    r"bring(?:s|ing)? (?:\w+ ){0,2}?up",
    "say(?:ing)? so",
    "face up",
    r"hand(?:s|ing)? (?:it |them |\w+ )?over",
    "on speaker(?:phone)?",
    "(?:with|for) us",
    "both of us",
    "we",
    "(?:on|to) the (?:kitchen )?(?:table|counter|fridge)",
    "(?:in|into) (?:the|our) (?:living room|kitchen|bedroom|bed|hall|hallway|lounge)",
    "(?:at|during|over) (?:dinner|breakfast|meals?|mealtimes?|the table)",
    r"our (?:\w+ ){0,2}?(?:calendar|check in|walks?|date|dinner|sessions?|meeting|notebook|list|"
    "chat|thread|appointments?|counsell(?:ing|or)|therapist|therapy)",
)

# Done to them, with any verb: "I'll drive you", "we'll pick you up" (the span is the act).
DONE_TO_YOU = re.compile(
    rf"(?:{PROMISER}|and|then) (?:\w+ )?(?P<act>(?!(?:make|let|miss|love|trust|need|want|look){END})\w+ "
    rf"(?:\w+ )?(?:you|your)){END}"
)

# A when: a clock time, a day, a date, a moment in the day, or a trigger.
WHEN = rx(
    rf"(?:at|by|before|after|until|till|around|from) (?:{_CLOCK}|half (?:past )?{_NUM}|noon|midnight|"
    r"midday|lunch(?:time)?|dinner(?:time)?|breakfast|bedtime|night|tea ?time|tonight)",
    r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m|p\.m)",
    r"at the (?:end|start) of (?:the|each|every|our) \w+",
    rf"{_DAY}s?",
    "weekdays",
    "weeknights",
    "weekends?",
    "tonight",
    "tomorrow",
    "today",
    f"(?:this|next) {_UNIT}",
    "during",
    "in the (?:morning|afternoon|evening)s?",
    "(?:before|after|at) (?:bed|work|dinner|lunch|breakfast|school|church|the gym)",
    r"on (?:my|the|our|your) (?:way|lunch break|break|commute|drive|days? off|birthday|anniversary)",
    "the (?:day|night|morning|evening) before",
    "(?:that|the same) (?:day|night|evening)",
    r"on the \d{1,2}(?:st|nd|rd|th)",
    r"(?:the )?(?:first|second|third|fourth|last|1st|2nd|3rd|4th) (?:\w+ )?of (?:the|each|every) month",
    r"(?:the )?(?:first|last) (?:thing|\w+day)",
    "(?:on |every |each )?payday",
    "straight away",
    "right away",
    "immediately",
    "first thing",
    "last thing",
    _TRIGGER,
    r"within (?:\d+|an?|one|half an?|the|\w+) (?:minutes?|hours?|day)",
)

# The whole trigger clause, up to a comma or the promise itself ("..., I'll"). Verbs in
# it describe the situation ("when we talk"), not the promised action, so they don't count.
TRIGGER_CLAUSE = re.compile(alt(rf"(?<!\w)(?:{_TRIGGER})[^,;.!?]*?(?=\s*(?:[,;.!?]|(?<!\w)(?:i will|we will){END}|$))"))

# A how-often: a rhythm lets a small promise repeat and build up.
OFTEN = rx(
    rf"(?:every|each) (?:single |other |second |third |)(?:{_UNIT}s?|time|\d+ \w+|two \w+|couple of \w+|"
    r"few (?:days|hours)|\w+ (?:morning|night|evening))",
    "daily",
    "nightly",
    "weekly",
    "fortnightly",
    "biweekly",
    "monthly",
    "quarterly",
    "yearly",
    "annually",
    "whenever",
    rf"(?:once|twice|\w+ times) (?:a|per|each|every) (?:day|week|month|fortnight|year|{_DAY})",
    "twice (?:daily|weekly|monthly)",
    "on (?:weekdays|weeknights|weekends|mornings|evenings|nights)",
)
