"""A letter's contents are said from the reader's side. The one who seals it reads "My account of
how this happened"; the partner who opens it read the same words, as if it were their own account,
and "notes on your partner's promises" for the notes on their own promises."""

from __future__ import annotations

from datetime import date

from trustroad.letters.body import LetterBody, SeenNote, SharedStoryNote
from trustroad.letters.inbox import Received
from trustroad.letters.outbox import describe

BODY = LetterBody(
    written_on=date(2026, 6, 30),
    seen=[SeenNote(promise_id="p1", on=date(2026, 6, 29), seen=True)],
    story="what happened, in my words",
    shared_story=SharedStoryNote(wording="the story", yes=True),
    agenda=["one thing to raise"],
)


def test_the_writer_reads_it_as_their_own():
    lines = describe(BODY)
    assert "My account of how this happened" in lines
    assert "1 note on your partner's promises" in lines
    assert "The story we can both live with: my yes to it" in lines


def test_the_reader_reads_it_as_their_partners():
    summary = Received(1, describe(BODY, received=True), []).summary()
    assert "My account" not in summary and "my yes" not in summary and "your partner's promises" not in summary
    assert "their account of how this happened" in summary.lower()
    assert "1 note on your promises" in summary
    assert "The story we can both live with: their yes to it" in summary
    assert "1 item for our therapy session" in summary
    assert "what happened" not in summary  # titles only, never whole texts


def test_once_both_accounts_have_come_side_by_side_says_where_they_are():
    # Walking it: with both accounts sent and opened, "Side by side" still said "Nothing to show
    # side by side yet: both of you need to have sent something".
    from trustroad.agreements.model import Agreements
    from trustroad.checkins.model import CheckIns
    from trustroad.letters.overview import side_by_side
    from trustroad.letters.together import STORY, Together
    from trustroad.promises.model import PromisesBook
    from trustroad.workbook.agenda import Agenda

    together = Together()
    together.take(LetterBody(written_on=date(2026, 6, 29), story="their side"), 1)
    shown = side_by_side(Agreements(), PromisesBook(), CheckIns(), Agenda(), together)
    assert "Nothing to show" in shown  # theirs alone waits for mine
    together.set_my_story("my side")
    together.mark_sent({STORY: "sent"})
    shown = side_by_side(Agreements(), PromisesBook(), CheckIns(), Agenda(), together)
    assert "Nothing to show" not in shown and "Our two accounts" in shown
    assert "their side" not in shown and "my side" not in shown  # the words stay on their own page
