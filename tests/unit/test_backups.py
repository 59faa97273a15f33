"""Rolling backups beside the data (storage/backups.py, recovery.py): made before a store's first
write, rotated day by day, never pruned down to no good copy, listed with what they hold, and
restored keeping the current state, a damaged file moved to quarantine."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from trustroad.documents import load_all
from trustroad.journal.model import Entry, Journal
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise
from trustroad.recovery import Counts, RestoreRefused, list_described, newest_good, restore
from trustroad.storage import backups
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import JOURNAL_FILE, PROMISES_FILE, WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook


def write_journal(folder: Path, *texts: str) -> Store:
    """One session: a new Store that loads the journal and saves it with these entries added."""
    store = Store(folder)
    journal = store.load(JOURNAL_FILE, Journal)
    for text in texts:
        journal.add(Entry.new(text))
    store.save(JOURNAL_FILE, journal)
    return store


def kinds(folder: Path) -> list[str]:
    return [b.kind for b in backups.list_backups(folder)]


def test_the_first_save_into_an_empty_folder_has_nothing_to_back_up(tmp_path):
    folder = tmp_path / "data"
    write_journal(folder, "first")
    assert backups.list_backups(folder) == []
    assert not (folder / "backups").exists()


def test_a_backup_holds_the_files_as_the_session_found_them(tmp_path, fixed_now):
    folder = tmp_path / "data"
    write_journal(folder, "first")
    before = (folder / JOURNAL_FILE).read_bytes()
    store = write_journal(folder, "second")
    store.save(JOURNAL_FILE, store.load(JOURNAL_FILE, Journal))  # a second save: no second backup
    [made] = backups.list_backups(folder)
    # Named by the local time, as the person reads it.
    assert made.kind == "daily" and made.id == fixed_now.astimezone().strftime("%Y%m%d-%H%M%S") + "-daily"
    assert (made.folder / JOURNAL_FILE).read_bytes() == before
    assert os.stat(made.folder / JOURNAL_FILE).st_mode & 0o777 == 0o600
    assert os.stat(made.folder).st_mode & 0o777 == 0o700


def test_rotation_keeps_seven_days_and_five_sessions(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    write_journal(folder, "day 0")
    for day in range(1, 13):
        for session in range(3):  # three sessions a day, an hour apart
            set_clock(fixed_now + timedelta(days=day, hours=session))
            write_journal(folder, f"day {day} session {session}")

    def local(days: int, hours: int = 0):
        return (fixed_now + timedelta(days=days, hours=hours)).astimezone().replace(tzinfo=None)

    found = backups.list_backups(folder)
    dailies = [b for b in found if b.kind == "daily"]
    assert [b.created for b in dailies] == [local(day) for day in range(12, 5, -1)]
    # The last five sessions, whichever kind each is (the first of a day is marked daily).
    newest_five = [b.created for b in found[:5]]
    assert newest_five == [local(12, 2), local(12, 1), local(12), local(11, 2), local(11, 1)]
    assert len(found) == 7 + 4  # the seven dailies, and the four sessions that are not one of them


def test_the_newest_good_backup_is_never_pruned(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    write_journal(folder, "the good words")
    set_clock(fixed_now + timedelta(hours=1))
    write_journal(folder, "more")  # the one good backup: 12:00's state, kind daily
    [good] = backups.list_backups(folder)
    for hour in range(2, 9):
        set_clock(fixed_now + timedelta(hours=hour))
        (folder / JOURNAL_FILE).write_bytes(b'{"schema_version": 1, "entries": [')  # damaged by something
        Store(folder).write_bytes(WORKBOOK_FILE, Workbook().model_dump_json().encode())
    found = backups.list_backups(folder)
    assert good in found  # out of the last five sessions, but the only copy that opens
    assert len([b for b in found if b.kind == "session"]) == 5
    best = newest_good(Store(folder))
    assert best is not None and best.backup == good


def test_a_backup_that_cannot_be_made_does_not_stop_a_save(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    write_journal(folder, "first")

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", no_space)
    write_journal(folder, "second")
    assert [e.text for e in Store(folder).load(JOURNAL_FILE, Journal).entries] == ["first", "second"]


def test_an_unfinished_backup_is_never_listed_and_is_cleared(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    write_journal(folder, "first")
    unfinished = folder / "backups" / ".unfinished-20261125-110000-daily"
    unfinished.mkdir(parents=True)
    (unfinished / JOURNAL_FILE).write_bytes(b"half")
    assert backups.list_backups(folder) == []
    write_journal(folder, "second")
    assert not unfinished.exists() and kinds(folder) == ["daily"]


# --- listing and restoring (recovery.py) ----------------------------------------------------------


def filled(folder: Path) -> None:
    store = Store(folder)
    workbook = Workbook()
    workbook.set_answer("s", "a", "an answer")
    workbook.set_answer("s", "b", "   ")  # blank: not counted
    store.save(WORKBOOK_FILE, workbook)
    book = PromisesBook()
    book.add_promise(Promise(wording="Text when I leave work."))
    store.save(PROMISES_FILE, book)
    store.save(JOURNAL_FILE, Journal(entries=[Entry.new("one"), Entry.new("two")]))


def test_listing_says_what_each_backup_holds(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    filled(folder)
    set_clock(fixed_now + timedelta(days=1))
    write_journal(folder, "three")
    set_clock(fixed_now + timedelta(days=1, hours=1))
    write_journal(folder, "four")
    [newest, older] = list_described(Store(folder))
    assert newest.counts == Counts(entries=3, answers=1, promises=1)
    assert older.counts == Counts(entries=2, answers=1, promises=1)
    assert str(older.counts) == "2 entries, 1 answer, 1 promise"
    when = (fixed_now + timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert older.line() == f"{when}  2 entries, 1 answer, 1 promise  (first of the day)"


def test_a_damaged_backup_is_listed_as_such(tmp_path):
    folder = tmp_path / "data"
    filled(folder)
    write_journal(folder, "three")
    [made] = backups.list_backups(folder)
    (made.folder / JOURNAL_FILE).write_bytes(b"{")
    [found] = list_described(Store(folder))
    assert found.counts is None and "not valid JSON" in (found.problem or "")
    with pytest.raises(RestoreRefused):
        restore(locked(folder), made.id)


def locked(folder: Path) -> Store:
    store = Store(folder)
    store.lock()
    return store


def test_restore_keeps_the_current_state_as_a_backup_first(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    filled(folder)
    write_journal(folder, "three")  # backs up the two-entry state
    [two] = backups.list_backups(folder)
    now_bytes = {name: (folder / name).read_bytes() for name in (JOURNAL_FILE, WORKBOOK_FILE, PROMISES_FILE)}
    set_clock(fixed_now + timedelta(minutes=5))
    store = locked(folder)
    try:
        restored, moved = restore(store, two.id)
    finally:
        store.unlock()
    assert moved is None
    assert [e.text for e in restored.load(JOURNAL_FILE, Journal).entries] == ["one", "two"]
    kept = next(b for b in backups.list_backups(folder) if b.kind == "restore")
    assert {name: (kept.folder / name).read_bytes() for name in now_bytes} == now_bytes
    restored.save(JOURNAL_FILE, Journal())  # the new store saves (its guard knows the restored files)


def test_a_damaged_file_goes_to_quarantine_and_the_backup_comes_back(tmp_path, fixed_now, set_clock):
    folder = tmp_path / "data"
    filled(folder)
    write_journal(folder, "three")
    damage = b'{"schema_version": 1, "entries": [{"text": "PRIVATE words'
    (folder / JOURNAL_FILE).write_bytes(damage)
    with pytest.raises(DataFileError) as caught:
        load_all(Store(folder))
    assert caught.value.restorable
    best = newest_good(Store(folder))
    assert best is not None and best.counts == Counts(2, 1, 1)
    set_clock(fixed_now + timedelta(minutes=5))
    store = locked(folder)
    try:
        restored, moved = restore(store, best.backup.id)
    finally:
        store.unlock()
    assert moved is not None and (moved / JOURNAL_FILE).read_bytes() == damage  # never deleted
    assert moved.parent == folder / "quarantine"
    assert len(restored.load(JOURNAL_FILE, Journal).entries) == 2
    # The files that were fine are kept as they were, in a "restore" backup.
    kept = next(b for b in backups.list_backups(folder) if b.kind == "restore")
    assert sorted(p.name for p in kept.folder.iterdir()) == [PROMISES_FILE, WORKBOOK_FILE]


def test_a_file_from_a_newer_trustroad_is_not_offered_a_backup(tmp_path):
    folder = tmp_path / "data"
    (folder).mkdir()
    (folder / JOURNAL_FILE).write_text('{"schema_version": 99}')
    with pytest.raises(DataFileError) as caught:
        Store(folder).load(JOURNAL_FILE, Journal)
    assert not caught.value.restorable


def test_when_the_backup_of_the_current_state_fails_nothing_is_moved_or_restored(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    filled(folder)
    write_journal(folder, "three")
    [made] = backups.list_backups(folder)
    (folder / JOURNAL_FILE).write_bytes(b"{")
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != ".trustroad.lock"}

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", no_space)
    store = locked(folder)
    try:
        with pytest.raises(OSError):
            restore(store, made.id)
    finally:
        store.unlock()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != ".trustroad.lock"} == before
    assert not (folder / "quarantine").exists()
