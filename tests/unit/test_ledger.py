"""The question ledger in the workbook: operations, old files, a saved round trip, and the
therapy summary (only questions marked for sharing reach it; a canary proves the rest never do)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.export.summary import build_summary, render
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store
from trustroad.workbook.ledger import Ledger
from trustroad.workbook.model import Workbook

STEP = "make-meaning-question-ledger"
CANARY = "ZZ-PRIVATE-LEDGER-51c2"


def test_add_edit_recategorise_and_share():
    ledger = Ledger()
    assert ledger.add("   ") is None and ledger.items == []
    item = ledger.add("  Is there any contact now? ")
    assert (item.text, item.category, item.status, item.share) == (
        "Is there any contact now?",
        "need-to-know",
        "not-yet",
        False,
    )
    assert ledger.set_text(item.id, "Is there any contact now?") is False
    assert ledger.set_text(item.id, "Is there contact at work?") and item.text == "Is there contact at work?"
    assert ledger.cycle_category(item.id) == "meaning"
    assert ledger.cycle_category(item.id) == "graphic-detail"
    assert ledger.cycle_category(item.id) == "need-to-know"
    assert [ledger.cycle_status(item.id) for _ in range(4)] == ["asked", "answered", "set-aside", "not-yet"]
    assert ledger.set_status(item.id, "set-aside") and ledger.set_status(item.id, "set-aside") is False
    with pytest.raises(ValueError):
        ledger.set_category(item.id, "gossip")
    assert ledger.shared() == []
    assert ledger.set_shared(item.id, True) and ledger.shared() == [item]
    assert ledger.set_text(item.id, "") and ledger.items == []  # cleared by the person: gone


def test_a_workbook_from_before_the_ledger_loads_and_a_ledger_survives_save_and_load(tmp_path: Path):
    (tmp_path / WORKBOOK_FILE).write_text(
        json.dumps({"schema_version": 1, "role": "hurt", "answers": {}, "checked": {}, "done": {}}), encoding="utf-8"
    )
    store = Store(tmp_path)
    workbook = store.load(WORKBOOK_FILE, Workbook)
    assert workbook.ledgers == {}
    item = workbook.ledger(STEP).add('Ελπίδα — [bold]not markup[/bold] "quoted"')
    workbook.ledger(STEP).set_status(item.id, "asked")
    store.save(WORKBOOK_FILE, workbook)
    again = store.load(WORKBOOK_FILE, Workbook)
    assert again.ledger(STEP).items == workbook.ledger(STEP).items


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_only_shared_questions_reach_the_therapy_summary(fmt):
    content = load_content(builtin_content_dir())
    workbook = Workbook()
    ledger = workbook.ledger(STEP)
    shared = ledger.add("Has the contact really ended?")
    ledger.set_shared(shared.id, True)
    ledger.set_status(shared.id, "answered")
    ledger.add(f"{CANARY} a question kept private", category="graphic-detail")
    summary = build_summary({WORKBOOK_FILE: workbook}, content, include=["answers"])
    assert [s.key for s in summary.sections] == ["answers"]
    texts = summary.texts()
    assert any("Has the contact really ended?" in t for t in texts)
    assert any(t == "Need to know · answered" for t in texts)
    assert not any(CANARY in t for t in texts)
    data, _warnings = render(summary, fmt)
    assert CANARY.encode() not in data


def test_nothing_shared_means_no_answers_section():
    content = load_content(builtin_content_dir())
    workbook = Workbook()
    workbook.ledger(STEP).add(f"{CANARY} private")
    assert build_summary({WORKBOOK_FILE: workbook}, content, include=["answers"]).sections == []
