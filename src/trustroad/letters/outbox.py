"""What the next letter holds: every chosen item that changed since it last left, nothing else.

`compose` reads the person's documents and together.json and returns the body and, for each
item in it, the digest to remember once the letter is safely written (Together.mark_sent).
`describe` lists the body in plain words for the screen that shows it before sealing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta

from trustroad.agreements.model import Agreement, Agreements
from trustroad.checkins.model import CheckIns
from trustroad.letters.body import AgreementNote, CheckInNote, LetterBody, PromiseNote, SharedStoryNote, Stance
from trustroad.letters.together import AGENDA, SHARED_STORY, STORY, Together, item_key
from trustroad.promises.model import PromisesBook
from trustroad.safe_text import printable
from trustroad.storage.record import Record
from trustroad.workbook.agenda import Agenda

KEPT_DAYS = 90  # a promise travels with its maker's record of the last three months
STANCES: dict[str, Stance] = {"proposed": "yes", "agreed": "yes", "paused": "pause", "ended": "ended"}


def digest(item: Record | str | list[str]) -> str:
    text = item.model_dump_json() if isinstance(item, Record) else repr(item)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def agreement_note(agreement: Agreement) -> AgreementNote:
    return AgreementNote(
        id=agreement.id,
        topic=agreement.topic,
        title=agreement.title,
        wording=agreement.wording,
        review_on=agreement.review_on,
        stance=STANCES[agreement.status],
    )


# Said when there is nothing for a letter: a first letter has no "last letter" to compare with.
NOTHING_NEW = (
    "Nothing new to send: nothing is chosen to send yet, or nothing you chose has changed since your last letter."
)


@dataclass
class Draft:
    body: LetterBody
    digests: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, item: Record | str | list[str], together: Together) -> bool:
        """Note an item for the letter if it changed since it last left; False if it did not."""
        value = digest(item)
        if together.sent.get(key) == value:
            return False
        self.digests[key] = value
        return True


def compose(
    together: Together, agreements: Agreements, promises: PromisesBook, checkins: CheckIns, agenda: Agenda, today: date
) -> Draft:
    draft = Draft(LetterBody(written_on=today))
    body = draft.body
    for agreement in agreements.agreements:
        key = item_key("agreement", agreement.id)
        note = agreement_note(agreement)
        if together.will_send(key) and draft.add(key, note, together):
            body.agreements.append(note)
    since = today - timedelta(days=KEPT_DAYS)
    for promise in promises.promises:
        key = item_key("promise", promise.id)
        if promise.owner == "partner" or not together.will_send(key):
            continue  # only the one who made a promise sends it
        kept = {day: value for day, value in promises.ledger.get(promise.id, {}).items() if day >= since}
        promise_note = PromiseNote(
            id=promise.id, wording=promise.wording, schedule=promise.schedule_label(), status=promise.status, kept=kept
        )
        if draft.add(key, promise_note, together):
            body.promises.append(promise_note)
    for key, seen in sorted(together.seen.items()):
        if draft.add(key, seen, together):
            body.seen.append(seen)
    for checkin in checkins.checkins:
        key = item_key("checkin", checkin.id)
        check_note = CheckInNote(week=monday(checkin.date), safety=checkin.safety, connection=checkin.connection)
        if together.will_send(key) and draft.add(key, check_note, together):
            body.checkins.append(check_note)
    if together.will_send(STORY) and together.my_story.strip() and draft.add(STORY, together.my_story, together):
        body.story = together.my_story
    if together.shared_story.strip():
        shared = SharedStoryNote(wording=together.shared_story, yes=together.shared_story_yes)
        if draft.add(SHARED_STORY, shared, together):
            body.shared_story = shared
    if together.will_send(AGENDA):
        items = [item.text for item in agenda.open_first() if item.done is None]
        if draft.add(AGENDA, items, together):
            body.agenda = items
    return draft


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _line(text: str) -> str:
    return " ".join(printable(text).split())


def describe(body: LetterBody, *, received: bool = False) -> list[str]:
    """The letter's contents in plain lines, before it is sealed, or (`received`) as its reader
    opens it, from the reader's side. Titles only, never whole texts."""
    stances = {"yes": "yes to it", "pause": "paused", "ended": "ended"}
    lines = [f"Agreement: {_line(note.title) or 'untitled'} ({stances[note.stance]})" for note in body.agreements]
    lines += [f"Promise: {_line(note.wording)}" for note in body.promises]
    if body.seen:
        whose = "your" if received else "your partner's"
        lines.append(_count(len(body.seen), f"note on {whose} promises", f"notes on {whose} promises"))
    lines += [f"Weekly check-in, week of {note.week.isoformat()}" for note in body.checkins]
    if body.story is not None:
        lines.append("Their account of how this happened" if received else "My account of how this happened")
    if body.shared_story is not None:
        yes = "their yes to it" if received else "my yes to it"
        lines.append("The story we can both live with: " + (yes if body.shared_story.yes else "a draft"))
    if body.agenda is not None:
        lines.append(_count(len(body.agenda), "item for our therapy session", "items for our therapy session"))
    return lines
