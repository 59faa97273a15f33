"""Content loading: the built-in workbook, every validation error as file:line, layering, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import ContentError, Problem
from trustroad.storage.paths import builtin_content_dir
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import next_step, phase_progress, step_has_writing

PHASE = "id: {id}\ntitle: {title}\nkind: {kind}\norder: {order}\npurpose: Why this part matters.\n"


def phase_yaml(id: str = "p1", title: str = "Phase one", kind: str = "phase", order: int = 1) -> str:
    return PHASE.format(id=id, title=title, kind=kind, order=order)


def step_md(extra: str = "", body: str = "Some text.\n", **fields) -> str:
    """A step file. Line 1 is '---', lines 2-7 are id, title, phase, kind, order, summary (unless removed)."""
    front = {"id": "s1", "title": "Step one", "phase": "p1", "kind": "reading", "order": 10, "summary": "A short line."}
    front.update(fields)
    lines = "".join(f"{key}: {value}\n" for key, value in front.items() if value is not None)
    return f"---\n{lines}{extra}---\n{body}"


def problems_of(root: Path, *extra: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_content(root, list(extra))
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return caught.value.problems


def the_problem(root: Path, *extra: Path) -> Problem:
    problems = problems_of(root, *extra)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def assert_problem(problem: Problem, path: Path, line: int, *words: str) -> None:
    assert (problem.file, problem.line) == (path, line), str(problem)
    assert str(problem).startswith(f"{path}:{line}: ")
    for word in words:
        assert word in problem.message, str(problem)


# --- the built-in content -----------------------------------------------------------------


@pytest.fixture(scope="module")
def builtin():
    return load_content(builtin_content_dir())


def test_builtin_content_loads_and_every_phase_has_steps(builtin):
    assert builtin.phases
    for phase in builtin.phases:
        assert phase.steps, f"{phase.source}: phase '{phase.id}' has no steps"
        assert [s.order for s in phase.steps] == sorted(s.order for s in phase.steps)
        for step in phase.steps:
            assert step.phase == phase.id
            assert step.body.strip()
    assert [p.order for p in builtin.phases] == sorted(p.order for p in builtin.phases)


def test_the_road_map_is_stabilize_make_meaning_rebuild(builtin):
    assert [p.id for p in builtin.road_phases] == ["stabilize", "make-meaning", "rebuild"]


def test_ids_are_unique(builtin):
    phase_ids = [p.id for p in builtin.phases]
    step_ids = [s.id for p in builtin.phases for s in p.steps]
    assert len(set(phase_ids)) == len(phase_ids)
    assert len(set(step_ids)) == len(step_ids)
    for step in (s for p in builtin.phases for s in p.steps):
        entry_ids = [e.id for e in (*step.meta.prompts, *step.meta.items)]
        assert len(set(entry_ids)) == len(entry_ids), step.source


def test_every_worksheet_prompt_and_checklist_item_has_a_label(builtin):
    steps = [s for p in builtin.phases for s in p.steps]
    assert any(s.kind == "worksheet" for s in steps)
    for step in steps:
        if step.kind == "worksheet":
            assert step.meta.prompts, step.source
        if step.kind == "checklist":
            assert step.meta.items, step.source
        for entry in (*step.meta.prompts, *step.meta.items):
            assert entry.label.strip(), f"{step.source}: '{entry.id}' has no label"


def test_role_filtering(builtin):
    steps = [s for p in builtin.phases for s in p.steps]
    prompts = [p for s in steps for p in s.meta.prompts]
    # The content speaks to each partner somewhere, so the filter has something to do.
    assert any(p.roles == ("hurt",) for p in prompts)
    assert any(p.roles == ("broke-trust",) for p in prompts)
    for step in steps:
        for role, other in (("hurt", "broke-trust"), ("broke-trust", "hurt")):
            shown = step.prompts_for(role) + step.items_for(role)
            assert all(e.roles != (other,) for e in shown), f"{step.source}: shows {other}'s prompt to {role}"
            hidden = [e for e in (*step.meta.prompts, *step.meta.items) if e not in shown]
            assert all(e.roles == (other,) for e in hidden)
        assert step.prompts_for("unsaid") == list(step.meta.prompts)
        assert step.items_for("unsaid") == list(step.meta.items)


# --- every validation error, as file:line: message ----------------------------------------


@pytest.fixture
def root(tmp_path, write_tree):
    """A content folder with one valid phase; each test adds the file under test."""
    return write_tree(tmp_path / "content", {"phases/p1/phase.yaml": phase_yaml()})


def add(root: Path, rel: str, data: str | bytes) -> Path:
    path = root / "phases" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_the_minimal_fixture_is_valid(root):
    add(root, "p1/10-s.md", step_md())
    content = load_content(root)
    assert [s.id for s in content.phases[0].steps] == ["s1"]


def test_missing_front_matter(root):
    path = add(root, "p1/10-s.md", "# Just a heading\n\nNo fields.\n")
    assert_problem(the_problem(root), path, 1, "no front matter", "'---'")


def test_unterminated_front_matter(root):
    path = add(root, "p1/10-s.md", "---\nid: s1\ntitle: Step one\n\nThe body, but the fields were never closed.\n")
    assert_problem(the_problem(root), path, 1, "never closed", "'---'")


def test_yaml_syntax_error_points_at_the_bad_line(root):
    path = add(root, "p1/10-s.md", step_md(extra="prompts: none\n  label: oops\n"))
    # Line 8 is 'prompts: none', line 9 the wrongly indented continuation.
    assert_problem(the_problem(root), path, 9, "indented more than the line above", "label: oops")


def test_yaml_syntax_error_in_a_value(root):
    path = add(root, "p1/10-s.md", step_md(title="A: title with a colon"))
    assert_problem(the_problem(root), path, 3, "colon and a space", 'title: "A: title with a colon"')


def test_front_matter_that_is_not_a_mapping(root):
    path = add(root, "p1/10-s.md", "---\n- id: s1\n- title: x\n---\nBody\n")
    assert_problem(the_problem(root), path, 2, "a name, a colon and a value")


def test_missing_required_field(root):
    path = add(root, "p1/10-s.md", step_md(summary=None))
    assert_problem(the_problem(root), path, 2, "'summary' is missing", "summary: One line")


def test_unknown_field_is_reported_as_a_typo(root):
    path = add(root, "p1/10-s.md", step_md(extra="sumary: Misspelt.\n"))
    assert_problem(the_problem(root), path, 8, "'sumary' is not a field", "did you mean 'summary'?")


def test_unknown_field_inside_a_prompt(root):
    extra = "prompts:\n  - id: a\n    label: A question\n    hlep: typo\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 11, "prompt 1: 'hlep' is not a field", "did you mean 'help'?")


def test_bad_id_pattern(root):
    path = add(root, "p1/10-s.md", step_md(id="My_Step"))
    assert_problem(the_problem(root), path, 2, "id: 'My_Step' has to be lowercase", "lowercase letters, digits")


def test_bad_prompt_id_pattern(root):
    extra = "prompts:\n  - id: a\n    label: A\n  - id: Two Words\n    label: B\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 11, "prompt 2, id: 'Two Words'", "lowercase")


def test_bad_kind(root):
    path = add(root, "p1/10-s.md", step_md(kind="essay"))
    assert_problem(
        the_problem(root),
        path,
        5,
        "kind: 'essay' is not a kind",
        "use reading, worksheet, checklist, agreements or ledger",
    )


def test_worksheet_without_prompts(root):
    path = add(root, "p1/10-s.md", step_md(kind="worksheet"))
    assert_problem(the_problem(root), path, 2, "worksheet needs at least one prompt")


def test_checklist_without_items(root):
    path = add(root, "p1/10-s.md", step_md(kind="checklist"))
    assert_problem(the_problem(root), path, 2, "checklist needs at least one item")


def test_reading_with_prompts(root):
    path = add(root, "p1/10-s.md", step_md(extra="prompts:\n  - id: a\n    label: A\n"))
    assert_problem(the_problem(root), path, 2, "only worksheets have prompts", "reading")


def test_worksheet_with_items(root):
    extra = "prompts:\n  - id: a\n    label: A\nitems:\n  - id: b\n    label: B\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 2, "only checklists have items")


def test_duplicate_prompt_id(root):
    extra = "prompts:\n  - id: same\n    label: A\n  - id: same\n    label: B\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 2, "prompt id 'same' is used twice")


def test_prompt_without_label(root):
    extra = "prompts:\n  - id: a\n    help: Only help.\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 9, "prompt 1: 'label' is missing")


def test_prompt_with_an_unknown_role(root):
    extra = "prompts:\n  - id: a\n    label: A\n    roles: [hurt, partner]\n"
    path = add(root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(root), path, 11, "prompt 1, roles: 'partner' is not a role; use hurt or broke-trust")


def test_summary_too_long(root):
    path = add(root, "p1/10-s.md", step_md(summary="x" * 91))
    assert_problem(the_problem(root), path, 7, "summary is 91 characters long; keep it to 90 or fewer")


def test_empty_body(root):
    path = add(root, "p1/10-s.md", step_md(body="\n   \n"))
    # Lines 1-8 are the front matter and its fences; the text should start on line 9.
    assert_problem(the_problem(root), path, 9, "no text after its front matter")


def test_non_utf8_file(root):
    path = add(root, "p1/10-s.md", step_md().encode("utf-8").replace(b"Step one", b"Step \xe9t\xe9"))
    assert_problem(the_problem(root), path, 1, "not UTF-8", "save the file as UTF-8")


def test_a_byte_order_mark_is_accepted(root):
    add(root, "p1/10-s.md", b"\xef\xbb\xbf" + step_md().encode("utf-8"))
    assert load_content(root).step("s1") is not None


def test_phase_yaml_invalid(root):
    path = add(root, "p2/phase.yaml", phase_yaml(id="p2", kind="chapter"))
    assert_problem(the_problem(root), path, 3, "kind: 'chapter' is not a kind; use phase or section")


def test_phase_yaml_missing_purpose(root):
    path = add(root, "p2/phase.yaml", "id: p2\ntitle: Two\nkind: phase\norder: 2\n")
    assert_problem(the_problem(root), path, 1, "'purpose' is missing")


def test_phase_yaml_syntax_error(root):
    path = add(root, "p2/phase.yaml", "id: p2\ntitle: Two\n  kind: phase\norder: 2\npurpose: x\n")
    assert_problem(the_problem(root), path, 3, "indented more than the line above")


def test_phase_yaml_not_a_mapping(root):
    path = add(root, "p2/phase.yaml", "just a sentence\n")
    assert_problem(the_problem(root), path, 1, "a name, a colon and a value")


def test_duplicate_step_id_in_one_folder(root):
    first = add(root, "p1/10-a.md", step_md())
    second = add(root, "p1/20-b.md", step_md(title="Another"))
    assert_problem(the_problem(root), second, 2, "step id 's1' is also used by", str(first))


def test_duplicate_phase_id_in_one_layer(root):
    path = add(root, "p9/phase.yaml", phase_yaml(title="Same id"))  # sorted after p1
    assert_problem(the_problem(root), path, 1, "phase id 'p1' is also used by", str(root / "phases/p1/phase.yaml"))


def test_step_phase_must_match_its_folder(root):
    add(root, "p2/phase.yaml", phase_yaml(id="p2", order=2))
    path = add(root, "p2/10-s.md", step_md(phase="p1"))
    assert_problem(the_problem(root), path, 4, "phase 'p1' does not match this folder's phase.yaml")


def test_unknown_phase(root):
    path = add(root, "loose/10-s.md", step_md(phase="nowhere"))  # a folder without phase.yaml
    assert_problem(the_problem(root), path, 4, "unknown phase 'nowhere'")


def test_missing_content_folder(tmp_path):
    missing = tmp_path / "no-such-folder"
    problem = the_problem(missing)
    assert problem.file == missing and "content folder not found" in problem.message
    assert str(problem).startswith(f"{missing}:")


def test_missing_extra_folder_is_reported_with_the_rest_valid(root, tmp_path):
    add(root, "p1/10-s.md", step_md())
    problem = the_problem(root, tmp_path / "typo")
    assert problem.file == tmp_path / "typo"


def test_several_problems_are_reported_at_once(root):
    a = add(root, "p1/10-a.md", step_md(id="a", kind="essay"))
    b = add(root, "p1/20-b.md", "no front matter\n")
    c = add(root, "p1/30-c.md", step_md(id="c", title=None, extra="colour: red\n"))
    d = add(root, "bad/phase.yaml", phase_yaml(id="Bad Id"))
    problems = problems_of(root)
    found = {(p.file, p.line) for p in problems}
    assert {(a, 5), (b, 1), (c, 2), (c, 7), (d, 1)} <= found
    assert len(problems) == 5, [str(p) for p in problems]


def test_readme_files_are_not_steps(root):
    add(root, "p1/README.md", "Notes for authors, no front matter.\n")
    add(root, "p1/10-s.md", step_md())
    assert [s.id for s in load_content(root).phases[0].steps] == ["s1"]


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


def test_layering_over_the_real_builtin_content(tmp_path, write_tree, builtin):
    target = builtin.road_phases[0].steps[0]
    extra = write_tree(
        tmp_path / "therapist",
        {
            "mine.md": step_md(id=target.id, phase=target.phase, order=target.order, body="Replaced.\n"),
        },
    )
    content = load_content(builtin_content_dir(), [extra])
    assert content.step(target.id).body == "Replaced.\n"
    assert sum(len(p.steps) for p in content.phases) == sum(len(p.steps) for p in builtin.phases)


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


def test_step_has_writing(root):
    add(root, "p1/10-s.md", step_md(kind="worksheet", extra="prompts:\n  - id: q\n    label: Q\n"))
    step = load_content(root).step("s1")
    workbook = Workbook()
    assert not step_has_writing(step, workbook)
    workbook.set_answer("s1", "q", "   \n")
    assert not step_has_writing(step, workbook)
    workbook.set_answer("s1", "q", "words")
    assert step_has_writing(step, workbook)


def test_an_oversized_file_is_a_problem_not_a_frozen_window(tmp_path):
    from trustroad.content.loader import MAX_FILE_BYTES, check_folders

    pack = tmp_path / "pack" / "phases" / "9-extra"
    pack.mkdir(parents=True)
    (pack / "phase.yaml").write_text(
        "id: extra\ntitle: Extra\nkind: section\norder: 90\npurpose: More.\n", encoding="utf-8"
    )
    big = pack / "10-big.md"
    big.write_text("---\nid: big\nphase: extra\ntitle: Big\norder: 10\n---\n" + "x" * MAX_FILE_BYTES, encoding="utf-8")
    problems = check_folders(builtin_content_dir(), [tmp_path / "pack"])
    assert [(p.file, p.line) for p in problems] == [(big, 1)]
    assert "at most 256 KB" in problems[0].message


def test_a_screen_command_in_content_text_is_a_problem_with_its_line(tmp_path):
    from trustroad.content.loader import check_folders

    pack = tmp_path / "pack" / "phases" / "9-extra"
    pack.mkdir(parents=True)
    (pack / "phase.yaml").write_text(
        "id: extra\ntitle: Extra\nkind: section\norder: 90\npurpose: More.\n", encoding="utf-8"
    )
    step = pack / "10-trap.md"
    step.write_text(
        "---\nid: trap\nphase: extra\ntitle: Week [/] plan\nkind: worksheet\norder: 10\nsummary: A plan.\nprompts:\n"
        '  - id: when\n    label: Tuesday [evening]\n    placeholder: "[@click=app.quit]Quit"\n---\nBody.\n',
        encoding="utf-8",
    )
    problems = check_folders(builtin_content_dir(), [tmp_path / "pack"])
    assert [(p.file, p.line) for p in problems] == [(step, 11)]
    assert "screen command" in problems[0].message
