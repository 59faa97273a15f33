"""The partner-letter dialogs of the Together place at 80x24 (dark), over the sample workbook.

Each is opened from the Together place (ctrl+o, then l) with the keys a person would press:
- pairing (the "Pair…" button, focused while not paired, then Enter): as it opens, and once the
  partner's offer is open and the six words are there to compare;
- writing a letter (space switches on the first thing to send, then w) and opening one (o);
- the partner's agreement and promise (Tab to "From your partner", then Enter on the first or
  second item).

The couple is test_together.py's: fixed keys, so the six words never change. No picture shows
a path of this machine: the suggested folder is under the made-up home (conftest.py), and the
partner's offer is typed as a name relative to the test's own folder.
"""

from __future__ import annotations

import base64
import sys
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from trustroad import clock
from trustroad.agreements.model import Agreement, Agreements
from trustroad.demo import build_demo
from trustroad.letters.keys import offer
from trustroad.letters.pairing import Pairing
from trustroad.storage.files import AGREEMENTS_FILE, PAIRING_FILE
from trustroad.tui.modals.letter_open import LetterOpenDialog
from trustroad.tui.modals.letter_write import LetterWriteDialog
from trustroad.tui.modals.pairing import PairingDialog
from trustroad.tui.modals.partner_agreement import PartnerAgreementDialog
from trustroad.tui.modals.promise_seen import PromiseSeenDialog

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the sibling module importable
from test_together import paired_couple

SIZE = (80, 24)
TOGETHER = ("ctrl+o", "l")  # Go to…, then l
PARTNER_ITEMS = ("tab", "tab", "tab", "tab")  # from the send choices, past the three letter buttons
OFFER_NAME = "partner-offer.json"


def fixed_key(first: int) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(bytes(range(first, first + 32)))


def half_paired(tmp_path: Path, monkeypatch) -> dict:
    """My key pair already made (my offer written earlier), and the partner's offer on disk in
    the folder the test runs in, so that it is typed as a short name, not a path of this machine."""
    mine = Pairing(my_secret=base64.b64encode(fixed_key(0).private_bytes_raw()).decode())
    theirs = Pairing(my_secret=base64.b64encode(fixed_key(32).private_bytes_raw()).decode())
    (tmp_path / OFFER_NAME).write_bytes(offer(theirs))
    monkeypatch.chdir(tmp_path)
    return {PAIRING_FILE: mine}


def test_pairing(snap_compare, make_app, reach):
    walk = reach(PairingDialog, *TOGETHER, "enter")  # not paired: "Pair…" has the focus
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_pairing_compare_words(snap_compare, make_app, keys, tmp_path, monkeypatch):
    app = make_app(demo=True, extra=half_paired(tmp_path, monkeypatch))

    async def walk(pilot) -> None:
        await keys(pilot, *TOGETHER, "enter")
        assert isinstance(pilot.app.screen, PairingDialog), pilot.app.screen
        await keys(pilot, "tab", *OFFER_NAME, "enter")  # past "Write my pairing offer" to the path box
        assert pilot.app.pairing.has_partner and not pilot.app.pairing.paired
        assert isinstance(pilot.app.screen, PairingDialog), pilot.app.screen

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


def test_letter_write(snap_compare, make_app, reach):
    # Paired, the send choices have the focus: space sends the first (an agreement), w writes.
    walk = reach(LetterWriteDialog, *TOGETHER, "space", "w")
    assert snap_compare(make_app(demo=True, extra=paired_couple()), terminal_size=SIZE, run_before=walk)


def test_letter_open(snap_compare, make_app, reach):
    walk = reach(LetterOpenDialog, *TOGETHER, "o")
    assert snap_compare(make_app(demo=True, extra=paired_couple()), terminal_size=SIZE, run_before=walk)


def test_partner_agreement(snap_compare, make_app, reach, content):
    # My own copy of their agreement, in other words: the dialog shows both, never merged.
    agreements = build_demo(content, today=clock.today())[AGREEMENTS_FILE]  # the fixed day (conftest.py)
    assert isinstance(agreements, Agreements)
    mine = Agreement.new().model_copy(update={"id": "a1", "title": "No contact"})
    mine.edit_wording("No contact, and I tell you if they write to me.")
    mine.set_review_on(date(2026, 4, 6))
    agreements.add(mine)
    extra = {**paired_couple(), AGREEMENTS_FILE: agreements}
    walk = reach(PartnerAgreementDialog, *TOGETHER, *PARTNER_ITEMS, "enter")
    assert snap_compare(make_app(demo=True, extra=extra), terminal_size=SIZE, run_before=walk)


def test_promise_seen(snap_compare, make_app, reach):
    walk = reach(PromiseSeenDialog, *TOGETHER, *PARTNER_ITEMS, "down", "enter")  # their promise, after the agreement
    assert snap_compare(make_app(demo=True, extra=paired_couple()), terminal_size=SIZE, run_before=walk)
