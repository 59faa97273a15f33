"""Pictures of the Together place and its side-by-side views, with a paired, fictional couple.

The keys are fixed bytes (not random), so the six words, and so the picture, never change.
"""

from __future__ import annotations

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from trustroad.letters.body import AgreementNote, CheckInNote, PromiseNote, SharedStoryNote
from trustroad.letters.pairing import Pairing
from trustroad.letters.together import STORY, Together
from trustroad.storage.files import PAIRING_FILE, TOGETHER_FILE
from trustroad.tui.screens.together import TogetherScreen
from trustroad.tui.screens.together_story import TogetherStoryScreen

SIZE = (80, 24)
WEEK = date(2026, 3, 16)


def paired_couple() -> dict:
    mine = X25519PrivateKey.from_private_bytes(bytes(range(32)))
    theirs = X25519PrivateKey.from_private_bytes(bytes(range(32, 64)))
    pairing = Pairing(
        my_secret=base64.b64encode(mine.private_bytes_raw()).decode(),
        partner_public=base64.b64encode(theirs.public_key().public_bytes_raw()).decode(),
        confirmed=True,
        paired_on=date(2026, 3, 2),
        next_sequence=3,
        opened=[1, 2],
    )
    together = Together(my_story="What I understand now: I stopped telling you things long before.")
    together.set_send(STORY, True)
    together.mark_sent({STORY: "sent"})
    partner = together.partner
    partner.agreements["a1"] = AgreementNote(
        id="a1", title="No contact", wording="No contact with the other person.", review_on=date(2026, 3, 30)
    )
    partner.promises["p1"] = PromiseNote(
        id="p1", wording="I text when I leave work", schedule="every weekday", kept={date(2026, 3, 17): True}
    )
    partner.checkins[WEEK] = CheckInNote(week=WEEK, safety=6, connection=5)
    partner.story = "How I see it: we drifted, and I hid it instead of saying so."
    partner.shared_story = SharedStoryNote(wording="We both stopped talking; the hiding was mine.", yes=True)
    partner.agenda = ["How we talk about money"]
    partner.letters = 2
    return {PAIRING_FILE: pairing, TOGETHER_FILE: together}


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_together(snap_compare, make_app, reach, theme):
    app = make_app(theme, demo=True, extra=paired_couple())
    walk = reach(TogetherScreen, "ctrl+o", "l")  # Go to…, then l
    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


def test_together_stories_side_by_side(snap_compare, make_app, reach):
    app = make_app(demo=True, extra=paired_couple())
    walk = reach(TogetherStoryScreen, "ctrl+o", "l", "s")
    assert snap_compare(app, terminal_size=SIZE, run_before=walk)
