"""Content layering (extra folders over the built-in ones: a step or phase replaced, a section
added, later layers win) and workbook progress over the content (phase progress, next step,
whether a step holds writing)."""

from __future__ import annotations

import pytest

from trustroad.content.loader import load_content
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import next_step, phase_progress, step_has_writing
from unit.content_files import add, assert_problem, phase_yaml, step_md, the_problem

# --- layering extra folders over the built-in ones ----------------------------------------


@pytest.fixture
def base(tmp_path, write_tree):
    return write_tree(
        tmp_path / "base",
        {
            "phases/start/phase.yaml": phase_yaml(id="start", title="Start", kind="section", order=0),
            "phases/start/10-hello.md": step_md(id="hello", phase="start", body="Built-in hello.\n"),
            "phases/p1/phase.yaml": phase_yaml(),
            "phases/p1/10-a.md": step_md(id="a", order=10),
            "phases/p1/20-b.md": step_md(id="b", order=20, body="Built-in b.\n"),
            "phases/p2/phase.yaml": phase_yaml(id="p2", title="Phase two", order=2),
            "phases/p2/10-c.md": step_md(id="c", phase="p2"),
        },
    )


def test_a_step_with_the_same_id_replaces_the_built_in_one(base, tmp_path, write_tree):
    extra = write_tree(
        tmp_path / "therapist",
        {
            "b.md": step_md(
                id="b", order=20, kind="worksheet", extra="prompts:\n  - id: q\n    label: Ours\n", body="Our b.\n"
            ),
        },
    )
    content = load_content(base, [extra])
    step = content.step("b")
    assert step.body == "Our b.\n" and step.source == extra / "b.md"
    assert [s.id for s in content.phase("p1").steps] == ["a", "b"]


def test_a_new_phase_yaml_adds_a_section(base, tmp_path, write_tree):
    extra = write_tree(
        tmp_path / "therapist",
        {
            "ours/phase.yaml": phase_yaml(id="between-sessions", title="Between sessions", kind="section", order=5),
            "ours/10-homework.md": step_md(id="homework", phase="between-sessions"),
        },
    )
    content = load_content(base, [extra])
    assert [p.id for p in content.phases] == ["start", "p1", "p2", "between-sessions"]
    assert [s.id for s in content.phase("between-sessions").steps] == ["homework"]
    assert [p.id for p in content.road_phases] == ["p1", "p2"]  # a section is not a road-map phase


def test_an_extra_phase_yaml_with_an_existing_id_replaces_its_title(base, tmp_path, write_tree):
    extra = write_tree(tmp_path / "therapist", {"p1/phase.yaml": phase_yaml(title="Our own title")})
    content = load_content(base, [extra])
    phase = content.phase("p1")
    assert phase.title == "Our own title"
    assert [s.id for s in phase.steps] == ["a", "b"]  # the built-in steps stay in it


def test_later_layers_win(base, tmp_path, write_tree):
    first = write_tree(tmp_path / "one", {"b.md": step_md(id="b", body="First.\n")})
    second = write_tree(tmp_path / "two", {"b.md": step_md(id="b", body="Second.\n")})
    assert load_content(base, [first, second]).step("b").body == "Second.\n"


def test_a_problem_in_an_extra_layer_names_that_file(base, tmp_path, write_tree):
    extra = write_tree(tmp_path / "therapist", {"x.md": step_md(id="x", kind="worksheet")})
    assert_problem(the_problem(base, extra), extra / "x.md", 2, "worksheet needs at least one prompt")


# --- progress -------------------------------------------------------------------------------


def test_phase_progress(base):
    content = load_content(base)
    workbook = Workbook()
    p1 = content.phase("p1")
    assert phase_progress(p1, workbook).label == "0 of 2 steps done"
    workbook.set_done("b", True)
    workbook.set_done("c", True)  # in another phase: does not count here
    progress = phase_progress(p1, workbook)
    assert (progress.done, progress.total) == (1, 2)
    assert progress.label == "1 of 2 steps done"


def test_next_step_follows_the_road_and_wraps_round(base):
    content = load_content(base)
    workbook = Workbook()
    assert next_step(content, workbook).id == "hello"
    workbook.set_done("hello", True)
    workbook.set_done("a", True)
    assert next_step(content, workbook).id == "b"

    workbook.current_phase = "p2"  # the person says where they are: start looking there
    assert next_step(content, workbook).id == "c"
    workbook.set_done("c", True)
    assert next_step(content, workbook).id == "b"  # wraps round to what is left

    workbook.set_done("b", True)
    assert next_step(content, workbook) is None

    workbook.current_phase = "no-longer-exists"
    workbook.set_done("a", False)
    assert next_step(content, workbook).id == "a"


def test_step_has_writing(content_root):
    add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra="prompts:\n  - id: q\n    label: Q\n"))
    step = load_content(content_root).step("s1")
    workbook = Workbook()
    assert not step_has_writing(step, workbook)
    workbook.set_answer("s1", "q", "   \n")
    assert not step_has_writing(step, workbook)
    workbook.set_answer("s1", "q", "words")
    assert step_has_writing(step, workbook)
