"""What the two workbooks say together, side by side: never merged silently.

Pure functions over the person's documents and together.json (the partner's side, read-only).
An agreement is agreed only when both said yes to the same words and review date; a check-in
week, or the two accounts of how this happened, show side by side only once both have sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trustroad.agreements.model import Agreement, Agreements
from trustroad.checkins.model import CheckIns
from trustroad.letters.body import AgreementNote, CheckInNote, PromiseNote
from trustroad.letters.outbox import agreement_note, digest, monday
from trustroad.letters.together import STORY, Together, item_key
from trustroad.promises.model import PromisesBook

AGREED = "agreed by both of you"


def agreement_status(together: Together, mine: Agreement | None, agreement_id: str) -> str:
    """Where one agreement stands between the two workbooks, in plain words."""
    theirs = together.partner.agreements.get(agreement_id)
    key = item_key("agreement", agreement_id)
    sent = mine is not None and together.sent.get(key) == digest(agreement_note(mine))
    if mine is None and theirs is None:
        return "not shared"
    if mine is None:
        return "your partner proposes it: read it, then say yes or suggest other words"
    if theirs is None:
        return "waiting for your partner's answer" if sent else "not sent to your partner yet"
    own = agreement_note(mine)
    if "ended" in (own.stance, theirs.stance):
        return "ended" if own.stance == "ended" else "your partner has ended it"
    if "pause" in (own.stance, theirs.stance):
        return "paused" if own.stance == "pause" else "your partner has paused it"
    if not own.same_terms(theirs):
        return "your words or review date differ from your partner's: compare them side by side"
    if not sent:
        return "the same words as your partner's: send your yes"
    return AGREED


def settle_agreed(agreements: Agreements, together: Together) -> list[Agreement]:
    """After a letter is opened: my proposed agreements that both have now said yes to, with the
    same words and review date, become agreed (noted in their history, like any status change).
    Nothing else of mine changes. Returns those agreements."""
    settled = []
    for agreement in agreements.agreements:
        if agreement.status == "proposed" and agreement_status(together, agreement, agreement.id) == AGREED:
            agreement.set_status("agreed")
            settled.append(agreement)
    return settled


def accept(agreements: Agreements, together: Together, theirs: AgreementNote) -> Agreement:
    """Say yes to the partner's agreement as they worded it: my copy takes their words and review
    date (same id), marked agreed and chosen to travel, so my next letter carries the yes."""
    mine = agreements.get(theirs.id)
    if mine is None:
        mine = agreements.add(Agreement.new().model_copy(update={"id": theirs.id, "topic": theirs.topic}))
    mine.edit_wording(theirs.wording, title=theirs.title)
    mine.set_review_on(theirs.review_on)
    mine.set_status("agreed")
    together.set_send(item_key("agreement", mine.id), True)
    return mine


@dataclass(frozen=True)
class PromiseDay:
    day: date
    recorded: bool | None  # as recorded by the one who made the promise
    seen: bool | None  # as seen by the one it was made to


def my_promise_as_seen(promises: PromisesBook, together: Together, promise_id: str) -> list[PromiseDay]:
    """One of my promises: kept as recorded by me, and as seen by my partner, newest first."""
    recorded = promises.ledger.get(promise_id, {})
    seen = {note.on: note.seen for note in together.partner.seen.values() if note.promise_id == promise_id}
    return [
        PromiseDay(day, recorded.get(day), seen.get(day)) for day in sorted(set(recorded) | set(seen), reverse=True)
    ]


def partner_promise_as_seen(together: Together, promise: PromiseNote) -> list[PromiseDay]:
    """One of my partner's promises: as they recorded it, and as I saw it, newest first."""
    seen = {note.on: note.seen for note in together.seen.values() if note.promise_id == promise.id}
    days = sorted(set(promise.kept) | set(seen), reverse=True)
    return [PromiseDay(day, promise.kept.get(day), seen.get(day)) for day in days]


@dataclass(frozen=True)
class CheckInPair:
    week: date
    mine: CheckInNote
    theirs: CheckInNote


def checkins_side_by_side(checkins: CheckIns, together: Together) -> list[CheckInPair]:
    """Weeks both partners have sent a check-in for, newest first (only those)."""
    pairs: list[CheckInPair] = []
    for checkin in checkins.newest_first():
        week = monday(checkin.date)
        theirs = together.partner.checkins.get(week)
        if theirs is None or not together.was_sent(item_key("checkin", checkin.id)):
            continue
        if any(pair.week == week for pair in pairs):
            continue
        mine = CheckInNote(week=week, safety=checkin.safety, connection=checkin.connection)
        pairs.append(CheckInPair(week, mine, theirs))
    return pairs


def stories_side_by_side(together: Together) -> tuple[str, str] | None:
    """Both accounts of how this happened, once both have sent theirs; None until then."""
    if together.partner.story is None or not together.was_sent(STORY):
        return None
    return together.my_story, together.partner.story


def agenda_merged(open_items: list[str], together: Together) -> list[tuple[str, str]]:
    """Both agenda lists for a joint session, each item marked whose it is."""
    return [("mine", text) for text in open_items] + [("partner's", text) for text in together.partner.agenda]
