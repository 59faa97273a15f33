"""Turning encryption on and off, and changing the passphrase, survive a crash at any point
(issue 12): after a crash after ANY filesystem operation, the folder opens wholly in the old
setting or wholly in the new one, with every word, and nothing half-done is left behind."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from trustroad.documents import DOCUMENTS
from trustroad.journal.model import Entry, Journal
from trustroad.storage.bytestore import ByteStore
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import DataFileError, WrongPassphrase
from trustroad.storage.files import AGENDA_FILE, JOURNAL_FILE, KEY_FILE, LOCK_FILE, WORKBOOK_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import SwitchRefused, change_passphrase, settle, turn_off, turn_on
from trustroad.workbook.agenda import Agenda
from trustroad.workbook.model import Workbook

CONFLICT_COPY = "journal.conflict-1.json"
OPS = ("open", "fsync", "replace", "rename", "unlink", "fchmod", "chmod", "mkdir")


class Crash(BaseException):
    """The process dies here: a BaseException, so no `except Exception` clean-up runs."""


@contextmanager
def crash_after(count: int) -> Iterator[list[int]]:
    """Let `count` filesystem operations happen, then crash; afterwards every one fails (the
    process is gone), so nothing tidies up the way a clean error would."""
    done = [0]
    real = {name: getattr(os, name) for name in OPS}

    def wrap(name: str, func: Callable[..., object]) -> Callable[..., object]:
        def op(*args: object, **kwargs: object) -> object:
            if done[0] >= count:
                raise Crash(name)
            result = func(*args, **kwargs)
            done[0] += 1
            if done[0] == count:
                raise Crash(name)
            return result

        return op

    for name, func in real.items():
        setattr(os, name, wrap(name, func))
    try:
        yield done
    finally:
        for name, func in real.items():
            setattr(os, name, func)


def plain_folder(root: Path) -> tuple[Path, dict[str, bytes]]:
    folder = root / "start"
    store = Store(folder)
    store.save(JOURNAL_FILE, Journal(entries=[Entry.new(f"word {n} of the evening walk") for n in range(20)]))
    store.save(WORKBOOK_FILE, Workbook(role="hurt"))
    store.save(AGENDA_FILE, Agenda())
    # A conflict copy (the store's, when something else changed a file) is switched too.
    ByteStore(folder).write(CONFLICT_COPY, Store.encode(Journal(entries=[Entry.new("kept from the other window")])))
    names = (JOURNAL_FILE, WORKBOOK_FILE, AGENDA_FILE, CONFLICT_COPY)
    return folder, {name: (folder / name).read_bytes() for name in names}


def reopen(folder: Path, passphrases: tuple[bytes, ...]) -> str:
    """Open as the app will (lock, settle), check every file reads with every word; the setting."""
    store = Store(folder)
    store.lock()
    try:
        settle(folder)
    finally:
        store.unlock()
    key_file = read_key_file(folder)
    io = ByteStore(folder)
    setting = "plain"
    if key_file is not None:
        for passphrase in passphrases:
            try:
                io = EncryptedByteStore(folder, key_file.unlock(passphrase))
                setting = f"sealed:{passphrase.decode()}"
                break
            except WrongPassphrase:
                continue
        else:
            pytest.fail("no passphrase opens the key file")
    opened = Store(folder, bytes_io=io)
    for name, model in DOCUMENTS.items():
        opened.load(name, model)  # every file, in the one setting
    opened.load(CONFLICT_COPY, Journal)
    extra = {p.name for p in folder.iterdir()} - {*DOCUMENTS, KEY_FILE, LOCK_FILE, CONFLICT_COPY}
    assert not extra, extra  # no staged copy, no temp file
    return setting


def crash_everywhere(tmp_path: Path, prepare, switch, passphrases) -> set[str]:
    """Run `switch` on a fresh copy, crashing after operation 1, 2, 3 … until it completes."""
    start, words = prepare(tmp_path)
    settings_seen = set()
    for count in range(1, 500):
        folder = tmp_path / f"crash-{count}"
        shutil.copytree(start, folder)
        with crash_after(count) as done:
            try:
                switch(folder)
                finished = True
            except Crash:
                finished = False
        setting = reopen(folder, passphrases)
        settings_seen.add(setting)
        key_file = read_key_file(folder)
        key = key_file.unlock(setting.split(":")[1].encode()) if key_file else None
        for name, data in words.items():
            raw = (folder / name).read_bytes()
            assert (key.open(folder / name, raw) if key else raw) == data, (count, name)
        shutil.rmtree(folder)
        if finished:
            assert done[0] < count and count > 5  # every operation of the switch was a crash point
            return settings_seen
    pytest.fail("the switch never finished")


def test_turning_encryption_on_survives_a_crash_anywhere(tmp_path):
    seen = crash_everywhere(tmp_path, plain_folder, lambda f: turn_on(f, b"pw", FAST_TEST_PARAMS), (b"pw",))
    assert seen == {"plain", "sealed:pw"}


def sealed_folder(root: Path) -> tuple[Path, dict[str, bytes]]:
    folder, words = plain_folder(root)
    turn_on(folder, b"pw", FAST_TEST_PARAMS)
    return folder, words


def test_turning_encryption_off_survives_a_crash_anywhere(tmp_path):
    seen = crash_everywhere(tmp_path, sealed_folder, lambda f: turn_off(f, b"pw"), (b"pw",))
    assert seen == {"plain", "sealed:pw"}


def test_changing_the_passphrase_survives_a_crash_anywhere(tmp_path):
    seen = crash_everywhere(
        tmp_path,
        sealed_folder,
        lambda f: change_passphrase(f, b"pw", b"new", FAST_TEST_PARAMS),
        (b"pw", b"new"),
    )
    assert seen == {"sealed:pw", "sealed:new"}


def test_a_damaged_file_stops_turning_off_before_anything_changes(tmp_path):
    folder, _ = sealed_folder(tmp_path)
    data = bytearray((folder / JOURNAL_FILE).read_bytes())
    data[-1] ^= 1
    (folder / JOURNAL_FILE).write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(DataFileError) as caught:
        turn_off(folder, b"pw")
    assert caught.value.path == folder / JOURNAL_FILE and "damaged" in caught.value.problem
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_switch_to_the_setting_in_force_is_refused(tmp_path):
    folder, _ = plain_folder(tmp_path)
    with pytest.raises(SwitchRefused):
        turn_off(folder, b"pw")
    turn_on(folder, b"pw", FAST_TEST_PARAMS)
    with pytest.raises(SwitchRefused):
        turn_on(folder, b"pw", FAST_TEST_PARAMS)


def test_a_stale_staged_copy_sealed_with_another_key_is_never_renamed_in(tmp_path):
    folder, words = sealed_folder(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    other_key = turn_on(other, b"x", FAST_TEST_PARAMS)
    (folder / f".{JOURNAL_FILE}.to-sealed").write_bytes(other_key.seal(JOURNAL_FILE, b"{}"))
    settle(folder)
    key = read_key_file(folder).unlock(b"pw")
    assert key.open(folder / JOURNAL_FILE, (folder / JOURNAL_FILE).read_bytes()) == words[JOURNAL_FILE]
    assert not (folder / f".{JOURNAL_FILE}.to-sealed").exists()
