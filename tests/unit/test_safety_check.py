"""The private safety check: its content (validated, replaceable by a pack), its answers in
workbook.json (old files load), and the therapy summary (only when the person includes it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import ContentError
from trustroad.export.summary import build_summary
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook

BUILTIN = builtin_content_dir()


@pytest.fixture(scope="module")
def content():
    return load_content(BUILTIN)


def test_the_builtin_support_texts_load(content):
    support = content.support
    assert support is not None
    check = support.safety_check
    assert check is not None and "don't need to write details" in check.intro
    assert [q.kind for q in check.questions].count("ongoing") == 1
    assert len(check.questions) == 7
    assert set(check.reminder_phases) == {"make-meaning", "rebuild"} and check.offered_in == "stabilize"
    assert support.resources is not None and "emergency number" in support.resources.resources[0].text
    assert "history" in support.resources.resources[1].text  # before any search is suggested
    assert support.self_check is not None and len(support.self_check.signs) == 8
    assert support.grounding is not None and any("feet" in s for s in support.grounding.steps)


def pack(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "pack"
    (folder / "support").mkdir(parents=True, exist_ok=True)
    (folder / "support" / name).write_text(text, encoding="utf-8")
    return folder


def test_a_pack_replaces_one_file_and_keeps_the_rest(tmp_path, content):
    folder = pack(tmp_path, "resources.yaml", "title: Our list\nresources:\n  - title: Call\n    text: Ring 000.\n")
    layered = load_content(BUILTIN, [folder])
    assert layered.support is not None and content.support is not None
    assert layered.support.resources is not None
    assert [r.title for r in layered.support.resources.resources] == ["Call"]
    assert layered.support.safety_check == content.support.safety_check


def test_mistakes_in_a_support_file_are_reported_with_file_and_line(tmp_path):
    folder = pack(
        tmp_path,
        "self-check.yaml",
        "title: Signs\nintro: Tick.\nsigns:\n  - id: one\n    label: A sign\n    sugestion: typo\n",
    )
    with pytest.raises(ContentError) as caught:
        load_content(BUILTIN, [folder])
    problems = caught.value.problems
    assert all(p.file == folder / "support" / "self-check.yaml" for p in problems)
    typo = "'sugestion' is not a field trustroad knows; did you mean 'suggestion'?"
    assert any(p.line == 6 and typo in p.message for p in problems)
    assert any("'suggestion' is missing" in p.message for p in problems)


def test_a_safety_check_naming_an_unknown_phase_is_refused(tmp_path, content):
    original = (BUILTIN / "support" / "safety-check.yaml").read_text(encoding="utf-8")
    folder = pack(tmp_path, "safety-check.yaml", original.replace("[make-meaning, rebuild]", "[make-meaning, rebiuld]"))
    with pytest.raises(ContentError) as caught:
        load_content(BUILTIN, [folder])
    [problem] = caught.value.problems
    assert problem.file == folder / "support" / "safety-check.yaml"
    assert "unknown phase 'rebiuld'" in problem.message


def test_a_screen_command_in_a_support_text_is_refused(tmp_path):
    text = "title: '[@click=app.quit]Calm'\nsteps: [Breathe]\ntime_out: x\nno_time_out: y\n"
    folder = pack(tmp_path, "grounding.yaml", text)
    with pytest.raises(ContentError):
        load_content(BUILTIN, [folder])


# --- the answers in workbook.json ------------------------------------------------------------


def test_a_workbook_written_before_the_check_loads_with_none_taken(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / WORKBOOK_FILE).write_text(json.dumps({"schema_version": 1, "role": "hurt"}), encoding="utf-8")
    workbook = Store(folder).load(WORKBOOK_FILE, Workbook)
    assert workbook.safety_check.taken is None and workbook.safety_check.answers == {}
    assert not workbook.safety_check.share


def test_answers_round_trip_and_a_new_check_brings_the_reminder_back(tmp_path, content):
    spec = content.support.safety_check
    store = Store(tmp_path / "data")
    workbook = Workbook()
    workbook.safety_check.record({"afraid": "no", "money": "unsure", "sex": None}, share=False)
    assert workbook.safety_check.concern_kinds(spec) == {"safety"}
    assert workbook.safety_check.shows_reminder(spec, "rebuild")
    assert not workbook.safety_check.shows_reminder(spec, "stabilize")
    assert workbook.safety_check.dismiss_reminder()
    store.save(WORKBOOK_FILE, workbook)
    loaded = store.load(WORKBOOK_FILE, Workbook)
    assert loaded.safety_check.answers == {"afraid": "no", "money": "unsure"}
    assert not loaded.safety_check.shows_reminder(spec, "rebuild")
    loaded.safety_check.record({"ongoing": "yes"}, share=False)
    assert loaded.safety_check.concern_kinds(spec) == {"ongoing"}
    assert loaded.safety_check.shows_reminder(spec, "make-meaning")
    with pytest.raises(ValueError):
        loaded.safety_check.record({"afraid": "maybe"}, share=False)


# --- the therapy summary ------------------------------------------------------------------------


def test_the_check_reaches_the_summary_only_when_included(content):
    workbook = Workbook()
    workbook.safety_check.record({"afraid": "yes", "watched": "no"}, share=False)
    documents = {WORKBOOK_FILE: workbook}
    assert "safety" not in [s.key for s in build_summary(documents, content).sections]
    workbook.safety_check.set_shared(True)
    [section] = [s for s in build_summary(documents, content).sections if s.key == "safety"]
    text = repr(section)
    assert "Are you afraid of your partner" in text and "Yes" in text and "No" in text
    assert "safety" not in [s.key for s in build_summary(documents, content, include=["answers"]).sections]
