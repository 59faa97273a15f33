"""Rupture kinds: `for:` in content (validated by `trustroad content check`), the welcome's words
(first-run/welcome.yaml, replaceable by a pack), the workbook's kinds, and the order of steps."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustroad.cli import main
from trustroad.content.first_run import FIRST_RUN_FILE
from trustroad.content.kinds import RUPTURE_KINDS
from trustroad.content.loader import check_folders, load_content
from trustroad.settings import EXIT_ON_READY_ENV
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import items_that_fit, next_step, ordered_steps, steps_that_fit

STEP = """\
---
id: {id}
title: A step for some
phase: stabilize
kind: checklist
order: {order}
summary: Only some people need this one.
for: [{kinds}]
items:
  - id: first
    label: Something to tick.
  - id: second
    label: Something else to tick.
    for: [{item_kinds}]
---
Some text.
"""


@pytest.fixture(autouse=True)
def headless(monkeypatch):
    monkeypatch.setenv(EXIT_ON_READY_ENV, "1")


@pytest.fixture(scope="module")
def builtin():
    return load_content(builtin_content_dir())


def test_an_unknown_kind_is_a_plain_problem_at_its_line(tmp_path, write_tree, capsys):
    extra = write_tree(
        tmp_path / "pack",
        {
            "a.md": STEP.format(id="a", order=91, kinds="hidden-spending, gamblng", item_kinds="affair"),
            "b.md": STEP.format(id="b", order=92, kinds="affair", item_kinds="sercet-use"),
        },
    )
    assert main(["content", "check", str(extra)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2, lines
    # Line 8 holds the step's `for:`, line 14 the second item's.
    assert lines[0].startswith(f"{extra / 'a.md'}:8: ")
    assert "unknown rupture kind 'gamblng'" in lines[0]
    assert "hidden-spending" in lines[0]  # the kinds there are, to choose from
    assert lines[1].startswith(f"{extra / 'b.md'}:14: ")
    assert "unknown rupture kind 'sercet-use'" in lines[1]


def test_known_kinds_pass_the_check(tmp_path, write_tree, capsys):
    extra = write_tree(
        tmp_path / "pack", {"a.md": STEP.format(id="a", order=91, kinds="affair", item_kinds="something-else")}
    )
    assert main(["content", "check", str(extra)]) == 0
    step = load_content(builtin_content_dir(), [extra]).step("a")
    assert step is not None and step.meta.for_kinds == ("affair",)
    assert step.meta.items[1].for_kinds == ("something-else",)


def test_the_built_in_welcome_names_every_kind_and_role(builtin):
    spec = builtin.first_run
    assert spec is not None
    assert [c.id for c in spec.kinds.choices] == list(RUPTURE_KINDS)
    assert {c.id for c in spec.role.choices} == {"hurt", "broke-trust", "unsaid"}
    assert len(spec.about.lines) == 3
    assert all(builtin.phase(c.phase) for c in spec.stage.choices)


def test_built_in_steps_name_kinds_for_money_and_for_use(builtin):
    tagged = {s.id: s.meta.for_kinds for p in builtin.phases for s in p.steps if s.meta.for_kinds}
    assert any("hidden-spending" in kinds for kinds in tagged.values())
    assert any("substance-or-gambling" in kinds for kinds in tagged.values())


def welcome(root: Path, **changes: str) -> str:
    text = (builtin_content_dir() / FIRST_RUN_FILE).read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


def test_a_pack_replaces_the_welcome_and_its_problems_have_lines(tmp_path, write_tree):
    pack = write_tree(tmp_path / "pack", {str(FIRST_RUN_FILE): welcome(tmp_path, **{"Welcome to trustroad": "Hello"})})
    assert load_content(builtin_content_dir(), [pack]).first_run.about.title == "Hello"

    bad = write_tree(
        tmp_path / "bad",
        {
            str(FIRST_RUN_FILE): welcome(
                tmp_path, **{"phase: make-meaning": "phase: meaning", "id: affair": "id: fling"}
            )
        },
    )
    problems = [str(p) for p in check_folders(builtin_content_dir(), [bad])]
    assert len(problems) == 1, problems  # the kinds are checked first; the stage's phase once they pass
    assert "unknown rupture kind 'fling'" in problems[0]
    assert problems[0].startswith(f"{bad / FIRST_RUN_FILE}:")

    phase_only = write_tree(
        tmp_path / "phase", {str(FIRST_RUN_FILE): welcome(tmp_path, **{"phase: make-meaning": "phase: meaning"})}
    )
    [problem] = check_folders(builtin_content_dir(), [phase_only])
    line = (phase_only / FIRST_RUN_FILE).read_text(encoding="utf-8").splitlines().index("      phase: meaning") + 1
    assert (problem.line, problem.message) == (line, "unknown phase 'meaning'")


# --- the order of steps and items -------------------------------------------------------------


def test_steps_for_the_persons_kinds_come_first_and_the_rest_under_also(builtin):
    stabilize = builtin.phase("stabilize")
    workbook = Workbook()
    everyone = [s.id for s in stabilize.steps]
    assert [s.id for s in ordered_steps(stabilize, workbook)] == everyone  # no kind named: as written

    workbook.set_rupture_kinds(["affair"])
    fitting, also = steps_that_fit(stabilize, workbook)
    assert also and all(s.meta.for_kinds and "affair" not in s.meta.for_kinds for s in also)
    assert all(not s.meta.for_kinds or "affair" in s.meta.for_kinds for s in fitting)
    assert sorted(s.id for s in fitting + also) == sorted(everyone)

    workbook.set_rupture_kinds(["hidden-spending"])
    fitting, also = steps_that_fit(stabilize, workbook)
    money = next(s for s in stabilize.steps if "hidden-spending" in s.meta.for_kinds)
    assert money in fitting
    assert [s.order for s in fitting] == sorted(s.order for s in fitting)  # road-map order within each


def test_checklist_items_for_other_kinds_follow_the_rest(builtin):
    step = next(s for p in builtin.phases for s in p.steps if any(i.for_kinds for i in s.meta.items))
    workbook = Workbook()
    fitting, also = items_that_fit(step, workbook)
    assert also == [] and fitting == step.items_for("unsaid")
    workbook.set_rupture_kinds(["ongoing-deception"])
    fitting, also = items_that_fit(step, workbook)
    items = step.items_for("unsaid")
    assert [i.id for i in also] == [i.id for i in items if i.for_kinds and "ongoing-deception" not in i.for_kinds]
    assert [i.id for i in fitting] == [i.id for i in items if i not in also]
    assert also


def test_the_next_step_skips_steps_for_other_kinds_until_the_rest_are_done(builtin):
    workbook = Workbook(current_phase="stabilize")
    workbook.set_rupture_kinds(["affair"])
    stabilize = builtin.phase("stabilize")
    fitting, also = steps_that_fit(stabilize, workbook)
    for step in fitting:
        assert next_step(builtin, workbook) == step
        workbook.set_done(step.id, True)
    assert next_step(builtin, workbook) == also[0]


# --- the workbook's side -------------------------------------------------------------------------


def test_kinds_are_kept_in_one_order_and_unknown_ones_refused():
    workbook = Workbook()
    assert workbook.set_rupture_kinds(["something-else", "affair", "affair"])
    assert workbook.rupture_kinds == ["affair", "something-else"]
    assert not workbook.set_rupture_kinds(["affair", "something-else"])
    with pytest.raises(ValueError):
        workbook.set_rupture_kinds(["fling"])


def test_finishing_the_welcome_keeps_its_answers_and_the_first_moment(tmp_path, fixed_now, set_clock):
    workbook = Workbook()
    assert workbook.needs_first_run
    assert workbook.finish_first_run(role="broke-trust", kinds=["hidden-spending"], phase_id="stabilize")
    assert not workbook.needs_first_run and workbook.first_run_done == fixed_now
    Store(tmp_path).save(WORKBOOK_FILE, workbook)
    again = Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert (again.role, again.rupture_kinds, again.current_phase) == ("broke-trust", ["hidden-spending"], "stabilize")
    set_clock("2027-01-01T09:00:00+00:00")
    assert not again.finish_first_run()  # a revisit that changes nothing changes nothing
    assert again.first_run_done == fixed_now
    assert again.finish_first_run(kinds=[])
    assert again.rupture_kinds == []


def test_a_workbook_from_before_the_welcome_loads_and_shows_it(tmp_path):
    (tmp_path / WORKBOOK_FILE).write_text('{"schema_version": 1, "role": "hurt"}', encoding="utf-8")
    workbook = Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert workbook.role == "hurt" and workbook.rupture_kinds == [] and workbook.needs_first_run


def test_a_headless_start_on_a_new_folder_paints_the_welcome_and_keeps_nothing(tmp_path, capsys):
    # TRUSTROAD_EXIT_ON_READY (the fixture above): the window paints once and leaves.
    folder = tmp_path / "new"
    assert main(["--data-dir", str(folder)]) == 0
    assert not (folder / WORKBOOK_FILE).exists()  # the welcome was not finished: nothing kept
    assert "Traceback" not in capsys.readouterr().err
