"""`trustroad backups` and `trustroad restore ID`, and the offer a command makes when a file is
damaged. The terminal is patched: getpass for the passphrase, stdin for the y/N answer."""

from __future__ import annotations

import getpass
import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from trustroad.cli import main
from trustroad.journal.model import Entry, Journal
from trustroad.settings import DATA_DIR_ENV
from trustroad.storage import backups
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import turn_on

PASSPHRASE = "river stones at dawn"


def session(store: Store, text: str) -> None:
    journal = store.load(JOURNAL_FILE, Journal)
    journal.add(Entry.new(text))
    store.save(JOURNAL_FILE, journal)


@pytest.fixture
def folder(tmp_path: Path, fixed_now, set_clock) -> Path:
    """A plain workbook with two backups: one entry (day 1), two entries (day 2); three entries now."""
    folder = tmp_path / "data"
    session(Store(folder), "one")
    for day, text in ((1, "two"), (2, "three")):
        set_clock(fixed_now + timedelta(days=day))
        session(Store(folder), text)
    return folder


def run(monkeypatch, capsys, folder: Path, *args: str, answer: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def texts(store: Store) -> list[str]:
    return [e.text for e in store.load(JOURNAL_FILE, Journal).entries]


def test_backups_lists_each_with_its_date_and_counts(folder, monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, folder, "backups")
    assert code == 0, err
    newest, older = backups.list_backups(folder)
    lines = out.splitlines()
    assert lines[1].split()[0] == newest.id and "2 entries, 0 answers, 0 promises" in lines[1]
    assert lines[2].split()[0] == older.id and "1 entry, 0 answers, 0 promises" in lines[2]
    assert newest.created.strftime("%Y-%m-%d %H:%M") in lines[1]
    assert "trustroad restore ID" in out


def test_no_backups_yet_says_so(tmp_path, monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, tmp_path / "empty", "backups")
    assert code == 0 and "no backups" in out


def test_restore_asks_and_no_changes_nothing(folder, monkeypatch, capsys):
    older = backups.list_backups(folder)[1]
    before = (folder / JOURNAL_FILE).read_bytes()
    code, out, err = run(monkeypatch, capsys, folder, "restore", older.id, answer="n\n")
    assert code == 1 and "[y/N]" in out and "Nothing was changed" in err
    assert (folder / JOURNAL_FILE).read_bytes() == before and len(backups.list_backups(folder)) == 2


def test_restore_while_a_window_is_open_says_why_and_nothing_changed_once(folder, monkeypatch, capsys):
    older = backups.list_backups(folder)[1]
    before = (folder / JOURNAL_FILE).read_bytes()
    window = Store(folder)
    window.lock()  # as an open trustroad window holds it
    try:
        code, _out, err = run(monkeypatch, capsys, folder, "restore", older.id, "--yes")
    finally:
        window.unlock()
    assert code == 1 and "open on" in err and "Close that window" in err
    assert err.count("Nothing was changed") == 1, err
    assert (folder / JOURNAL_FILE).read_bytes() == before and len(backups.list_backups(folder)) == 2


def test_restore_stopped_at_the_passphrase_says_nothing_changed_once(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    session(Store(folder), "one")
    turn_on(folder, bytearray(PASSPHRASE.encode()), FAST_TEST_PARAMS)

    def stopped(prompt: str = "", stream=None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", stopped)
    code, _out, err = run(monkeypatch, capsys, folder, "restore", "any-backup", "--yes")
    assert code == 1 and "stopped" in err and err.count("Nothing was changed") == 1, err


def test_restore_after_yes_keeps_the_current_state_as_a_backup(folder, monkeypatch, capsys):
    older = backups.list_backups(folder)[1]
    code, out, err = run(monkeypatch, capsys, folder, "restore", older.id, answer="y\n")
    assert code == 0, err
    assert "1 entry" in out and "Restored the backup" in out
    assert texts(Store(folder)) == ["one"]
    kept = next(b for b in backups.list_backups(folder) if b.kind == "restore")
    assert texts(Store(kept.folder)) == ["one", "two", "three"]


def test_restore_yes_flag_and_an_unknown_id(folder, monkeypatch, capsys):
    code, _out, err = run(monkeypatch, capsys, folder, "restore", "20990101-000000-daily", "--yes")
    assert code == 1 and "no backup called" in err
    newest = backups.list_backups(folder)[0]
    code, out, err = run(monkeypatch, capsys, folder, "restore", newest.id, "--yes")
    assert code == 0 and "[y/N]" not in out
    assert texts(Store(folder)) == ["one", "two"]


def test_a_damaged_file_offers_the_exact_restore_command(folder, monkeypatch, capsys):
    (folder / JOURNAL_FILE).write_bytes(b'{"schema_version": 1, "entries": [')
    code, _out, err = run(monkeypatch, capsys, folder, "export")
    assert code == 1
    newest = backups.list_backups(folder)[0]
    assert f"trustroad restore {newest.id}" in err and "2 entries" in err and "quarantine" in err
    code, out, err = run(monkeypatch, capsys, folder, "restore", newest.id, answer="yes\n")
    assert code == 0, err
    assert "quarantine" in out
    [moved] = (folder / "quarantine").iterdir()
    assert (moved / JOURNAL_FILE).read_bytes() == b'{"schema_version": 1, "entries": ['
    assert texts(Store(folder)) == ["one", "two"]


def test_an_encrypted_workbook_asks_for_the_passphrase(tmp_path, monkeypatch, capsys, fixed_now, set_clock):
    folder = tmp_path / "data"
    session(Store(folder), "one")
    turn_on(folder, bytearray(PASSPHRASE.encode()), FAST_TEST_PARAMS)
    key_file = read_key_file(folder)
    assert key_file is not None
    key = key_file.unlock(PASSPHRASE.encode())
    set_clock(fixed_now + timedelta(days=1))
    session(Store(folder, EncryptedByteStore(folder, key)), "two")
    prompts: list[str] = []

    def typed(prompt: str = "", stream=None) -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", typed)
    code, out, err = run(monkeypatch, capsys, folder, "backups")
    assert code == 0, err
    assert prompts == ["Passphrase: "] and "1 entry" in out
    [made] = backups.list_backups(folder)
    code, out, err = run(monkeypatch, capsys, folder, "restore", made.id, answer="y\n")
    assert code == 0, err
    assert len(prompts) == 2
    assert texts(Store(folder, EncryptedByteStore(folder, key))) == ["one"]
