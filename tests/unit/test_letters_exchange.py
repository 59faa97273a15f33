"""Two partners' workbooks (two data folders) exchanging sealed letters through the command line.

The choices a person makes in the window ("send to my partner", "I saw it kept", accepting an
agreement) are made here through the same document methods the window calls.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from trustroad.agreements.model import Agreement, Agreements
from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.cli import main
from trustroad.journal.model import Entry, Journal
from trustroad.letters import joint
from trustroad.letters.envelope import open_letter
from trustroad.letters.pairing import Pairing
from trustroad.letters.together import AGENDA, STORY, Together, item_key
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise
from trustroad.storage.files import (
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    JOURNAL_FILE,
    PAIRING_FILE,
    PROMISES_FILE,
    TOGETHER_FILE,
    WORKBOOK_FILE,
)
from trustroad.storage.store import Store
from trustroad.workbook.agenda import Agenda
from trustroad.workbook.model import Workbook

DAY = date(2026, 11, 24)


class Partner:
    """One partner's data folder, changed the way the window changes it, and their commands."""

    def __init__(self, folder: Path, capsys) -> None:
        folder.mkdir()
        self.folder, self.capsys = folder, capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(self.folder), *args])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def load(self, name, model):
        return Store(self.folder).load(name, model)

    def change(self, name, model, how) -> None:
        store = Store(self.folder)
        document = store.load(name, model)
        how(document)
        store.save(name, document)

    def choose(self, key: str) -> None:
        self.change(TOGETHER_FILE, Together, lambda together: together.set_send(key, True))

    def write(self, path: Path) -> str:
        code, out, err = self.run("letter", "write", "--output", str(path), "--yes")
        assert code == 0, err
        return out

    def open(self, path: Path) -> str:
        code, out, err = self.run("letter", "open", str(path))
        assert code == 0, err
        return out

    def fingerprint(self) -> dict[str, tuple[str, int]]:
        return {
            p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(self.folder.iterdir())
            if p.is_file()
        }


@pytest.fixture
def couple(tmp_path, capsys, monkeypatch) -> tuple[Partner, Partner]:
    monkeypatch.chdir(tmp_path)
    sam, alex = Partner(tmp_path / "sam", capsys), Partner(tmp_path / "alex", capsys)
    assert sam.run("pair", "--offer", str(tmp_path / "sam-offer.json"))[0] == 0
    assert alex.run("pair", "--offer", str(tmp_path / "alex-offer.json"))[0] == 0
    code, sam_words, _ = sam.run("pair", "--with", str(tmp_path / "alex-offer.json"), "--words-match")
    assert code == 0
    code, alex_words, _ = alex.run("pair", "--with", str(tmp_path / "sam-offer.json"), "--words-match")
    assert code == 0
    words = [line for line in sam_words.splitlines() if "six words" in line]
    assert words and words[0] in alex_words  # both screens showed the same six words
    return sam, alex


def test_an_agreement_is_agreed_only_once_both_said_yes(couple, tmp_path):
    sam, alex = couple
    agreement = Agreement.new()
    agreement.edit_wording("We talk about it at 7, for half an hour.", title="When we talk")
    sam.change(AGREEMENTS_FILE, Agreements, lambda book: book.add(agreement))
    sam.choose(item_key("agreement", agreement.id))
    sam.write(tmp_path / "1.sealed")
    assert "When we talk" in alex.open(tmp_path / "1.sealed")
    alex_together = alex.load(TOGETHER_FILE, Together)
    assert "proposes" in joint.agreement_status(alex_together, None, agreement.id)
    assert alex.load(AGREEMENTS_FILE, Agreements).agreements == []  # opening changed nothing of Alex's own

    def accept(together: Together) -> None:
        alex.change(
            AGREEMENTS_FILE,
            Agreements,
            lambda book: joint.accept(book, together, together.partner.agreements[agreement.id]),
        )

    alex.change(TOGETHER_FILE, Together, accept)
    alex.write(tmp_path / "2.sealed")
    sam.open(tmp_path / "2.sealed")
    for partner in (sam, alex):
        mine = partner.load(AGREEMENTS_FILE, Agreements).get(agreement.id)
        together = partner.load(TOGETHER_FILE, Together)
        assert joint.agreement_status(together, mine, agreement.id) == joint.AGREED
        assert mine.wording == "We talk about it at 7, for half an hour."
        assert mine.review_on == agreement.review_on
        assert mine.status == "agreed"  # the agreements list says so too, on both sides

    # New words on one side: no longer agreed until the other says yes to them.
    sam.change(AGREEMENTS_FILE, Agreements, lambda book: book.get(agreement.id).edit_wording("At 8 instead."))
    sam.write(tmp_path / "3.sealed")
    alex.open(tmp_path / "3.sealed")
    alex_mine = alex.load(AGREEMENTS_FILE, Agreements).get(agreement.id)
    assert "differ" in joint.agreement_status(alex.load(TOGETHER_FILE, Together), alex_mine, agreement.id)


def test_a_promise_and_what_was_seen_travel_both_ways(couple, tmp_path):
    sam, alex = couple
    promise = Promise(wording="I text when I leave work", owner="mine")

    def make(book: PromisesBook) -> None:
        book.add_promise(promise)
        book.record(promise.id, DAY, kept=True)

    sam.change(PROMISES_FILE, PromisesBook, make)
    sam.choose(item_key("promise", promise.id))
    sam.write(tmp_path / "1.sealed")
    alex.open(tmp_path / "1.sealed")
    alex.change(TOGETHER_FILE, Together, lambda together: together.set_seen(promise.id, DAY, True))
    alex.write(tmp_path / "2.sealed")
    sam.open(tmp_path / "2.sealed")
    days = joint.my_promise_as_seen(
        sam.load(PROMISES_FILE, PromisesBook), sam.load(TOGETHER_FILE, Together), promise.id
    )
    assert days == [joint.PromiseDay(DAY, True, True)]
    theirs = alex.load(TOGETHER_FILE, Together)
    assert joint.partner_promise_as_seen(theirs, theirs.partner.promises[promise.id]) == [
        joint.PromiseDay(DAY, True, True)
    ]


def test_check_ins_and_stories_show_side_by_side_only_once_both_sent(couple, tmp_path):
    sam, alex = couple
    for partner, safety in ((sam, 4), (alex, 6)):
        checkin = CheckIn.new(safety, 5, {})
        partner.change(CHECKINS_FILE, CheckIns, lambda book, c=checkin: book.add(c))
        partner.choose(item_key("checkin", checkin.id))
        partner.change(TOGETHER_FILE, Together, lambda together, s=safety: together.set_my_story(f"My account {s}"))
        partner.choose(STORY)
    sam.write(tmp_path / "1.sealed")
    alex.open(tmp_path / "1.sealed")
    alex_together = alex.load(TOGETHER_FILE, Together)
    assert joint.checkins_side_by_side(alex.load(CHECKINS_FILE, CheckIns), alex_together) == []
    assert joint.stories_side_by_side(alex_together) is None  # Alex has not sent theirs yet
    alex.write(tmp_path / "2.sealed")
    sam.open(tmp_path / "2.sealed")
    for partner, mine, theirs in ((sam, 4, 6), (alex, 6, 4)):
        together = partner.load(TOGETHER_FILE, Together)
        [pair] = joint.checkins_side_by_side(partner.load(CHECKINS_FILE, CheckIns), together)
        assert (pair.mine.safety, pair.theirs.safety) == (mine, theirs)
        assert joint.stories_side_by_side(together) == (f"My account {mine}", f"My account {theirs}")


def test_nothing_unchosen_ever_travels(couple, tmp_path):
    sam, alex = couple
    canary = "CANARY-unchosen"
    chosen = Agreement.new()
    chosen.edit_wording("chosen words", title="chosen")
    hidden = Agreement.new()
    hidden.edit_wording(canary, title=canary)
    sam.change(AGREEMENTS_FILE, Agreements, lambda book: (book.add(chosen), book.add(hidden)))
    sam.change(JOURNAL_FILE, Journal, lambda journal: journal.add(Entry.new(canary, share=True)))
    sam.change(WORKBOOK_FILE, Workbook, lambda workbook: workbook.set_answer("a-step", "a-prompt", canary))
    sam.change(PROMISES_FILE, PromisesBook, lambda book: book.add_promise(Promise(wording=canary, owner="mine")))
    sam.change(CHECKINS_FILE, CheckIns, lambda book: book.add(CheckIn.new(1, 1, {"how": canary}, promises_note=canary)))
    sam.change(AGENDA_FILE, Agenda, lambda agenda: agenda.add(canary))
    sam.change(TOGETHER_FILE, Together, lambda together: together.set_my_story(canary))  # written, not chosen
    sam.choose(item_key("agreement", chosen.id))
    sam.write(tmp_path / "1.sealed")
    opened = open_letter(alex.load(PAIRING_FILE, Pairing), (tmp_path / "1.sealed").read_bytes())
    assert b"chosen words" in opened.body
    assert canary.encode() not in opened.body
    assert canary.encode() not in (tmp_path / "1.sealed").read_bytes()


def test_a_chosen_agenda_travels_whole_and_merges(couple, tmp_path):
    sam, alex = couple
    sam.change(AGENDA_FILE, Agenda, lambda agenda: agenda.add("Money talks"))
    alex.change(AGENDA_FILE, Agenda, lambda agenda: agenda.add("Sundays"))
    sam.choose(AGENDA)
    sam.write(tmp_path / "1.sealed")
    alex.open(tmp_path / "1.sealed")
    items = [item.text for item in alex.load(AGENDA_FILE, Agenda).items]
    assert joint.agenda_merged(items, alex.load(TOGETHER_FILE, Together)) == [
        ("mine", "Sundays"),
        ("partner's", "Money talks"),
    ]


def test_a_letter_with_nothing_new_is_not_written(couple, tmp_path):
    sam, _ = couple
    code, out, _ = sam.run("letter", "write", "--output", str(tmp_path / "empty.sealed"), "--yes")
    assert code == 0 and "Nothing new to send" in out
    assert "nothing is chosen to send yet" in out  # a first letter: there is no "last letter" yet
    assert not (tmp_path / "empty.sealed").exists()


@pytest.mark.parametrize("damage", ["flipped bit", "truncated", "another pair", "replayed", "newer format"])
def test_a_bad_letter_is_refused_and_changes_no_file(couple, tmp_path, capsys, damage):
    sam, alex = couple
    agreement = Agreement.new()
    sam.change(AGREEMENTS_FILE, Agreements, lambda book: book.add(agreement))
    sam.choose(item_key("agreement", agreement.id))
    sam.write(tmp_path / "good.sealed")
    letter = (tmp_path / "good.sealed").read_bytes()
    if damage == "flipped bit":
        letter = letter[:60] + bytes([letter[60] ^ 0x04]) + letter[61:]
    elif damage == "truncated":
        letter = letter[:-5]
    elif damage == "newer format":
        letter = letter[:8] + b"\x02" + letter[9:]
    elif damage == "another pair":
        other = Partner(tmp_path / "other", capsys)
        other.run("pair", "--offer", str(tmp_path / "other-offer.json"))
        other.run("pair", "--with", str(tmp_path / "alex-offer.json"), "--words-match")
        stranger = Agreement.new()
        other.change(AGREEMENTS_FILE, Agreements, lambda book: book.add(stranger))
        other.choose(item_key("agreement", stranger.id))
        other.write(tmp_path / "stranger.sealed")
        letter = (tmp_path / "stranger.sealed").read_bytes()
    elif damage == "replayed":
        alex.open(tmp_path / "good.sealed")
    (tmp_path / "bad.sealed").write_bytes(letter)
    before = alex.fingerprint()
    code, _, err = alex.run("letter", "open", str(tmp_path / "bad.sealed"))
    assert code == 1 and "Nothing in your workbook was changed" in err
    assert alex.fingerprint() == before
