"""The `trustroad` command, everything that happens before (or instead of) the window opening."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trustroad import __version__
from trustroad.cli import main
from trustroad.settings import CONTENT_ENV, DATA_DIR_ENV, EXIT_ON_READY_ENV
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store

MARKER = "PRIVATE-MARKER-c9Lp"

GOOD_STEP = """\
---
id: {id}
title: Our own worksheet
phase: stabilize
kind: worksheet
order: 99
summary: A worksheet from a therapist.
prompts:
  - id: q
    label: What helped this week?
---
Take your time.
"""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(CONTENT_ENV, raising=False)
    # If a test wrongly got as far as the window, it paints headless and leaves instead of hanging.
    monkeypatch.setenv(EXIT_ON_READY_ENV, "1")


def test_python_m_trustroad_version(subprocess_env, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "trustroad", "--version"],
        env=subprocess_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"trustroad {__version__}"


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"trustroad {__version__}"


def test_help_says_what_it_is_and_is_not(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "not therapy" in text
    assert "not for emergencies" in text
    assert "--data-dir" in text and "TRUSTROAD_DATA_DIR" in text
    assert "content" in text


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--no-such-option"])
    assert exited.value.code == 2


# --- content check ------------------------------------------------------------------------


def test_content_check_on_the_built_in_content(capsys):
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Content is valid:")


def test_content_check_reports_every_problem_as_file_line_message(tmp_path, write_tree, capsys):
    extra = write_tree(
        tmp_path / "mine",
        {
            "a.md": GOOD_STEP.format(id="a").replace("kind: worksheet", "kind: essay"),
            "b.md": "no front matter here\n",
        },
    )
    assert main(["content", "check", str(extra)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert f"{extra / 'a.md'}:5: kind: 'essay' is not a kind; use reading, worksheet" in lines[0]
    assert lines[1].startswith(f"{extra / 'b.md'}:1: no front matter")
    assert len(lines) == 2
    assert "2 problems found." in captured.err


def test_content_check_of_a_good_extra_folder_counts_its_step(tmp_path, write_tree, capsys):
    assert main(["content", "check"]) == 0
    before = capsys.readouterr().out
    extra = write_tree(tmp_path / "mine", {"ours.md": GOOD_STEP.format(id="therapist-extra")})
    assert main(["content", "check", str(extra)]) == 0
    after = capsys.readouterr().out

    def steps(text: str) -> int:
        return int(text.split(" steps")[0].rsplit(" ", 1)[1])

    assert steps(after) == steps(before) + 1


def test_trustroad_content_env_is_layered(tmp_path, write_tree, monkeypatch, capsys):
    bad = write_tree(tmp_path / "bad", {"x.md": GOOD_STEP.format(id="Not An Id")})
    monkeypatch.setenv(CONTENT_ENV, str(bad))
    assert main(["content", "check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{bad / 'x.md'}:2: id: 'Not An Id' has to be lowercase letters")


def test_content_option_and_env_are_both_used(tmp_path, write_tree, monkeypatch, capsys):
    one = write_tree(tmp_path / "one", {"a.md": GOOD_STEP.format(id="a")})
    two = write_tree(tmp_path / "two", {"b.md": GOOD_STEP.format(id="b")})

    def steps(*options: str) -> int:
        assert main([*options, "content", "check"]) == 0
        return int(capsys.readouterr().out.split(" steps")[0].rsplit(" ", 1)[1])

    built_in = steps()
    monkeypatch.setenv(CONTENT_ENV, str(one))
    assert steps("--content", str(two)) == built_in + 2
    monkeypatch.setenv(CONTENT_ENV, f"{one}{os.pathsep}{two}")
    assert steps() == built_in + 2


def test_a_missing_content_folder_is_reported(tmp_path, capsys):
    assert main(["content", "check", str(tmp_path / "nope")]) == 1
    assert "content folder not found" in capsys.readouterr().out


def test_bad_extra_content_stops_the_workbook_from_opening(tmp_path, write_tree, capsys):
    bad = write_tree(tmp_path / "bad", {"x.md": "oops\n"})
    assert main(["--data-dir", str(tmp_path / "data"), "--content", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "workbook text has problems" in err and f"{bad / 'x.md'}:1:" in err
    assert not (tmp_path / "data" / WORKBOOK_FILE).exists()


# --- a damaged workbook: explained, left alone, before the window opens --------------------


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_corrupt_workbook_is_explained_and_left_byte_identical(tmp_path, file_state, capsys, monkeypatch, how):
    data = tmp_path / "data"
    data.mkdir()
    path = data / WORKBOOK_FILE
    path.write_bytes(b'{\n  "answers": {"s/p": {"text": "' + MARKER.encode() + b'"}},\n  "role": \n')
    before = file_state(path)
    listing = sorted(p.name for p in data.iterdir())

    argv = ["--data-dir", str(data)] if how == "option" else []
    if how == "env":
        monkeypatch.setenv(DATA_DIR_ENV, str(data))
    assert main(argv) == 1

    captured = capsys.readouterr()
    assert "cannot open your workbook" in captured.err
    assert str(path) in captured.err and "line 4, column 1" in captured.err
    assert MARKER not in captured.err + captured.out
    assert file_state(path) == before
    assert sorted(p.name for p in data.iterdir() if p.name != ".trustroad.lock") == listing
    # The failed start let go of the folder: a later start is not told "already open".
    store = Store(data)
    store.lock()
    store.unlock()


def test_a_workbook_from_a_newer_version_is_left_alone(tmp_path, file_state, capsys):
    path = tmp_path / WORKBOOK_FILE
    path.write_text(json.dumps({"schema_version": 999, "answers": {"s/p": {"text": MARKER}}}))
    before = file_state(path)
    assert main(["--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "newer" in err and str(path) in err and MARKER not in err
    assert file_state(path) == before


def test_a_folder_already_open_elsewhere(tmp_path, capsys):
    other = Store(tmp_path)
    other.lock()
    try:
        assert main(["--data-dir", str(tmp_path)]) == 1
    finally:
        other.unlock()
    assert "already open" in capsys.readouterr().err


# --- where data lives ----------------------------------------------------------------------


def test_the_data_dir_option_beats_the_environment(tmp_path, monkeypatch, capsys):
    # Seen from outside: the option's folder is the one opened (and reported), not the variable's.
    option, env = tmp_path / "opt", tmp_path / "env"
    for folder in (option, env):
        folder.mkdir()
        (folder / WORKBOOK_FILE).write_text("{ not json", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(env))
    assert main(["--data-dir", str(option)]) == 1
    err = capsys.readouterr().err
    assert str(option / WORKBOOK_FILE) in err and str(env) not in err


def test_builtin_content_is_found():
    folder = builtin_content_dir()
    assert (folder / "phases").is_dir()
    assert isinstance(folder, Path)


def test_a_data_dir_that_is_a_file(tmp_path, file_state, capsys):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text(MARKER)
    before = file_state(not_a_folder)
    assert main(["--data-dir", str(not_a_folder)]) == 1
    err = capsys.readouterr().err
    assert str(not_a_folder) in err and MARKER not in err
    assert file_state(not_a_folder) == before


def _every_parser(parser, path=("trustroad",)):
    import argparse

    yield path, parser
    for action in parser._actions:  # argparse offers no public walk over its subcommands
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _every_parser(sub, (*path, name))


def test_every_command_says_what_it_does_and_what_each_argument_is():
    """`--help` on any command or action describes it, and names what each bare argument is."""
    from trustroad.cli import build_parser

    missing = []
    for path, parser in _every_parser(build_parser()):
        command = " ".join(path)
        if not parser.description:
            missing.append(f"{command}: no description")
        missing += [
            f"{command} {action.metavar or action.dest}: no help"
            for action in parser._actions
            if not action.option_strings and not action.help and action.nargs != "A..."
        ]
    assert missing == []
