"""`trustroad journal add` and `trustroad export` on an encrypted workbook (issue 12): the
passphrase is asked on the terminal (getpass, patched here), never taken from an option or the
environment; a wrong one changes nothing; the export says its file is NOT encrypted."""

from __future__ import annotations

import getpass
import hashlib
import io
import sys
import warnings
from pathlib import Path

import pytest

from trustroad.cli import main
from trustroad.journal.model import Entry, Journal
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import turn_on

PASSPHRASE = "river stones at dawn"
CANARY = "CANARY-cli-91b2-still-water"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    journal = Journal()
    journal.add(Entry.new("Shared words.", kind="reflection", share=True))
    store.save(JOURNAL_FILE, journal)
    turn_on(folder, bytearray(PASSPHRASE.encode()), FAST_TEST_PARAMS)
    return folder


def typed(monkeypatch, *answers: str) -> list[str]:
    """getpass answers these, in turn; the prompts it was given are returned."""
    prompts: list[str] = []
    queue = list(answers)

    def fake(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake)
    return prompts


def run(monkeypatch, capsys, folder: Path, *args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    monkeypatch.delenv("TRUSTROAD_DATA_DIR", raising=False)
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def entries(folder: Path) -> list[str]:
    key_file = read_key_file(folder)
    assert key_file is not None
    store = Store(folder, bytes_io=EncryptedByteStore(folder, key_file.unlock(bytearray(PASSPHRASE.encode()))))
    return [e.text for e in store.load(JOURNAL_FILE, Journal).entries]


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != ".trustroad.lock"
    }


def test_journal_add_asks_for_the_passphrase_and_seals_the_entry(folder, monkeypatch, capsys, tmp_path):
    prompts = typed(monkeypatch, PASSPHRASE)
    code, out, err = run(monkeypatch, capsys, folder, "journal", "add", stdin=CANARY.encode())
    assert code == 0, err
    assert prompts == ["Passphrase: "]
    assert "encrypted" in err and PASSPHRASE not in out + err and CANARY not in out + err
    assert entries(folder) == ["Shared words.", CANARY]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path


def test_wrong_passphrases_change_nothing(folder, monkeypatch, capsys):
    before = snapshot(folder)
    typed(monkeypatch, "wrong", "also wrong", "still wrong")
    code, _out, err = run(monkeypatch, capsys, folder, "journal", "add", stdin=b"words")
    assert code == 1
    assert err.count("does not open this workbook") == 3 and "passphrase did not open this workbook." in err
    assert err.count("Nothing was changed.") == 1, err  # the last word, once (each try says "...changed; try again")
    assert snapshot(folder) == before


def test_a_wrong_passphrase_may_be_retried(folder, monkeypatch, capsys):
    typed(monkeypatch, "wrong", PASSPHRASE)
    code, _out, err = run(monkeypatch, capsys, folder, "journal", "add", stdin=b"second try")
    assert code == 0, err
    assert entries(folder)[-1] == "second try"


def test_without_a_terminal_the_passphrase_is_not_read_from_stdin(folder, monkeypatch, capsys):
    def no_terminal(prompt: str = "", stream=None) -> str:
        warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, stacklevel=2)
        raise AssertionError("getpass must not go on to read standard input")

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    before = snapshot(folder)
    code, _out, err = run(monkeypatch, capsys, folder, "journal", "add", stdin=PASSPHRASE.encode())
    assert code == 1
    assert "only be typed at a terminal" in err
    assert snapshot(folder) == before


def test_a_plain_workbook_asks_for_nothing(tmp_path, monkeypatch, capsys):
    typed(monkeypatch)  # any call would fail: nothing queued
    code, _out, err = run(monkeypatch, capsys, tmp_path / "plain", "journal", "add", stdin=b"plain words")
    assert code == 0, err
    assert "passphrase" not in err.lower()


def test_export_says_the_summary_is_not_encrypted_before_writing(folder, monkeypatch, capsys, tmp_path):
    typed(monkeypatch, PASSPHRASE)
    target = tmp_path / "summary.md"
    code, _out, err = run(monkeypatch, capsys, folder, "export", "--output", str(target))
    assert code == 0, err
    assert "NOT" in err and err.index("NOT") < err.index("Wrote")
    assert "Shared words." in target.read_text(encoding="utf-8")


def test_export_with_a_wrong_passphrase_writes_nothing(folder, monkeypatch, capsys, tmp_path):
    typed(monkeypatch, "no", "no", "no")
    target = tmp_path / "summary.md"
    code, _out, err = run(monkeypatch, capsys, folder, "export", "--output", str(target))
    assert code == 1 and "NOT" not in err
    assert not target.exists()


def test_export_beside_an_open_window(folder, monkeypatch, capsys, tmp_path):
    window = Store(folder)
    window.lock()  # the window holds the folder: export reads without it
    try:
        typed(monkeypatch, PASSPHRASE)
        code, out, err = run(monkeypatch, capsys, folder, "export", "--output", "-")
    finally:
        window.unlock()
    assert code == 0, err
    assert "Shared words." in out
