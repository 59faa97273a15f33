"""Content for agreement templates (step kind "agreements") and the weekly check-in questions."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import CHECKIN_FILE, AgreementTopic, ContentError
from trustroad.storage.paths import builtin_content_dir

PHASE = "id: stabilize\ntitle: Stabilize\nkind: phase\norder: 1\npurpose: Calm first.\n"

TEMPLATES = """\
templates:
  - id: talk-time
    topic: when-how-we-talk
    title: When we talk
    wording: Tuesdays at seven.
  - id: pause
    topic: time-out-signal
    title: Pause
    wording: Either of us says pause.
    review_days: 7
"""

CHECKIN = """\
title: Weekly check-in
intro: A few quiet minutes.
safety:
  label: How safe did you feel?
connection:
  label: How connected did you feel?
questions:
  - id: helped
    label: What helped?
  - id: promises
    label: How did the promises go?
    shows_promises: true
"""


def step(kind: str = "agreements", extra: str = TEMPLATES, step_id: str = "our-agreements") -> str:
    return (
        f"---\nid: {step_id}\ntitle: Our agreements\nphase: stabilize\nkind: {kind}\norder: 75\n"
        f"summary: Write them down.\n{extra}---\nSome text.\n"
    )


def folder(tmp_path: Path, steps: dict[str, str], checkin: str | None = CHECKIN) -> Path:
    root = tmp_path / "content"
    phase = root / "phases" / "1-stabilize"
    phase.mkdir(parents=True)
    (phase / "phase.yaml").write_text(PHASE, encoding="utf-8")
    for name, text in steps.items():
        (phase / name).write_text(text, encoding="utf-8")
    if checkin is not None:
        (root / CHECKIN_FILE).parent.mkdir(parents=True)
        (root / CHECKIN_FILE).write_text(checkin, encoding="utf-8")
    return root


def problems(root: Path, extra: list[Path] = ()) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(root, list(extra))
    return [str(p) for p in info.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# --- agreements steps ----------------------------------------------------------------------


def test_valid_agreements_step_loads_templates(tmp_path):
    content = load_content(folder(tmp_path, {"75-a.md": step()}))
    templates = content.agreement_templates()
    assert [t.id for t in templates] == ["talk-time", "pause"]
    assert templates[0].review_days == 14 and templates[1].review_days == 7
    assert content.agreement_template("pause").topic == "time-out-signal"
    assert content.agreement_template("nope") is None
    assert content.step("our-agreements").templates == tuple(templates)


def test_agreements_step_needs_templates(tmp_path):
    text = step(extra="")
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert p.endswith("75-a.md:2: an agreements step needs at least one template under 'templates'")


def test_other_kinds_must_not_have_templates(tmp_path):
    [p] = problems(folder(tmp_path, {"10-r.md": step(kind="reading")}))
    assert "10-r.md:2: only agreements steps have templates (this step is a reading)" in p


def test_template_ids_unique_in_a_step(tmp_path):
    extra = TEMPLATES.replace("id: pause", "id: talk-time")
    [p] = problems(folder(tmp_path, {"75-a.md": step(extra=extra)}))
    assert "template id 'talk-time' is used twice in this step" in p


def test_template_ids_unique_across_steps(tmp_path):
    root = folder(tmp_path, {"75-a.md": step(), "76-b.md": step(step_id="more-agreements")})
    found = problems(root)
    assert len(found) == 2  # both templates of the second file
    text = step()
    assert found[0].endswith(
        f"76-b.md:{line_of(text, 'id: talk-time')}: template id 'talk-time' is already used by "
        f"{root}/phases/1-stabilize/75-a.md; choose another id"
    )


def test_unknown_topic_names_the_line(tmp_path):
    extra = TEMPLATES.replace("topic: time-out-signal", "topic: pinky-swear")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert f"75-a.md:{line_of(text, 'pinky-swear')}: template 2, topic: 'pinky-swear' is not an agreement topic" in p
    assert "when-how-we-talk" in p  # the message lists what is allowed


def test_template_missing_wording(tmp_path):
    extra = TEMPLATES.replace("    wording: Either of us says pause.\n", "")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert p.endswith("template 2: 'wording' is missing; add a line such as  wording: We talk about it at set times.")
    assert f"75-a.md:{line_of(text, 'id: pause')}:" in p


def test_template_empty_wording(tmp_path):
    extra = TEMPLATES.replace("wording: Tuesdays at seven.", "wording: ''")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    line = line_of(text, "wording: ''")
    assert f"75-a.md:{line}: template 1, wording is empty" in p


@pytest.mark.parametrize("days", ["0", "400", "soon"])
def test_template_review_days_must_be_sensible(tmp_path, days):
    extra = TEMPLATES.replace("review_days: 7", f"review_days: {days}")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert f"75-a.md:{line_of(text, 'review_days')}: template 2, review_days: '{days}' is " in p


def test_template_unknown_field(tmp_path):
    extra = TEMPLATES.replace("    review_days: 7\n", "    reveiw_days: 7\n")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert p.endswith(
        f"75-a.md:{line_of(text, 'reveiw_days')}: template 2: 'reveiw_days' is not a field trustroad knows; "
        "did you mean 'review_days'?"
    )


def test_template_bad_id(tmp_path):
    extra = TEMPLATES.replace("id: pause", "id: Pause Now")
    text = step(extra=extra)
    [p] = problems(folder(tmp_path, {"75-a.md": text}))
    assert f"75-a.md:{line_of(text, 'Pause Now')}: template 2, id: 'Pause Now' has to be lowercase" in p


# --- the weekly check-in file -----------------------------------------------------------------


def test_valid_checkin_loads(tmp_path):
    content = load_content(folder(tmp_path, {"75-a.md": step()}))
    spec = content.checkin
    assert spec is not None and spec.title == "Weekly check-in"
    assert [q.id for q in spec.questions] == ["helped", "promises"]
    assert [q.shows_promises for q in spec.questions] == [False, True]
    assert spec.safety.low == "0" and spec.connection.high == "10"


def test_checkin_file_is_optional(tmp_path):
    assert load_content(folder(tmp_path, {"75-a.md": step()}, checkin=None)).checkin is None


def test_later_layer_replaces_checkin(tmp_path):
    root = folder(tmp_path, {"75-a.md": step()})
    extra = tmp_path / "mine"
    (extra / CHECKIN_FILE).parent.mkdir(parents=True)
    (extra / CHECKIN_FILE).write_text(CHECKIN.replace("Weekly check-in", "Our Sunday talk"), encoding="utf-8")
    assert load_content(root, [extra]).checkin.title == "Our Sunday talk"


def checkin_problems(tmp_path: Path, text: str) -> list[str]:
    return problems(folder(tmp_path, {"75-a.md": step()}, checkin=text))


def test_checkin_needs_questions(tmp_path):
    text = CHECKIN.split("questions:")[0] + "questions: []\n"
    [p] = checkin_problems(tmp_path, text)
    assert f"weekly.yaml:{line_of(text, 'questions')}: questions needs at least one entry" in p


def test_checkin_missing_rating(tmp_path):
    text = CHECKIN.replace("connection:\n  label: How connected did you feel?\n", "")
    [p] = checkin_problems(tmp_path, text)
    assert p.endswith("weekly.yaml:1: 'connection' is missing; add a line such as  connection: …")


def test_checkin_duplicate_question_ids(tmp_path):
    text = CHECKIN.replace("id: promises", "id: helped")
    [p] = checkin_problems(tmp_path, text)
    assert p.endswith("weekly.yaml:1: question id 'helped' is used twice")


def test_checkin_only_one_promises_question(tmp_path):
    text = CHECKIN.replace("    label: What helped?\n", "    label: What helped?\n    shows_promises: true\n")
    [p] = checkin_problems(tmp_path, text)
    assert p.endswith("only one question can have 'shows_promises: true'")


def test_checkin_unknown_field(tmp_path):
    text = CHECKIN.replace("  label: How safe did you feel?\n", "  label: How safe did you feel?\n  lowest: never\n")
    [p] = checkin_problems(tmp_path, text)
    assert f"weekly.yaml:{line_of(text, 'lowest')}: safety: 'lowest' is not a field trustroad knows; the fields" in p


def test_checkin_empty_label(tmp_path):
    text = CHECKIN.replace("label: What helped?", "label: ''")
    [p] = checkin_problems(tmp_path, text)
    line = line_of(text, "label: ''")
    assert f"weekly.yaml:{line}: question 1, label is empty" in p


def test_checkin_yaml_error(tmp_path):
    text = CHECKIN.replace("intro: A few quiet minutes.", "intro: [unclosed")
    [p] = checkin_problems(tmp_path, text)
    assert "weekly.yaml:2: a list in [ ] that opens on this line is not closed" in p


def test_checkin_not_a_mapping(tmp_path):
    [p] = checkin_problems(tmp_path, "- just\n- a list\n")
    assert p.endswith("weekly.yaml:1: expected fields, one a line, each a name, a colon and a value (title: …)")


# --- the built-in text ------------------------------------------------------------------------


def test_builtin_has_a_template_for_every_topic_and_a_checkin():
    content = load_content(builtin_content_dir())
    topics = {t.topic for t in content.agreement_templates()}
    assert topics == set(get_args(AgreementTopic))
    spec = content.checkin
    assert spec is not None
    assert sum(q.shows_promises for q in spec.questions) == 1
    ids = {q.id for q in spec.questions}
    assert {"helped", "hard", "promises", "therapy"} <= ids
    step = next(s for p in content.phases for s in p.steps if s.kind == "agreements")
    assert step.phase == "stabilize"
