"""The folder's lock passes from one Store to the next (after unlocking, or turning encryption on
or off) with no moment where neither holds it; and the passphrase check behind the hidden page."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from trustroad.commands.data_folder import hand_over_lock
from trustroad.storage.encrypted import check_passphrase, read_key_file
from trustroad.storage.errors import DataFileError, FolderInUseError, WrongPassphrase
from trustroad.storage.files import KEY_FILE, LOCK_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import change_passphrase, turn_off, turn_on
from trustroad.workbook.model import Workbook

PASSPHRASE = b"river stones at dawn"


def another_trustroad_could_lock(folder: Path) -> bool:
    """What a second trustroad would find: the lock free (it is released again at once)."""
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases a lock it took
    return True


def test_the_lock_is_never_free_during_a_hand_over(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    old, new = Store(folder), Store(folder)
    old.lock()
    free_at: list[str] = []
    # Look at the folder at every step where a Store lets go of or takes a lock.
    for method in ("lock", "unlock"):
        real = getattr(Store, method)

        def watched(self, real=real, method=method):
            real(self)
            if another_trustroad_could_lock(folder):
                free_at.append(method)

        monkeypatch.setattr(Store, method, watched)
    hand_over_lock(old, new)
    assert free_at == []
    assert not another_trustroad_could_lock(folder)
    monkeypatch.undo()
    new.save("workbook.json", Workbook())  # the new store writes: the lock is its own
    old.unlock()  # the old one has nothing left to let go of
    assert not another_trustroad_could_lock(folder)
    new.unlock()
    assert another_trustroad_could_lock(folder)


def test_a_hand_over_after_the_lock_file_was_taken_is_refused(tmp_path):
    folder = tmp_path / "data"
    old, new, other = Store(folder), Store(folder), Store(folder)
    old.lock()
    (folder / LOCK_FILE).unlink()  # removed by hand: another trustroad can start here
    other.lock()
    with pytest.raises(FolderInUseError):
        hand_over_lock(old, new)
    assert new._lock_fd is None
    other.unlock()


def test_the_passphrase_check_unwraps_the_key_in_use_and_reads_no_data(tmp_path):
    folder = tmp_path / "data"
    Store(folder).save("workbook.json", Workbook())
    key = turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)
    (folder / "workbook.json").write_bytes(b"damaged")  # never read by the check
    secret = bytearray(PASSPHRASE)
    check_passphrase(folder, secret, key)
    assert secret == bytes(len(PASSPHRASE))  # zeroed
    with pytest.raises(WrongPassphrase):
        check_passphrase(folder, bytearray(b"not the one"), key)

    change_passphrase(folder, PASSPHRASE, b"a new passphrase", FAST_TEST_PARAMS)
    with pytest.raises(WrongPassphrase):  # the old one opens nothing any more
        check_passphrase(folder, bytearray(PASSPHRASE), key)
    check_passphrase(folder, bytearray(b"a new passphrase"), key)

    # A key file swapped for one that holds another key, under a passphrase someone else knows.
    other = tmp_path / "other"
    Store(other).save("workbook.json", Workbook())
    turn_on(other, b"someone else's", FAST_TEST_PARAMS)
    key_file = read_key_file(other)
    assert key_file is not None
    (folder / KEY_FILE).write_bytes((other / KEY_FILE).read_bytes())
    with pytest.raises(WrongPassphrase):
        check_passphrase(folder, bytearray(b"someone else's"), key)
    (folder / KEY_FILE).unlink()
    with pytest.raises(DataFileError, match="missing"):
        check_passphrase(folder, bytearray(PASSPHRASE), key)
    turn_off(other, b"someone else's")
