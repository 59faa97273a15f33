"""Everything that can travel in a letter, as the "send to my partner" choices a person sees.

Off by default and separate from sharing in the therapy summary: a person switches each on.
"""

from __future__ import annotations

from dataclasses import dataclass

from trustroad.agreements.model import Agreements
from trustroad.checkins.model import CheckIns
from trustroad.letters.together import AGENDA, STORY, item_key
from trustroad.promises.model import PromisesBook


@dataclass(frozen=True)
class Choice:
    key: str
    label: str  # may hold the person's own words (a title, a promise): shown as plain text


def travel_choices(agreements: Agreements, promises: PromisesBook, checkins: CheckIns) -> list[Choice]:
    choices = [
        Choice(item_key("agreement", a.id), f"Agreement: {a.title or 'untitled'}") for a in agreements.agreements
    ]
    choices += [
        Choice(item_key("promise", p.id), f"Promise: {p.wording or 'untitled'}")
        for p in promises.promises
        if p.owner != "partner"  # only the one who made a promise sends it
    ]
    choices += [
        Choice(item_key("checkin", c.id), f"Weekly check-in of {c.date.isoformat()}") for c in checkins.newest_first()
    ]
    choices.append(Choice(STORY, "My account of how this happened"))
    choices.append(Choice(AGENDA, "My list for a joint therapy session"))
    return choices
