"""together.json: what this workbook sends to the partner's, and what it has received from it.

Nothing travels unless chosen: `send` lists the items the person switched "send to my partner"
on for (off by default, separate from sharing in the therapy summary). `sent` remembers what
each item looked like when it last left, so a letter holds only what changed since. The
partner's items live under `partner`, read-only: opening a letter never touches the person's
own agreements, promises, check-ins or writing.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from trustroad.letters.body import AgreementNote, CheckInNote, LetterBody, PromiseNote, SeenNote, SharedStoryNote
from trustroad.storage.ranges import Day
from trustroad.storage.record import Document, Record

STORY = "story"  # the key of the person's own account in `send` and `sent`
AGENDA = "agenda"
SHARED_STORY = "shared-story"


def item_key(kind: str, item_id: str) -> str:
    """The key of one agreement, promise or check-in in `send` and `sent` ("agreement:ab12…")."""
    return f"{kind}:{item_id}"


def seen_key(promise_id: str, day: date) -> str:
    return f"seen:{promise_id}:{day.isoformat()}"


class PartnerItems(Record):
    """The newest copy of everything the partner has sent. Read-only on this side."""

    agreements: dict[str, AgreementNote] = Field(default_factory=dict)
    promises: dict[str, PromiseNote] = Field(default_factory=dict)
    seen: dict[str, SeenNote] = Field(default_factory=dict)  # what they saw of my promises
    checkins: dict[Day, CheckInNote] = Field(default_factory=dict)  # by the week's Monday
    story: str | None = None
    shared_story: SharedStoryNote | None = None
    agenda: list[str] = Field(default_factory=list)
    from_letter: dict[str, int] = Field(default_factory=dict)  # item key -> the letter its copy came in
    letters: int = 0  # letters opened
    last_letter_on: Day | None = None


class Together(Document):
    send: list[str] = Field(default_factory=list)
    sent: dict[str, str] = Field(default_factory=dict)  # item key -> digest of the copy last sent
    my_story: str = ""
    shared_story: str = ""  # my draft of "the story we can both live with", or the partner's, taken over
    shared_story_yes: bool = False  # I say yes to shared_story as it stands
    seen: dict[str, SeenNote] = Field(default_factory=dict)  # what I saw of the partner's promises
    partner: PartnerItems = Field(default_factory=PartnerItems)

    # --- choices ----------------------------------------------------------------------------

    def will_send(self, key: str) -> bool:
        return key in self.send

    def set_send(self, key: str, value: bool) -> bool:
        """Choose (or stop choosing) an item to travel; False when nothing changed."""
        if value == (key in self.send):
            return False
        if value:
            self.send.append(key)
        else:
            self.send.remove(key)
        return True

    def was_sent(self, key: str) -> bool:
        return key in self.sent

    def mark_sent(self, digests: dict[str, str]) -> None:
        """The letter holding these items was written: they leave again only once changed."""
        self.sent.update(digests)

    # --- writing for the partner ------------------------------------------------------------

    def set_my_story(self, text: str) -> bool:
        if text == self.my_story:
            return False
        self.my_story = text
        return True

    def set_shared_story(self, text: str) -> bool:
        """A new draft of the shared story: a yes given to other words no longer stands."""
        if text == self.shared_story:
            return False
        self.shared_story = text
        self.shared_story_yes = False
        return True

    def take_partner_story_draft(self) -> bool:
        """Start from the partner's draft of the shared story (their words, now mine to agree to)."""
        theirs = self.partner.shared_story
        return theirs is not None and self.set_shared_story(theirs.wording)

    def say_yes_to_shared_story(self, value: bool = True) -> bool:
        if not self.shared_story.strip() or value == self.shared_story_yes:
            return False
        self.shared_story_yes = value
        return True

    def shared_story_agreed(self) -> bool:
        """Both said yes to the very same words."""
        theirs = self.partner.shared_story
        return bool(self.shared_story_yes and theirs is not None and theirs.yes and theirs.wording == self.shared_story)

    def set_seen(self, promise_id: str, day: date, seen: bool) -> None:
        """ "I saw it kept" / "I didn't see it this time" for one of the partner's promises."""
        self.seen[seen_key(promise_id, day)] = SeenNote(promise_id=promise_id, on=day, seen=seen)

    # --- receiving --------------------------------------------------------------------------

    def take(self, body: LetterBody, sequence: int) -> None:
        """Keep the newest copy of each item the partner sent (their side only). A letter opened
        late (4 after 5) does not replace what a later letter already brought."""
        partner = self.partner

        def newer(key: str) -> bool:
            if partner.from_letter.get(key, 0) > sequence:
                return False
            partner.from_letter[key] = sequence
            return True

        for agreement in body.agreements:
            if newer(item_key("agreement", agreement.id)):
                partner.agreements[agreement.id] = agreement
        for promise in body.promises:
            if newer(item_key("promise", promise.id)):
                partner.promises[promise.id] = promise
        for note in body.seen:
            if newer(seen_key(note.promise_id, note.on)):
                partner.seen[seen_key(note.promise_id, note.on)] = note
        for checkin in body.checkins:
            if newer(item_key("checkin", checkin.week.isoformat())):
                partner.checkins[checkin.week] = checkin
        if body.story is not None and newer(STORY):
            partner.story = body.story
        if body.shared_story is not None and newer(SHARED_STORY):
            partner.shared_story = body.shared_story
        if body.agenda is not None and newer(AGENDA):
            partner.agenda = list(body.agenda)
        partner.letters += 1
        if partner.last_letter_on is None or body.written_on > partner.last_letter_on:
            partner.last_letter_on = body.written_on
