"""The coach's normalisation pass: one plain spelling of a wording before any matching.

People type "ill txt u b4 work", "I'll text you before work" and "Ill text you before work."
for the same promise; the patterns should see one text. The pass lowercases, drops
apostrophes (so "I'll" and "Ill" become the same word), expands texting forms and
contractions, folds American spellings into British ones and drops a final full stop.

It keeps, for every character it writes, the offset of the character it came from, so a
match in the plain text maps back to a span of the person's own wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_APOSTROPHES = "'\u2019\u2018\u02bc`\u00b4"
_TOKEN = re.compile(r"[\w" + _APOSTROPHES + r"]+|&|@")
_STRIP = str.maketrans("", "", _APOSTROPHES)

# Texting forms, contractions without their apostrophe, and spelling variants.
_WORDS = dict(
    pair.replace("_", " ").split("=")
    for pair in """
    u=you ya=you yu=you ur=your urs=yours r=are txt=text txts=texts txted=texted txting=texting
    tx=text msg=message msgs=messages msging=messaging fone=phone nite=night nites=nights
    tonite=tonight 2nite=tonight 2night=tonight tmrw=tomorrow tmr=tomorrow tmw=tomorrow
    tomoz=tomorrow 2moro=tomorrow 2day=today b4=before wk=week wks=weeks wkly=weekly
    wkend=weekend wknd=weekend wkends=weekends wknds=weekends thru=through bc=because
    cuz=because coz=because pls=please plz=please gonna=going_to wanna=want_to gotta=got_to
    lemme=let_me ppl=people mins=minutes min=minute hr=hour hrs=hours asap=straight_away
    evry=every convo=conversation convos=conversations pic=photo pics=photos luv=love
    sth=something smth=something abt=about w=with n=and b=be aft=after mornin=morning
    im=i_am ive=i_have id=i_would youll=you_will youre=you_are youve=you_have weve=we_have
    theyll=they_will theyre=they_are itll=it_will wont=will_not dont=do_not cant=cannot
    shes=she_is oclock=o_clock ima=i_am_going_to imma=i_am_going_to
    counselor=counsellor counselors=counsellors counseling=counselling canceled=cancelled
    canceling=cancelling traveling=travelling behavior=behaviour honor=honour favor=favour
    color=colour centre=center theatre=theater program=programme practice=practise
    mon=monday tues=tuesday weds=wednesday thurs=thursday fri=friday
    """.split()
)
# Ambiguous forms, read from the word before: "on sat" is a day, "I sat down" is not.
_AFTER_DAY_WORD = {"on", "every", "each", "next", "this", "by", "until", "till", "and", "or", "from"}
_DAYS = {"sat": "saturday", "sun": "sunday", "wed": "wednesday", "thu": "thursday", "tue": "tuesday"}
_SICK_BEFORE = set("am im feel feeling felt was get got getting being be fall falls fell is really very too".split())
_CLAUSE_START = {"", "and", "so", "then", "but", "or", "both"}
_NOT_A_VERB_AFTER_WELL = set(
    "as done said known enough i you it its that this then maybe okay ok yes no so now".split()
)
_NUMBER_BEFORE = set("at by before after until till around about from every for in within the than or and".split())
_SIZE_WORDS = set("size sized sizes prize prizes seize seized capsize citizen".split())
_ZE = re.compile(r"(..[a-z])iz(e|es|ed|ing|ation)$")


@dataclass(frozen=True)
class Plain:
    text: str  # the plain wording the patterns read
    # Each change as (start, end) in text and (start, end) in the wording, in order. Between
    # changes, characters are copied one for one.
    edits: tuple[tuple[int, int, int, int], ...]

    def _origin(self, at: int, last: bool) -> int:
        shift = 0
        for start, end, was_start, was_end in self.edits:
            if at < start:
                break
            if at < end:  # inside a changed word: its first character, or its end
                return was_end - 1 if last else was_start
            shift = was_end - end
        return at + shift

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the plain text as a span of the person's wording."""
        return self._origin(start, False), self._origin(end - 1, True) + 1


_CONTEXT = frozenset({"ill", "well", "were", "2", "4", *_DAYS})


def _word(word: str, before: str, after: str) -> str:
    if word in _DAYS:
        return _DAYS[word] if before in _AFTER_DAY_WORD else word
    if word == "ill":  # "I'll" without its apostrophe, unless someone is ill
        return word if before in _SICK_BEFORE else "i will"
    if word == "well" and before in _CLAUSE_START and after and after not in _NOT_A_VERB_AFTER_WELL:
        return "we will"
    if word == "were" and before in _CLAUSE_START and after.endswith("ing"):
        return "we are"
    if word in ("2", "4") and before.isalpha() and after.isalpha() and before not in _NUMBER_BEFORE:
        return "to" if word == "2" else "for"  # "talk 2 u"; "at 2" and "2 hours" stay numbers
    return word


def normalise(folded: str) -> Plain:
    """`folded` is the wording lowercased with every character kept at its offset."""
    end = len(folded.rstrip(" \t\r\n."))
    matches = list(_TOKEN.finditer(folded, 0, end))
    words = [m.group().translate(_STRIP) for m in matches]
    out: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    at = written = 0
    for n, word in enumerate(words):
        plain = _WORDS.get(word, word)
        if word in _CONTEXT:
            joined = n and not folded[matches[n - 1].end() : matches[n].start()].strip()
            plain = _word(word, words[n - 1] if joined else "", words[n + 1] if n + 1 < len(words) else "")
        elif word == "&":
            plain = "and"
        elif word == "@":
            plain = "at"
        elif "iz" in word and word not in _SIZE_WORDS:
            plain = _ZE.sub(r"\1is\2", word)  # apologize -> apologise
        start, stop = matches[n].span()
        if plain == folded[start:stop]:
            continue
        out.append(folded[at:start])
        written += start - at
        out.append(plain)
        edits.append((written, written + len(plain), start, stop))
        written += len(plain)
        at = stop
    out.append(folded[at:end])
    return Plain("".join(out), tuple(edits))
