"""Store over EncryptedByteStore (issue 12): the store works unchanged, and a person's words never
reach the disk in plain form while encryption is on, temp files and conflict copies included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trustroad.documents import DOCUMENTS, load_all
from trustroad.journal.model import Entry, Journal
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import ChangedOnDiskError
from trustroad.storage.files import JOURNAL_FILE, KEY_FILE, WORKBOOK_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import turn_on
from trustroad.workbook.model import Workbook

CANARY = "CANARY-words-only-she-knows-7Qp"


class Scanner:
    """Every byte of every file in the folder, read at every fsync and rename: temp files too."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.scans = 0
        self.armed = True

    def scan(self) -> None:
        if not self.armed:
            return
        self.scans += 1
        for path in self.folder.rglob("*"):  # backups and quarantine folders too
            if path.is_file():
                assert CANARY.encode() not in path.read_bytes(), path.name


@pytest.fixture
def scanner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scanner:
    folder = tmp_path / "data"
    seen = Scanner(folder)
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        real_fsync(fd)
        if folder.is_dir():
            seen.scan()

    def replace(src: str | Path, dst: str | Path) -> None:
        seen.scan()
        real_replace(src, dst)
        seen.scan()

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return seen


def encrypted_store(folder: Path) -> Store:
    key_file = read_key_file(folder)
    assert key_file is not None
    return Store(folder, bytes_io=EncryptedByteStore(folder, key_file.unlock(b"pw")))


def test_the_canary_never_reaches_the_disk_in_plain_form(tmp_path, scanner):
    folder = tmp_path / "data"
    folder.mkdir()
    turn_on(folder, b"pw", FAST_TEST_PARAMS)
    store = encrypted_store(folder)
    store.lock()
    try:
        store.save(JOURNAL_FILE, Journal(entries=[Entry.new(f"{CANARY} tonight", tags=["sleep"])]))
        store.save(WORKBOOK_FILE, Workbook(role="hurt"))
        # Something else replaces the journal: the next save goes to a conflict copy, sealed too.
        other = encrypted_store(folder)
        other.save(JOURNAL_FILE, Journal())
        with pytest.raises(ChangedOnDiskError) as caught:
            store.save(JOURNAL_FILE, Journal(entries=[Entry.new(f"{CANARY} again")]))
        assert caught.value.copy.exists()
        copy = encrypted_store(folder).load(caught.value.copy.name, Journal)
        assert copy.entries[0].text == f"{CANARY} again"
    finally:
        store.unlock()
    scanner.scan()
    assert scanner.scans > 10
    loaded = load_all(encrypted_store(folder))
    assert loaded[WORKBOOK_FILE].role == "hurt"
    names = {p.name for p in folder.iterdir()}
    assert names == {JOURNAL_FILE, WORKBOOK_FILE, KEY_FILE, ".trustroad.lock", caught.value.copy.name, "backups"}
    # The `other` store's first save kept the sealed journal first: a backup, sealed as well.
    assert [p.name[-6:] for p in (folder / "backups").iterdir()] == ["-daily"]


def test_turning_encryption_on_leaves_no_plain_copy(tmp_path, scanner):
    folder = tmp_path / "data"
    scanner.armed = False  # a plain workbook, written before encryption is turned on
    Store(folder).save(JOURNAL_FILE, Journal(entries=[Entry.new(f"{CANARY} before")]))
    Store(folder).save("journal.conflict-1.json", Journal(entries=[Entry.new(f"{CANARY} in a copy")]))
    turn_on(folder, b"pw", FAST_TEST_PARAMS)
    scanner.armed = True
    scanner.scan()
    assert encrypted_store(folder).load(JOURNAL_FILE, Journal).entries[0].text == f"{CANARY} before"
    assert encrypted_store(folder).load("journal.conflict-1.json", Journal).entries[0].text == f"{CANARY} in a copy"


def test_every_document_round_trips_through_the_encrypted_store(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    turn_on(folder, b"pw", FAST_TEST_PARAMS)
    store = encrypted_store(folder)
    for name, model in DOCUMENTS.items():
        store.save(name, model())
    fresh = load_all(encrypted_store(folder))
    assert set(fresh) == set(DOCUMENTS)
    for name in DOCUMENTS:
        assert (folder / name).read_bytes().startswith(b"TRSEALED")
        assert os.stat(folder / name).st_mode & 0o777 == 0o600
