"""What an outside audit broke in the store: links, leftover temp files, file modes (issue 11)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trustroad.documents import DOCUMENTS
from trustroad.journal.model import Journal
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import DATA_FILES, JOURNAL_FILE, LOCK_FILE, WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_every_registered_document_is_a_data_file():
    assert set(DATA_FILES) == set(DOCUMENTS)


def test_a_linked_data_file_is_refused_on_load_and_never_replaced(tmp_path):
    folder = tmp_path / "data"
    Store(folder).save(WORKBOOK_FILE, Workbook(role="hurt"))
    real = tmp_path / "elsewhere.json"
    (folder / WORKBOOK_FILE).rename(real)
    (folder / WORKBOOK_FILE).symlink_to(real)
    before = real.read_bytes()
    store = Store(folder)
    with pytest.raises(DataFileError) as caught:
        store.load(WORKBOOK_FILE, Workbook)
    assert str(folder / WORKBOOK_FILE) in str(caught.value) and "link" in str(caught.value)
    with pytest.raises(DataFileError):
        store.save(WORKBOOK_FILE, Workbook(role="broke-trust"))
    assert (folder / WORKBOOK_FILE).is_symlink()
    assert real.read_bytes() == before


def test_a_dangling_link_is_refused_too(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / JOURNAL_FILE).symlink_to(tmp_path / "gone.json")
    with pytest.raises(DataFileError):
        Store(folder).save(JOURNAL_FILE, Journal())
    assert (folder / JOURNAL_FILE).is_symlink()


def test_leftover_temp_files_of_ours_are_removed_at_start(tmp_path):
    folder = tmp_path / "data"
    Store(folder).save(JOURNAL_FILE, Journal())
    ours = [folder / ".journal.json.ab12cd.tmp", folder / ".workbook.json.x9.tmp"]
    theirs = [folder / "notes.tmp", folder / ".other.json.1.tmp", folder / ".journal.json.keep"]
    for path in ours + theirs:
        path.write_text("a whole old copy", encoding="utf-8")
    store = Store(folder)
    store.lock()
    try:
        assert not any(p.exists() for p in ours)
        assert all(p.exists() for p in theirs)
        assert (folder / JOURNAL_FILE).exists()
    finally:
        store.unlock()


def test_open_makes_our_files_and_the_lock_private(tmp_path):
    folder = tmp_path / "data"
    Store(folder).save(WORKBOOK_FILE, Workbook())
    os.chmod(folder / WORKBOOK_FILE, 0o644)
    (folder / LOCK_FILE).write_bytes(b"")
    os.chmod(folder / LOCK_FILE, 0o644)
    (folder / "mine.txt").write_text("not ours", encoding="utf-8")
    os.chmod(folder / "mine.txt", 0o644)
    store = Store(folder)
    store.lock()
    try:
        assert mode(folder / WORKBOOK_FILE) == 0o600
        assert mode(folder / LOCK_FILE) == 0o600
        assert mode(folder / "mine.txt") == 0o644  # not trustroad's file: left as the person set it
    finally:
        store.unlock()


def test_a_folder_others_can_read_is_warned_about_once_plainly(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    os.chmod(folder, 0o755)
    warning = Store(folder).privacy_warning()
    assert warning is not None and str(folder) in warning and "chmod 700" in warning
    os.chmod(folder, 0o700)
    assert Store(folder).privacy_warning() is None


@pytest.mark.parametrize(
    "raw",
    [
        # The real list first, an empty duplicate last: read loosely, the last one wins.
        b'{"schema_version": 1, "entries": [{"text": "MARKER words"}], "entries": []}',
        b'{"schema_version": 1, "entries": [{"text": "MARKER", "text": "other"}]}',
        b'{"schema_version": 1, "entries": [], "from_the_future": NaN}',
        b'{"schema_version": 1, "entries": [], "from_the_future": [Infinity]}',
        b'{"schema_version": 1, "entries": [], "from_the_future": -Infinity}',
    ],
)
def test_repeated_keys_and_non_numbers_are_damage_and_the_file_is_untouched(tmp_path, raw):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / JOURNAL_FILE).write_bytes(raw)
    with pytest.raises(DataFileError) as caught:
        Store(folder).load(JOURNAL_FILE, Journal)
    message = str(caught.value)
    assert str(folder / JOURNAL_FILE) in message and "damaged" in message
    assert "MARKER" not in message
    assert (folder / JOURNAL_FILE).read_bytes() == raw


def test_a_journal_add_never_rewrites_a_file_with_a_repeated_key(tmp_path, monkeypatch, capsys):
    import io

    from trustroad.cli import main

    folder = tmp_path / "data"
    folder.mkdir()
    raw = b'{"schema_version": 1, "entries": [{"text": "kept"}], "entries": []}'
    (folder / JOURNAL_FILE).write_bytes(raw)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"new words")))
    assert main(["--data-dir", str(folder), "journal", "add"]) == 1
    assert (folder / JOURNAL_FILE).read_bytes() == raw


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give a folder away")
def test_a_folder_that_belongs_to_another_account_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    os.chown(folder, 12345, 12345)
    with pytest.raises(DataFileError) as caught:
        Store(folder).lock()
    assert "another account" in str(caught.value)
    assert list(folder.iterdir()) == []


# --- a file changed under an open window (issue 11, item 7) ------------------------------------


def _journal_with(text: str) -> Journal:
    from trustroad.journal.model import Entry

    journal = Journal()
    journal.add(Entry.new(text))
    return journal


def test_a_file_changed_on_disk_is_never_overwritten_and_nothing_is_lost(tmp_path):
    from trustroad.storage.errors import ChangedOnDiskError

    folder = tmp_path / "data"
    window = Store(folder)
    window.lock()
    try:
        window.load(JOURNAL_FILE, Journal)  # nothing there yet
        Store(folder).save(JOURNAL_FILE, _journal_with("added from the shell"))
        outside = (folder / JOURNAL_FILE).read_bytes()
        with pytest.raises(ChangedOnDiskError) as caught:
            window.save(JOURNAL_FILE, _journal_with("typed in the window"))
        assert (folder / JOURNAL_FILE).read_bytes() == outside
        copy = caught.value.copy
        assert copy.parent == folder and copy.name == "journal.conflict-1.json"
        assert "typed in the window" in Store(folder).load(copy.name, Journal).entries[0].text
        assert str(folder / JOURNAL_FILE) in str(caught.value) and str(copy) in str(caught.value)
        assert "typed in the window" not in str(caught.value)
        # Later saves keep the newest words in the same copy, not a new file each time.
        with pytest.raises(ChangedOnDiskError):
            window.save(JOURNAL_FILE, _journal_with("typed later"))
        assert sorted(p.name for p in folder.glob("journal*")) == ["journal.conflict-1.json", "journal.json"]
        assert Store(folder).load(copy.name, Journal).entries[0].text == "typed later"
        assert (folder / JOURNAL_FILE).read_bytes() == outside
    finally:
        window.unlock()


def test_the_windows_own_saves_follow_each_other_freely(tmp_path):
    folder = tmp_path / "data"
    store = Store(folder)
    store.load(JOURNAL_FILE, Journal)
    for n in range(5):
        store.save(JOURNAL_FILE, _journal_with(f"version {n}"))
    assert Store(folder).load(JOURNAL_FILE, Journal).entries[0].text == "version 4"


def test_a_removed_lock_is_taken_again_before_saving(tmp_path):
    folder = tmp_path / "data"
    store = Store(folder)
    store.lock()
    try:
        store.load(JOURNAL_FILE, Journal)
        (folder / LOCK_FILE).unlink()
        store.save(JOURNAL_FILE, _journal_with("still saved"))
        assert (folder / LOCK_FILE).exists()
        from trustroad.storage.errors import FolderInUseError

        with pytest.raises(FolderInUseError):
            Store(folder).lock()  # the window holds the folder again
    finally:
        store.unlock()


def test_a_lock_taken_by_another_trustroad_meanwhile_stops_the_save(tmp_path):
    from trustroad.storage.errors import FolderInUseError

    folder = tmp_path / "data"
    store = Store(folder)
    store.lock()
    other = Store(folder)
    try:
        store.load(JOURNAL_FILE, Journal)
        (folder / LOCK_FILE).unlink()
        other.lock()  # a second window opened once the lock file was gone
        with pytest.raises(FolderInUseError):
            store.save(JOURNAL_FILE, _journal_with("would race the other window"))
        assert not (folder / JOURNAL_FILE).exists()
    finally:
        other.unlock()
        store.unlock()
