"""`trustroad journal add`: text only from stdin, stored exactly, never echoed, never from argv.

Run as a real process (subprocess with input=bytes), the way a person's shell runs it.
Decision: the text is kept EXACTLY as given, trailing newlines included (a piped file or a
prompt ended with Enter, Ctrl-D keeps its final newline); only whitespace-only input is refused.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustroad.journal.model import Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"


def run(folder: Path, *args: str, stdin: bytes = b"", tmp: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.pop("TRUSTROAD_DATA_DIR", None)
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    return subprocess.run(
        [sys.executable, "-m", "trustroad", "--data-dir", str(folder), "journal", "add", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
    )


def add(folder: Path, *args: str, stdin: bytes = b"", monkeypatch, capsys) -> tuple[int, str, str]:
    """The same command in this process (quicker), with stdin replaced by the given bytes."""
    from trustroad.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    monkeypatch.delenv("TRUSTROAD_DATA_DIR", raising=False)
    try:
        code = main(["--data-dir", str(folder), "journal", "add", *args])
    except SystemExit as exc:  # argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def load(folder: Path) -> Journal:
    return Store(folder).load(JOURNAL_FILE, Journal)


TEXTS = [
    "Plain words.",
    "Ελληνικά, русский, עברית, العربية, 中文, 日本語, 한국어, हिन्दी\n",
    "emoji 😀👩‍❤️‍👨🏽 and a flag 🇳🇿\n\n\n",
    "markup-like [/] [bold]not bold[/bold] <b>html</b> $variable {curly} \\n literally\n",
    "windows line ends\r\nsecond\r\n",
    "  leading and trailing spaces  \n\t",
    "a NUL \x00 and a bell \x07 kept too",
]


@pytest.mark.parametrize("text", TEXTS)
def test_stores_exactly_the_bytes_given_and_never_echoes_them(tmp_path, text):
    folder = tmp_path / "data"
    data = text.encode("utf-8")
    result = run(folder, stdin=data)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "Saved to your journal."
    assert data not in result.stdout + result.stderr and text.strip()[:6].encode() not in result.stdout + result.stderr
    entries = load(folder).entries
    assert len(entries) == 1
    assert entries[0].text.encode("utf-8") == data  # byte for byte


def test_options_are_stored_and_the_phase_comes_from_the_workbook(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "workbook.json").write_text(json.dumps({"current_phase": "stabilize"}), encoding="utf-8")
    code, _, err = add(
        folder,
        "--kind",
        "hard-moment",
        "--intensity",
        "7",
        "--tag",
        "#Night",
        "--tag",
        "work",
        "--share",
        stdin=b"hard",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err
    entry = load(folder).entries[0]
    assert (entry.kind, entry.intensity, entry.tags, entry.share, entry.phase) == (
        "hard-moment",
        7,
        ["night", "work"],
        True,
        "stabilize",
    )
    assert entry.written.tzinfo is not None and entry.edited is None


def test_defaults_share_off_and_appends_keeping_what_was_there(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    assert add(folder, stdin=b"one", monkeypatch=monkeypatch, capsys=capsys)[0] == 0
    raw = json.loads((folder / JOURNAL_FILE).read_text(encoding="utf-8"))
    raw["from_a_newer_version"] = [1, 2]
    raw["entries"][0]["extra"] = "kept"
    (folder / JOURNAL_FILE).write_text(json.dumps(raw), encoding="utf-8")
    assert add(folder, stdin=b"two", monkeypatch=monkeypatch, capsys=capsys)[0] == 0
    journal = load(folder)
    assert [e.text for e in journal.entries] == ["one", "two"]
    assert journal.entries[1].share is False and journal.entries[1].kind == "reflection"
    assert journal.model_extra["from_a_newer_version"] == [1, 2] and journal.entries[0].model_extra["extra"] == "kept"


@pytest.mark.parametrize("argv", [["my secret words"], ["--", "my secret words"], ["--kind", "reflection", "words"]])
def test_text_is_never_taken_from_the_command_line(tmp_path, argv):
    folder = tmp_path / "data"
    result = run(folder, *argv, stdin=b"from stdin")
    assert result.returncode == 2
    assert b"unrecognized arguments" in result.stderr
    assert not (folder / JOURNAL_FILE).exists()


def test_the_parser_has_no_place_for_text():
    from trustroad.cli import build_parser

    args = build_parser().parse_args(["journal", "add"])
    assert not any(isinstance(v, str) and v not in ("journal", "add", "reflection") for v in vars(args).values() if v)


@pytest.mark.parametrize("stdin", [b"", b"   \n\n\t"])
def test_empty_input_saves_nothing(tmp_path, stdin, monkeypatch, capsys):
    folder = tmp_path / "data"
    code, _, err = add(folder, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1
    assert "empty" in err and "nothing was saved" in err
    assert not (folder / JOURNAL_FILE).exists()


@pytest.mark.parametrize("value", ["11", "-1", "high", "2.5"])
def test_bad_intensity_is_a_usage_error(tmp_path, value, monkeypatch, capsys):
    code, _, err = add(tmp_path / "data", "--intensity", value, stdin=b"x", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "0 (calm) to 10" in err
    assert not (tmp_path / "data" / JOURNAL_FILE).exists()


def test_invalid_utf8_saves_nothing(tmp_path, monkeypatch, capsys):
    code, _, err = add(tmp_path / "data", stdin=b"caf\xe9", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "UTF-8" in err
    assert not (tmp_path / "data" / JOURNAL_FILE).exists()


@pytest.mark.parametrize(
    "bad", [b'{"entries": [', b'{"entries": {}}', b'{"schema_version": 99, "entries": []}', b"\xff\xfe"]
)
def test_a_bad_journal_file_is_reported_and_left_untouched(tmp_path, bad, monkeypatch, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / JOURNAL_FILE).write_bytes(bad)
    code, _, err = add(folder, stdin=b"my private words", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1
    assert str(folder / JOURNAL_FILE) in err and "Nothing was saved" in err and "not changed" in err
    assert "my private words" not in err
    assert (folder / JOURNAL_FILE).read_bytes() == bad
    assert sorted(p.name for p in folder.iterdir()) == [".trustroad.lock", JOURNAL_FILE]  # no temp file left


def test_refuses_while_the_window_is_open_on_the_folder(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    holder = Store(folder)
    holder.lock()  # as the running TUI does
    try:
        code, _, err = add(folder, stdin=b"words", monkeypatch=monkeypatch, capsys=capsys)
    finally:
        holder.unlock()
    assert code == 1
    assert "Close that window" in err and err.count("Nothing was changed") == 1, err
    assert not (folder / JOURNAL_FILE).exists()


def test_writes_nothing_to_the_temp_folder(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    result = run(tmp_path / "data", stdin=b"words", tmp=tmp)
    assert result.returncode == 0
    assert list(tmp.iterdir()) == []


def test_the_file_is_private(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    add(folder, stdin=b"words", monkeypatch=monkeypatch, capsys=capsys)
    if os.name == "posix":
        assert (folder / JOURNAL_FILE).stat().st_mode & 0o777 == 0o600


def test_journal_add_does_not_load_textual():
    # The shell command stays a small program: the window's toolkit is never imported.
    code = (
        "import sys, trustroad.commands.journal_add, trustroad.journal.model; "
        "print(sorted(m for m in ('textual',) if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=dict(os.environ, PYTHONPATH=str(SRC)), timeout=60
    )
    assert result.stdout.decode().strip() == "[]", result.stderr.decode()


def test_journal_add_takes_the_trigger_log_kind(tmp_path, monkeypatch, capsys):
    code, _out, _err = add(
        tmp_path, "--kind", "trigger", stdin=b"A date on the calendar.\n", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0
    [entry] = load(tmp_path).entries
    assert (entry.kind, entry.text) == ("trigger", "A date on the calendar.\n")


@pytest.mark.parametrize(
    ("given", "kind"),
    [
        ("rupture-talk", "rupture-talk"),
        ("Rupture talk", "rupture-talk"),
        ("something that helped", "gratitude"),
        ("Hard moment", "hard-moment"),
        ("TO-BRING-TO-THERAPY", "question"),
    ],
)
def test_kind_takes_the_windows_words_as_well_as_the_names(tmp_path, monkeypatch, capsys, given, kind):
    folder = tmp_path / "data"
    folder.mkdir()
    code, _, err = add(folder, "--kind", given, stdin=b"words", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert load(folder).entries[0].kind == kind


def test_an_unknown_kind_is_refused_without_writing(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    code, _, err = add(folder, "--kind", "diary", stdin=b"words", monkeypatch=monkeypatch, capsys=capsys)
    assert code != 0 and "not a kind of entry" in err
    assert not (folder / "journal.json").exists()
