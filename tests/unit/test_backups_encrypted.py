"""Backups of an encrypted workbook (issue 12): sealed with the one data key, never plain; turning
encryption on or off converts them first (crash-safe, like the data files); after a passphrase
change the old passphrase opens no backup."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from trustroad.journal.model import Entry, Journal
from trustroad.recovery import Counts, list_described
from trustroad.storage import backups
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import WrongPassphrase
from trustroad.storage.files import JOURNAL_FILE, KEY_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.sealed_header import MAGIC
from trustroad.storage.store import Store
from trustroad.storage.switch import change_passphrase, settle, turn_off, turn_on
from unit.test_sealed_switch import Crash, crash_after

CANARY = "CANARY-backup-5c1e-lantern"
PASSPHRASE = b"river stones at dawn"


def sealed_store(folder: Path, passphrase: bytes = PASSPHRASE) -> Store:
    key_file = read_key_file(folder)
    assert key_file is not None
    return Store(folder, bytes_io=EncryptedByteStore(folder, key_file.unlock(passphrase)))


def session(store: Store, text: str) -> None:
    journal = store.load(JOURNAL_FILE, Journal)
    journal.add(Entry.new(text))
    store.save(JOURNAL_FILE, journal)


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def no_canary_anywhere(folder: Path) -> None:
    for path in every_file(folder):
        assert CANARY.encode() not in path.read_bytes(), path


def plain_with_backups(folder: Path, fixed_now, set_clock) -> None:
    """A plain workbook whose backups hold the canary in plain text."""
    session(Store(folder), f"{CANARY} one")
    for hour in (1, 2):
        set_clock(fixed_now + timedelta(hours=hour))
        session(Store(folder), f"{CANARY} more")
    assert len(backups.list_backups(folder)) == 2
    assert any(CANARY.encode() in p.read_bytes() for p in every_file(folder / "backups"))


def test_an_encrypted_workbook_s_backups_are_sealed(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    folder.mkdir()
    turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)
    session(sealed_store(folder), f"{CANARY} first")
    set_clock(fixed_now + timedelta(hours=1))
    session(sealed_store(folder), f"{CANARY} second")
    [made] = backups.list_backups(folder)
    assert (made.folder / JOURNAL_FILE).read_bytes().startswith(MAGIC)
    assert not (made.folder / KEY_FILE).exists()  # the folder's one key file opens it
    no_canary_anywhere(folder)
    [found] = list_described(sealed_store(folder))
    assert found.counts == Counts(entries=1, answers=0, promises=0)


def test_turning_encryption_on_seals_the_backups_too(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    plain_with_backups(folder, fixed_now, set_clock)
    quarantined = backups.quarantine(folder, [])  # a quarantine folder holding a plain copy
    (quarantined / JOURNAL_FILE).write_text(f'{{"damaged": "{CANARY}')
    turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)
    no_canary_anywhere(folder)
    assert [d.counts for d in list_described(sealed_store(folder))] == [Counts(2, 0, 0), Counts(1, 0, 0)]
    # And off again: every backup reads plain.
    turn_off(folder, PASSPHRASE)
    assert [d.counts for d in list_described(Store(folder))] == [Counts(2, 0, 0), Counts(1, 0, 0)]
    assert CANARY in (quarantined / JOURNAL_FILE).read_text()


def test_a_crash_while_turning_encryption_on_leaves_no_plain_backup_once_decided(tmp_path, fixed_now, set_clock):
    start = tmp_path / "start"
    plain_with_backups(start, fixed_now, set_clock)
    for count in range(1, 400):
        folder = tmp_path / f"crash-{count}"
        shutil.copytree(start, folder)
        with crash_after(count):
            try:
                turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)
                finished = True
            except Crash:
                finished = False
        settle(folder)
        staged = [p for p in every_file(folder) if p.name.endswith((".to-sealed", ".tmp"))]
        assert not staged, (count, staged)
        if read_key_file(folder) is None:  # not decided: the old setting, whole
            assert [d.counts for d in list_described(Store(folder))] == [Counts(2, 0, 0), Counts(1, 0, 0)]
        else:
            no_canary_anywhere(folder)
            assert [d.counts for d in list_described(sealed_store(folder))] == [Counts(2, 0, 0), Counts(1, 0, 0)]
        shutil.rmtree(folder)
        if finished:
            assert count > 30  # the backups' staging and settling were crash points too
            return
    pytest.fail("the switch never finished")


def test_after_a_passphrase_change_the_old_one_opens_no_backup(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    folder.mkdir()
    turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)
    session(sealed_store(folder), "first")
    set_clock(fixed_now + timedelta(hours=1))
    session(sealed_store(folder), "second")
    change_passphrase(folder, PASSPHRASE, b"a new passphrase", FAST_TEST_PARAMS)
    assert not any(p.name == KEY_FILE for p in every_file(folder / "backups"))
    with pytest.raises(WrongPassphrase):
        sealed_store(folder, PASSPHRASE)
    [found] = list_described(sealed_store(folder, b"a new passphrase"))
    assert found.counts == Counts(1, 0, 0)
