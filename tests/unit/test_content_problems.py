"""content/problems.py: the validation library's and the YAML reader's errors, in an author's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from authoring_words import JARGON
from trustroad.content.model import CheckinSpec, PhaseMeta, StepMeta
from trustroad.content.problems import field_problem, where
from trustroad.content.yaml_fields import parse_fields

GOOD = {"id": "s", "title": "T", "phase": "p", "kind": "worksheet", "order": 1, "summary": "S."}
PROMPT = {"id": "q", "label": "Q?"}


def messages(model, data) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [field_problem(error, model) for error in caught.value.errors(include_url=False)]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"prompts": [{**PROMPT, "roles": ["hurt-partner"]}]}, "prompt 1, roles: 'hurt-partner' is not a role"),
        ({"prompts": [{**PROMPT, "roles": ["hurts"]}]}, "did you mean hurt? use hurt or broke-trust"),
        ({"prompts": [{**PROMPT, "roles": "hurt"}]}, "prompt 1, roles should be a list"),
        ({"prompts": "Q?"}, "prompts should be a list"),
        ({"prompts": ["Q?"]}, "prompt 1 should be fields (such as id: … and label: …)"),
        ({"prompts": [{**PROMPT, "coach": "maybe"}]}, "prompt 1, coach: 'maybe' should be true or false"),
        ({"prompts": [{**PROMPT, "lable": "x"}]}, "prompt 1: 'lable' is not a field trustroad knows; did you mean"),
        ({"prompts": [PROMPT], "order": 1.5}, "order: '1.5' is not a whole number"),
        ({"prompts": [PROMPT], "title": None}, "title is empty; write it after the colon"),
        ({"prompts": [PROMPT], "title": 2024}, "title: '2024' should be text; put it in quotes, like  title: \"2024\""),
        ({"prompts": [PROMPT], "kind": "worksheets"}, "'worksheets' is not a kind; did you mean worksheet?"),
        ({"prompts": [PROMPT], "summary": "x" * 95}, "summary is 95 characters long; keep it to 90 or fewer"),
        ({"prompts": [PROMPT], "phase": "Stabilize"}, "phase: 'Stabilize' has to be lowercase letters"),
        ({"prompts": [PROMPT], "title": ["a", "b"]}, "title should be text, not a list or group of fields"),
        ({"prompts": [PROMPT], "colour": "red"}, "'colour' is not a field trustroad knows; the fields here are id,"),
        ({}, "a worksheet needs at least one prompt under 'prompts'"),
    ],
)
def test_step_problems_in_plain_words(changes, expected):
    found = messages(StepMeta, {**GOOD, **changes})
    assert len(found) == 1 and expected in found[0], found
    assert not JARGON.search(found[0]), found[0]


def test_template_and_checkin_problems_in_plain_words():
    template = {"id": "t", "topic": "talking", "title": "T", "wording": "W", "review_days": 0}
    found = messages(StepMeta, {**GOOD, "kind": "agreements", "templates": [template]})
    assert "template 1, topic: 'talking' is not an agreement topic; use when-how-we-talk" in found[0]
    assert "template 1, review_days: '0' is out of range (at least 1)" in found[1]
    checkin = messages(CheckinSpec, {"title": "T", "intro": "I", "safety": {"label": "S"}, "questions": []})
    assert checkin == [
        "'connection' is missing; add a line such as  connection: …",
        "questions needs at least one entry",
    ]
    checkin = messages(
        CheckinSpec,
        {
            "title": "T",
            "intro": "I",
            "safety": 5,
            "connection": {"label": "C"},
            "questions": [{"id": "q", "label": "Q"}],
        },
    )
    assert checkin == ["safety should be fields on the lines under it, indented two spaces, not a single value"]
    phase = messages(PhaseMeta, {"id": "p", "title": "P", "kind": "chapter", "order": 1, "purpose": "x"})
    assert phase == ["kind: 'chapter' is not a kind; use phase or section"]


def test_where_names_entries_from_one():
    assert where(("prompts", 0, "roles", 1)) == "prompt 1, roles"
    assert where(("templates", 2, "topic")) == "template 3, topic"
    assert where(("safety", "label")) == "safety, label"
    assert where(()) == ""


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("id: a\ntitle: Trap one: moving on\n", 2, 'put the whole value in quotes:  title: "Trap one: moving on"'),
        ("id: a\nprompts:\n  - id: x\n    label: Why: because\n", 4, 'label: "Why: because"'),
        ("id: a\nprompts:\n\t- id: x\n", 3, "indented with a tab"),
        ("id: a\ntitle: T\n  kind: phase\n", 3, "indented more than the line above"),
        ("id: a\nprompts:\n  - id: x\n   label: y\n", 4, "does not line up with the lines above"),
        ('id: a\ntitle: "unclosed\norder: 1\n', 2, "a quote that opens on this line is never closed"),
        ("id: a\ntitle: 'It's hard'\n", 2, "starts with a quote mark"),
        ("id: a\nroles: [hurt\norder: 1\n", 2, "a list in [ ] that opens on this line is not closed"),
        ("id: a\ntitle: @home\n", 2, 'a value that starts with @ must be in quotes, like  title: "@home"'),
        ("id: a\ntitle: *important*\n", 2, "a value that starts with * must be in quotes"),
        ("- just\n- a list\n", 1, "expected fields, one a line"),
    ],
)
def test_yaml_problems_name_the_usual_cause_and_the_line(text, line, expected):
    problems: list = []
    assert parse_fields(text, Path("f.yaml"), 1, problems) is None
    [problem] = problems
    assert problem.line == line and expected in problem.message, str(problem)
    assert not JARGON.search(problem.message), problem.message
