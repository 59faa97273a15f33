"""Letters between two paired workbooks: sealing, opening, and every way a letter is refused."""

from __future__ import annotations

import json

import pytest

from trustroad.letters.envelope import HEADER_BYTES, MAGIC, Opened, open_letter, seal
from trustroad.letters.errors import LetterRefused
from trustroad.letters.keys import code, offer, read_offer, take_offer
from trustroad.letters.pairing import Pairing
from trustroad.storage.files import PAIRING_FILE
from trustroad.storage.store import Store


def paired() -> tuple[Pairing, Pairing]:
    mine, theirs = Pairing(), Pairing()
    take_offer(mine, offer(theirs))
    take_offer(theirs, offer(mine))
    mine.confirm()
    theirs.confirm()
    return mine, theirs


def refused(pairing: Pairing, data: bytes) -> str:
    before = pairing.model_dump()
    with pytest.raises(LetterRefused) as caught:
        open_letter(pairing, data)
    assert pairing.model_dump() == before  # a refused letter changes nothing
    return caught.value.message()


def test_both_partners_read_the_same_six_words():
    mine, theirs = paired()
    assert code(mine) == code(theirs)
    assert len(code(mine).split()) == 6


def test_a_third_file_gives_other_words():
    mine, _ = paired()
    intruder, fooled = Pairing(), Pairing()
    take_offer(fooled, offer(intruder))
    assert code(fooled) != code(mine)


def test_a_letter_opens_for_the_partner_with_its_number():
    mine, theirs = paired()
    first, second = seal(mine, b"first"), seal(mine, b"second")
    assert open_letter(theirs, second) == Opened(2, b"second")
    assert open_letter(theirs, first) == Opened(1, b"first")


def test_the_file_carries_no_words_outside_the_sealed_part():
    mine, _ = paired()
    letter = seal(mine, b"canary-in-the-letter")
    assert b"canary" not in letter
    assert letter.startswith(MAGIC)


def test_a_replayed_letter_is_refused():
    mine, theirs = paired()
    letter = seal(mine, b"once")
    opened = open_letter(theirs, letter)
    theirs.record_opened(opened.sequence)
    assert "already been opened" in refused(theirs, letter)


def test_a_missing_letter_is_noticed():
    mine, theirs = paired()
    letters = [seal(mine, f"letter {n}".encode()) for n in range(1, 6)]
    for index in (0, 1, 2, 4):
        theirs.record_opened(open_letter(theirs, letters[index]).sequence)
    assert theirs.missing() == [4]


def test_every_flipped_bit_is_refused():
    mine, theirs = paired()
    letter = seal(mine, b"a short letter")
    for index in range(len(letter)):
        for bit in range(8):
            damaged = bytearray(letter)
            damaged[index] ^= 1 << bit
            refused(theirs, bytes(damaged))


def test_every_truncation_is_refused():
    mine, theirs = paired()
    letter = seal(mine, b"a short letter")
    for length in range(len(letter)):
        refused(theirs, letter[:length])


def test_a_letter_for_another_pair_is_refused():
    mine, _ = paired()
    _, other = paired()
    assert "another pairing" in refused(other, seal(mine, b"not yours"))


def test_a_letter_from_a_newer_format_is_refused_before_opening():
    mine, theirs = paired()
    letter = bytearray(seal(mine, b"future"))
    letter[len(MAGIC)] = 2
    assert "newer trustroad" in refused(theirs, bytes(letter))


def test_ones_own_letter_does_not_open_as_the_partners():
    mine, _ = paired()
    assert "your own workbook wrote" in refused(mine, seal(mine, b"mine"))


def test_other_files_are_not_letters():
    _, theirs = paired()
    for data in (b"", b"{}", b"PK\x03\x04 a zip file", MAGIC + b"\x01" + b"\x00" * HEADER_BYTES):
        refused(theirs, data)


def test_unpairing_means_old_letters_open_nothing():
    mine, theirs = paired()
    letter = seal(mine, b"before the lost laptop")
    theirs.unpair()
    mine.unpair()
    assert "not paired" in refused(theirs, letter)
    take_offer(mine, offer(theirs))
    take_offer(theirs, offer(mine))
    mine.confirm()
    theirs.confirm()
    assert "another pairing" in refused(theirs, letter)


def test_nothing_seals_before_the_words_are_confirmed():
    mine, theirs = Pairing(), Pairing()
    take_offer(mine, offer(theirs))
    with pytest.raises(LetterRefused, match="not paired"):
        seal(mine, b"too soon")
    assert mine.next_sequence == 1


def test_pairing_offers_are_checked():
    mine = Pairing()
    with pytest.raises(LetterRefused, match="your own pairing offer"):
        take_offer(mine, offer(mine))
    for data in (b"", b"{}", b"not json", json.dumps({"format": "trustroad-pairing-offer", "version": 1}).encode()):
        with pytest.raises(LetterRefused, match="not a trustroad pairing offer"):
            read_offer(data)
    newer = json.dumps({"format": "trustroad-pairing-offer", "version": 9, "public_key": "x"}).encode()
    with pytest.raises(LetterRefused, match="newer trustroad"):
        read_offer(newer)


def test_a_pairing_survives_saving_and_loading(tmp_path):
    mine, theirs = paired()
    letter = seal(mine, b"kept")
    store = Store(tmp_path)
    store.save(PAIRING_FILE, theirs)
    loaded = Store(tmp_path).load(PAIRING_FILE, Pairing)
    assert open_letter(loaded, letter) == Opened(1, b"kept")
    assert code(loaded) == code(mine)
