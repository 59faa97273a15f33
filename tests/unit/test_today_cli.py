"""`trustroad today`: what is due today in a few plain lines, counts only unless --full (issue 14)."""

from __future__ import annotations

import getpass
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from trustroad import clock
from trustroad.agreements import model as ag
from trustroad.checkins import model as ci
from trustroad.cli import main
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise
from trustroad.storage.files import AGREEMENTS_FILE, CHECKINS_FILE, PROMISES_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import turn_on

WORDING = "PRIVATE-WORDING call at six"
TITLE = "PRIVATE-TITLE our evenings"


def today_of(folder: Path, monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.delenv("TRUSTROAD_DATA_DIR", raising=False)
    code = main(["--data-dir", str(folder), "today", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    day = clock.today()
    when = datetime.combine(day, datetime.min.time(), UTC)
    folder = tmp_path / "data"
    store = Store(folder)
    book = PromisesBook()
    book.add_promise(Promise(wording=WORDING, frequency="daily", start=date(2026, 1, 1), created=when))
    kept = book.add_promise(Promise(wording="walk", frequency="daily", start=date(2026, 1, 1), created=when))
    book.record(kept.id, day, True)
    book.add_promise(Promise(wording="whenever", frequency="whenever", start=date(2026, 1, 1), created=when))
    store.save(PROMISES_FILE, book)
    agreements = ag.Agreements()
    agreement = agreements.add(ag.Agreement.new(at=when))
    agreement.edit_wording("We talk on Tuesdays.", at=when, title=TITLE)
    agreement.set_status("agreed", at=when)
    agreement.set_review_on(day)
    store.save(AGREEMENTS_FILE, agreements)
    checkins = ci.CheckIns()
    checkins.add(ci.CheckIn.new(5, 5, {}, at=datetime(2026, 1, 1, tzinfo=UTC)))
    store.save(CHECKINS_FILE, checkins)
    return folder


def test_counts_only_by_default(folder, monkeypatch, capsys):
    code, out, err = today_of(folder, monkeypatch, capsys)
    assert code == 0, err
    assert out.splitlines() == ["2 promises due today (1 recorded).", "1 agreement to review.", "Weekly check-in due."]
    assert "PRIVATE" not in out + err


def test_full_adds_the_wording(folder, monkeypatch, capsys):
    code, out, _err = today_of(folder, monkeypatch, capsys, "--full")
    assert code == 0
    assert f"  - {WORDING}" in out.splitlines() and f"  - {TITLE}" in out.splitlines()


def test_nothing_due_in_a_new_folder_and_nothing_written(tmp_path, monkeypatch, capsys):
    code, out, _err = today_of(tmp_path / "new", monkeypatch, capsys)
    assert code == 0 and out == "Nothing due today.\n"
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_an_encrypted_workbook_asks_for_its_passphrase(folder, monkeypatch, capsys):
    turn_on(folder, bytearray(b"river stones"), FAST_TEST_PARAMS)
    prompts = []

    def fake(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        return "river stones"

    monkeypatch.setattr(getpass, "getpass", fake)
    monkeypatch.setattr(sys, "stdin", sys.stdin)
    code, out, err = today_of(folder, monkeypatch, capsys)
    assert code == 0, err
    assert prompts == ["Passphrase: "] and "encrypted" in err
    assert out.startswith("2 promises due today")
