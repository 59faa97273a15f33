"""Content files with mistakes in them: every validation error reported as file:line: message,
several at once, and files too big or holding a screen command (check_folders)."""

from __future__ import annotations

from trustroad.content.loader import load_content
from trustroad.storage.paths import builtin_content_dir
from unit.content_files import add, assert_problem, phase_yaml, problems_of, step_md, the_problem


def test_the_minimal_fixture_is_valid(content_root):
    add(content_root, "p1/10-s.md", step_md())
    content = load_content(content_root)
    assert [s.id for s in content.phases[0].steps] == ["s1"]


def test_missing_front_matter(content_root):
    path = add(content_root, "p1/10-s.md", "# Just a heading\n\nNo fields.\n")
    assert_problem(the_problem(content_root), path, 1, "no front matter", "'---'")


def test_unterminated_front_matter(content_root):
    path = add(
        content_root, "p1/10-s.md", "---\nid: s1\ntitle: Step one\n\nThe body, but the fields were never closed.\n"
    )
    assert_problem(the_problem(content_root), path, 1, "never closed", "'---'")


def test_yaml_syntax_error_points_at_the_bad_line(content_root):
    path = add(content_root, "p1/10-s.md", step_md(extra="prompts: none\n  label: oops\n"))
    # Line 8 is 'prompts: none', line 9 the wrongly indented continuation.
    assert_problem(the_problem(content_root), path, 9, "indented more than the line above", "label: oops")


def test_yaml_syntax_error_in_a_value(content_root):
    path = add(content_root, "p1/10-s.md", step_md(title="A: title with a colon"))
    assert_problem(the_problem(content_root), path, 3, "colon and a space", 'title: "A: title with a colon"')


def test_front_matter_that_is_not_a_mapping(content_root):
    path = add(content_root, "p1/10-s.md", "---\n- id: s1\n- title: x\n---\nBody\n")
    assert_problem(the_problem(content_root), path, 2, "a name, a colon and a value")


def test_missing_required_field(content_root):
    path = add(content_root, "p1/10-s.md", step_md(summary=None))
    assert_problem(the_problem(content_root), path, 2, "'summary' is missing", "summary: One line")


def test_unknown_field_is_reported_as_a_typo(content_root):
    path = add(content_root, "p1/10-s.md", step_md(extra="sumary: Misspelt.\n"))
    assert_problem(the_problem(content_root), path, 8, "'sumary' is not a field", "did you mean 'summary'?")


def test_unknown_field_inside_a_prompt(content_root):
    extra = "prompts:\n  - id: a\n    label: A question\n    hlep: typo\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(content_root), path, 11, "prompt 1: 'hlep' is not a field", "did you mean 'help'?")


def test_bad_id_pattern(content_root):
    path = add(content_root, "p1/10-s.md", step_md(id="My_Step"))
    assert_problem(the_problem(content_root), path, 2, "id: 'My_Step' has to be lowercase", "lowercase letters, digits")


def test_bad_prompt_id_pattern(content_root):
    extra = "prompts:\n  - id: a\n    label: A\n  - id: Two Words\n    label: B\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(content_root), path, 11, "prompt 2, id: 'Two Words'", "lowercase")


def test_bad_kind(content_root):
    path = add(content_root, "p1/10-s.md", step_md(kind="essay"))
    assert_problem(
        the_problem(content_root),
        path,
        5,
        "kind: 'essay' is not a kind",
        "use reading, worksheet, checklist, agreements or ledger",
    )


def test_worksheet_without_prompts(content_root):
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet"))
    assert_problem(the_problem(content_root), path, 2, "worksheet needs at least one prompt")


def test_checklist_without_items(content_root):
    path = add(content_root, "p1/10-s.md", step_md(kind="checklist"))
    assert_problem(the_problem(content_root), path, 2, "checklist needs at least one item")


def test_reading_with_prompts(content_root):
    path = add(content_root, "p1/10-s.md", step_md(extra="prompts:\n  - id: a\n    label: A\n"))
    assert_problem(the_problem(content_root), path, 2, "only worksheets have prompts", "reading")


def test_worksheet_with_items(content_root):
    extra = "prompts:\n  - id: a\n    label: A\nitems:\n  - id: b\n    label: B\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(content_root), path, 2, "only checklists have items")


def test_duplicate_prompt_id(content_root):
    extra = "prompts:\n  - id: same\n    label: A\n  - id: same\n    label: B\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(content_root), path, 2, "prompt id 'same' is used twice")


def test_prompt_without_label(content_root):
    extra = "prompts:\n  - id: a\n    help: Only help.\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(the_problem(content_root), path, 9, "prompt 1: 'label' is missing")


def test_prompt_with_an_unknown_role(content_root):
    extra = "prompts:\n  - id: a\n    label: A\n    roles: [hurt, partner]\n"
    path = add(content_root, "p1/10-s.md", step_md(kind="worksheet", extra=extra))
    assert_problem(
        the_problem(content_root), path, 11, "prompt 1, roles: 'partner' is not a role; use hurt or broke-trust"
    )


def test_summary_too_long(content_root):
    path = add(content_root, "p1/10-s.md", step_md(summary="x" * 91))
    assert_problem(the_problem(content_root), path, 7, "summary is 91 characters long; keep it to 90 or fewer")


def test_empty_body(content_root):
    path = add(content_root, "p1/10-s.md", step_md(body="\n   \n"))
    # Lines 1-8 are the front matter and its fences; the text should start on line 9.
    assert_problem(the_problem(content_root), path, 9, "no text after its front matter")


def test_non_utf8_file(content_root):
    path = add(content_root, "p1/10-s.md", step_md().encode("utf-8").replace(b"Step one", b"Step \xe9t\xe9"))
    assert_problem(the_problem(content_root), path, 1, "not UTF-8", "save the file as UTF-8")


def test_a_byte_order_mark_is_accepted(content_root):
    add(content_root, "p1/10-s.md", b"\xef\xbb\xbf" + step_md().encode("utf-8"))
    assert load_content(content_root).step("s1") is not None


def test_phase_yaml_invalid(content_root):
    path = add(content_root, "p2/phase.yaml", phase_yaml(id="p2", kind="chapter"))
    assert_problem(the_problem(content_root), path, 3, "kind: 'chapter' is not a kind; use phase or section")


def test_phase_yaml_missing_purpose(content_root):
    path = add(content_root, "p2/phase.yaml", "id: p2\ntitle: Two\nkind: phase\norder: 2\n")
    assert_problem(the_problem(content_root), path, 1, "'purpose' is missing")


def test_phase_yaml_syntax_error(content_root):
    path = add(content_root, "p2/phase.yaml", "id: p2\ntitle: Two\n  kind: phase\norder: 2\npurpose: x\n")
    assert_problem(the_problem(content_root), path, 3, "indented more than the line above")


def test_phase_yaml_not_a_mapping(content_root):
    path = add(content_root, "p2/phase.yaml", "just a sentence\n")
    assert_problem(the_problem(content_root), path, 1, "a name, a colon and a value")


def test_duplicate_step_id_in_one_folder(content_root):
    first = add(content_root, "p1/10-a.md", step_md())
    second = add(content_root, "p1/20-b.md", step_md(title="Another"))
    assert_problem(the_problem(content_root), second, 2, "step id 's1' is also used by", str(first))


def test_duplicate_phase_id_in_one_layer(content_root):
    path = add(content_root, "p9/phase.yaml", phase_yaml(title="Same id"))  # sorted after p1
    assert_problem(
        the_problem(content_root), path, 1, "phase id 'p1' is also used by", str(content_root / "phases/p1/phase.yaml")
    )


def test_step_phase_must_match_its_folder(content_root):
    add(content_root, "p2/phase.yaml", phase_yaml(id="p2", order=2))
    path = add(content_root, "p2/10-s.md", step_md(phase="p1"))
    assert_problem(the_problem(content_root), path, 4, "phase 'p1' does not match this folder's phase.yaml")


def test_unknown_phase(content_root):
    path = add(content_root, "loose/10-s.md", step_md(phase="nowhere"))  # a folder without phase.yaml
    assert_problem(the_problem(content_root), path, 4, "unknown phase 'nowhere'")


def test_missing_content_folder(tmp_path):
    missing = tmp_path / "no-such-folder"
    problem = the_problem(missing)
    assert problem.file == missing and "content folder not found" in problem.message
    assert str(problem).startswith(f"{missing}:")


def test_missing_extra_folder_is_reported_with_the_rest_valid(content_root, tmp_path):
    add(content_root, "p1/10-s.md", step_md())
    problem = the_problem(content_root, tmp_path / "typo")
    assert problem.file == tmp_path / "typo"


def test_several_problems_are_reported_at_once(content_root):
    a = add(content_root, "p1/10-a.md", step_md(id="a", kind="essay"))
    b = add(content_root, "p1/20-b.md", "no front matter\n")
    c = add(content_root, "p1/30-c.md", step_md(id="c", title=None, extra="colour: red\n"))
    d = add(content_root, "bad/phase.yaml", phase_yaml(id="Bad Id"))
    problems = problems_of(content_root)
    found = {(p.file, p.line) for p in problems}
    assert {(a, 5), (b, 1), (c, 2), (c, 7), (d, 1)} <= found
    assert len(problems) == 5, [str(p) for p in problems]


def test_readme_files_are_not_steps(content_root):
    add(content_root, "p1/README.md", "Notes for authors, no front matter.\n")
    add(content_root, "p1/10-s.md", step_md())
    assert [s.id for s in load_content(content_root).phases[0].steps] == ["s1"]


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
