"""The road map's order and gaps (issue 15): Make Meaning starts with the hurt and responsibility,
the new steps are where a person looks for them and speak to the right partner, the safety page
comes first in Support and is only for reading, and the wording mends hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import ContentError
from trustroad.storage.paths import builtin_content_dir
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import next_step, phase_progress

# Step ids people already have answers under: they never change, whatever the order.
KEPT_IDS = {
    "make-meaning-how-questions",
    "make-meaning-trap-moving-on",
    "make-meaning-trap-rehashing",
    "make-meaning-story-not-excuse",
    "make-meaning-four-questions",
    "make-meaning-taking-responsibility",
    "make-meaning-naming-the-hurt",
    "make-meaning-shared-truth",
    "support-not-alone",
    "support-signs",
    "support-preparing-for-therapy",
    "support-safety",
    "support-closing-word",
}
NEW_STEPS = {
    "stabilize-still-going-on": "stabilize",
    "stabilize-flooding-triggers": "stabilize",
    "stabilize-sexual-health": "stabilize",
    "stabilize-substances-gambling": "stabilize",
    "make-meaning-accountability-statement": "make-meaning",
    "make-meaning-broke-trust-page": "make-meaning",
    "make-meaning-question-ledger": "make-meaning",
    "make-meaning-forgiveness": "make-meaning",
    "make-meaning-deciding": "make-meaning",
}


@pytest.fixture(scope="module")
def content():
    return load_content(builtin_content_dir())


def ids(content, phase_id: str) -> list[str]:
    return [s.id for s in content.phase(phase_id).steps]


def test_step_ids_people_answered_under_are_kept(content):
    every = {s.id for p in content.phases for s in p.steps}
    assert every >= KEPT_IDS


def test_new_steps_are_in_their_phase(content):
    for step_id, phase_id in NEW_STEPS.items():
        assert content.step(step_id).phase == phase_id, step_id


def test_make_meaning_starts_with_the_hurt_and_responsibility_and_context_comes_after(content):
    order = ids(content, "make-meaning")
    hurt = order.index("make-meaning-naming-the-hurt")
    responsibility = order.index("make-meaning-taking-responsibility")
    context = order.index("make-meaning-four-questions")
    assert order[0] == "make-meaning-how-questions"
    assert hurt < responsibility < order.index("make-meaning-accountability-statement") < context
    body = " ".join(content.step("make-meaning-four-questions").body.split())
    assert "not a reason" in body and "not shared fault" in body


def test_still_going_on_is_early_in_stabilize_and_flooding_mentions_the_grounding_key(content):
    order = ids(content, "stabilize")
    assert order.index("stabilize-still-going-on") <= 1
    still = content.step("stabilize-still-going-on").body
    assert "colleague" in still and "co-parent" in still
    flooding = content.step("stabilize-flooding-triggers").body
    for words in ("trigger", "ctrl+g", "feet on the floor", "Breathe out", "time-out phrase", "Trigger log"):
        assert words.lower() in flooding.lower(), words


def test_new_steps_speak_to_the_right_partner(content):
    statement = content.step("make-meaning-accountability-statement")
    coached = [p for p in statement.meta.prompts if p.accountability_coach]
    assert [p.roles for p in coached] == [("broke-trust",)]
    assert all(p.roles == ("broke-trust",) for p in content.step("make-meaning-broke-trust-page").meta.prompts)
    assert content.step("make-meaning-broke-trust-page").prompts_for("hurt") == []
    ledger = content.step("make-meaning-question-ledger")
    assert ledger.kind == "ledger" and ledger.meta.ledger.roles == ("hurt",)
    assert ledger.meta.ledger.shown_to("hurt") and not ledger.meta.ledger.shown_to("broke-trust")
    assert "graphic detail" in ledger.body.lower() and "set aside" in ledger.body.lower()


def test_the_safety_page_is_first_in_support_and_only_for_reading(content):
    support = content.phase("support")
    assert support.steps[0].id == "support-safety"
    safety = support.steps[0]
    assert safety.meta.information_only and not safety.counts_toward_progress
    body = " ".join(safety.body.split())
    assert body.index("history") < body.index('"crisis helpline"')  # the warning before the search
    for words in ("not therapy", "self-harm", "Sexual coercion", "weeks after a rupture"):
        assert words in body, words


def test_a_page_only_for_reading_is_not_counted_nor_suggested(content):
    support = content.phase("support")
    workbook = Workbook()
    assert phase_progress(support, workbook).total == len(support.steps) - 1
    for step in (s for p in content.phases for s in p.steps if s.counts_toward_progress):
        workbook.set_done(step.id, True)
    assert next_step(content, workbook) is None  # the safety page is never "the next step"
    assert phase_progress(support, workbook).done == phase_progress(support, workbook).total


def test_seek_support_signs_go_beyond_the_four(content):
    items = {i.id for i in content.step("support-signs").meta.items}
    assert {"still-going-on", "substances", "not-functioning", "harm-thoughts"} <= items


def test_a_low_safety_rating_points_to_the_safety_page(content):
    safety = content.checkin.safety
    assert "Safety and privacy" in safety.note_for(2)
    assert safety.note_for(safety.low_at + 1) is None and safety.note_for(None) is None


def test_wording_mends(content):
    root = builtin_content_dir()
    text = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.md"))
    assert len(re.findall(r"brick", text, re.IGNORECASE)) == 1
    assert "1 to 10" not in text
    assert "account logins" not in text
    assert "one to two years" in content.step("start-healing-is-a-process").body
    assert "--data-dir" in content.step("start-using-this-workbook").body
    for step_id, prompt_id in (("stabilize-basic-safety", "physical"), ("start-where-are-you-now", "safety")):
        prompt = next(p for p in content.step(step_id).meta.prompts if p.id == prompt_id)
        assert "don't need to write details here" in " ".join(prompt.help.split())
        assert "what is happening" not in prompt.label


# --- validation of the new fields -------------------------------------------------------------

PHASE = "id: p1\ntitle: One\nkind: phase\norder: 1\npurpose: Why.\n"


def step(kind: str, extra: str) -> str:
    return f"---\nid: s1\ntitle: S\nphase: p1\nkind: {kind}\norder: 1\nsummary: A line.\n{extra}---\nBody.\n"


@pytest.mark.parametrize(
    ("kind", "extra", "words"),
    [
        ("ledger", "", "needs a 'ledger' section"),
        ("reading", "ledger:\n  label: Mine\n", "only ledger steps"),
        ("ledger", "ledger:\n  help: no label\n", "label"),
        ("ledger", "ledger:\n  label: Mine\n  roles: [hurt-partner]\n", "roles"),
        ("worksheet", "information_only: true\nprompts:\n  - id: q\n    label: Q\n", "only reading steps"),
        (
            "worksheet",
            "prompts:\n  - id: q\n    label: Q\n    coach: true\n    accountability_coach: true\n",
            "not both",
        ),
    ],
)
def test_the_new_fields_are_checked_with_file_and_line(tmp_path: Path, kind, extra, words):
    (tmp_path / "phases" / "p1").mkdir(parents=True)
    (tmp_path / "phases" / "p1" / "phase.yaml").write_text(PHASE, encoding="utf-8")
    path = tmp_path / "phases" / "p1" / "10-s.md"
    path.write_text(step(kind, extra), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(tmp_path)
    [problem] = caught.value.problems
    assert problem.file == path and problem.line >= 2 and words in problem.message, str(problem)


def test_a_valid_ledger_step_loads(tmp_path: Path):
    (tmp_path / "phases" / "p1").mkdir(parents=True)
    (tmp_path / "phases" / "p1" / "phase.yaml").write_text(PHASE, encoding="utf-8")
    (tmp_path / "phases" / "p1" / "10-s.md").write_text(
        step("ledger", "ledger:\n  label: My questions\n  roles: [hurt]\n"), encoding="utf-8"
    )
    loaded = load_content(tmp_path).step("s1")
    assert loaded.meta.ledger.label == "My questions" and loaded.counts_toward_progress
