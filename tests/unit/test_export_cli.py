"""`trustroad export`: exit codes, --force, private files, standard output, dates."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from trustroad import clock
from trustroad.cli import main
from trustroad.storage.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import PRIVATE_MARKER, documents


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    for name, doc in documents().items():
        store.save(name, doc)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TRUSTROAD_CONTENT", raising=False)
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the default folder is under it
    return folder


def export(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *args])


def test_writes_markdown_0600_with_the_default_name(data_dir, tmp_path, capsys):
    assert export(data_dir) == 0
    # The window's default folder too (Documents in the home folder), not wherever the shell is.
    path = tmp_path / "home" / "Documents" / f"trustroad-summary-{clock.today().isoformat()}.md"
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert "What I want to talk about" in text and PRIVATE_MARKER not in text
    assert str(path) in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_other_formats(data_dir, tmp_path, fmt):
    out = tmp_path / f"s.{fmt}"
    assert export(data_dir, "--format", fmt, "--output", str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes()[:5] in (b"<!DOC", b"%PDF-")


def test_never_overwrites_without_force(data_dir, tmp_path, capsys):
    out = tmp_path / "mine.md"
    out.write_text("my own notes", encoding="utf-8")
    assert export(data_dir, "--output", str(out)) == 3
    assert out.read_text(encoding="utf-8") == "my own notes"
    assert "--force" in capsys.readouterr().err
    assert export(data_dir, "--output", str(out), "--force") == 0
    assert "What I want to talk about" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_named_pipe_is_written_into_never_replaced(data_dir, tmp_path, force):
    import os
    import threading

    pipe = tmp_path / "summary.fifo"
    os.mkfifo(pipe, 0o600)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    assert export(data_dir, "--output", str(pipe), *force) == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # still the pipe, not a file renamed over it
    assert b"What I want to talk about" in received[0]
    assert list(tmp_path.glob(".summary.fifo.*")) == []


def test_a_character_device_is_written_into(data_dir):
    # Without --force, so that a regression can only refuse (O_EXCL), never replace /dev/null.
    before = os.stat("/dev/null")
    assert export(data_dir, "--output", "/dev/null") == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)


def test_stdout_markdown_only(data_dir, tmp_path, capsysbinary):
    assert export(data_dir, "--output", "-") == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("# Therapy summary")
    assert export(data_dir, "--output", "-", "--format", "pdf") == 2
    assert not list(tmp_path.glob("trustroad-summary-*"))


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "26/11/2026"],
        ["--from", "2026-02-30"],
        ["--to", "yesterday"],
        ["--from", "2026-11-10", "--to", "2026-11-01"],
    ],
)
def test_bad_dates_are_usage_errors(data_dir, capsys, args):
    assert export(data_dir, "--output", "-", *args) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err or "after" in err


def test_date_range_is_applied(data_dir, capsysbinary):
    assert export(data_dir, "-o", "-", "--from", "2026-11-21") == 0
    assert "The phone call last week" not in capsysbinary.readouterr().out.decode()
    assert export(data_dir, "-o", "-", "--from", "2026-11-01", "--to", "2026-11-30") == 0
    assert "The phone call last week" in capsysbinary.readouterr().out.decode()


def test_bad_data_file_is_reported_and_untouched(data_dir, capsys):
    bad = data_dir / "agenda.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert export(data_dir, "-o", "-") == 1
    assert "agenda.json" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8") == "{ not json"


def test_unwritable_folder_is_a_clear_problem(data_dir, tmp_path, capsys):
    assert export(data_dir, "-o", str(tmp_path / "no-such-folder" / "s.md")) == 1
    assert "could not write" in capsys.readouterr().err


def test_help_documents_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert "exit codes" in out and "--force" in out


def test_help_names_the_default_folder_and_the_full_path_is_printed(data_dir, tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "Documents folder in your home folder" in " ".join(capsys.readouterr().out.split())
    (tmp_path / "home" / "Documents").rmdir()  # no Documents: the home folder itself
    assert export(data_dir, "--format", "html") == 0
    written = tmp_path / "home" / f"trustroad-summary-{clock.today().isoformat()}.html"
    assert written.exists() and f"Wrote {written}." in capsys.readouterr().err
    monkeypatch.chdir(tmp_path / "home")
    assert export(data_dir, "--output", "relative.md") == 0  # a relative name: its full path is shown
    assert f"Wrote {tmp_path / 'home' / 'relative.md'}." in capsys.readouterr().err


def test_whole_workbook_holds_what_the_summary_leaves_out(data_dir, tmp_path, capsys):
    assert export(data_dir, "--whole-workbook") == 0
    path = tmp_path / "home" / "Documents" / f"trustroad-my-workbook-{clock.today().isoformat()}.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My whole workbook (private)") and PRIVATE_MARKER in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert export(data_dir, "--output", "-") == 0
    assert PRIVATE_MARKER not in capsys.readouterr().out  # the therapy summary still holds only what is shared
