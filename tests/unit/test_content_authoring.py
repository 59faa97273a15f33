"""Authoring a pack alone: `content check` in plain words, every problem at once with file:line,
notes on what a pack replaces or does not read, and `content list` / `content show`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring_words import JARGON
from trustroad.cli import main
from trustroad.content.loader import load_content
from trustroad.content.pack_check import check_pack
from trustroad.storage.paths import builtin_content_dir

PACK = Path(__file__).parents[1] / "fixtures" / "ten-mistakes-pack"
PRACTICE = PACK / "phases" / "5-our-practice"
STABILISE = PACK / "phases" / "1-stabilise"

# One message for each mistake in the pack: (file, line, words the message says).
EXPECTED = {
    (STABILISE / "50-evenings.md", 4): "unknown phase 'stabilise'; did you mean stabilize?",
    (PRACTICE / "10-colon.md", 3): 'put the whole value in quotes:  title: "Welcome: before we meet"',
    (PRACTICE / "20-tabs.md", 9): "indented with a tab; YAML needs spaces",
    (PRACTICE / "30-role.md", 11): "prompt 1, roles: 'hurt-partner' is not a role; use hurt or broke-trust",
    (PRACTICE / "50-hard-to-say-again.md", 2): "step id 'our-practice-hard-to-say' is also used by",
    (PRACTICE / "60-typo.md", 9): "'promt' is not a field trustroad knows; did you mean 'prompts'?",
    (PRACTICE / "70-no-title.md", 2): "'title' is missing; add a line such as  title:",
    (PRACTICE / "80-order.md", 6): "order: 'ten' is not a whole number; write digits only, like  order: 10",
    (PRACTICE / "90-agreements.md", 9): "'talk-time' is already used by the built-in step 'stabilize-our-agreements'",
}
EXPECTED_NOTES = {
    (PACK / "notes.txt", 1): "ignored: trustroad reads .md steps",
    (STABILISE, 0): "folder '1-stabilise': did you mean 1-stabilize",
    (PRACTICE / "95-closing.markdown", 1): "ignored: only files ending in .md (lowercase) are steps; rename it to",
}


def test_the_pack_gives_one_plain_message_per_mistake_all_at_once():
    report = check_pack(builtin_content_dir(), [PACK])
    assert report.content is None
    found = {(p.file, p.line): p.message for p in report.problems}
    assert len(found) == len(report.problems) == len(EXPECTED), [str(p) for p in report.problems]
    for place, words in EXPECTED.items():
        assert words in found[place], (place, found.get(place))
    notes = {(n.file, n.line): n.message for n in report.notes}
    assert len(notes) == len(report.notes) == len(EXPECTED_NOTES), [str(n) for n in report.notes]
    for place, words in EXPECTED_NOTES.items():
        assert words in notes[place], (place, notes.get(place))
    for message in [*found.values(), *notes.values()]:
        assert not JARGON.search(message), message
    # A clash with the built-in text names the built-in step, never a file inside the package.
    assert all(builtin_content_dir() not in p.file.parents for p in [*report.problems, *report.notes])
    assert all(str(builtin_content_dir()) not in p.message for p in report.problems)


def test_content_check_prints_every_message_as_file_line(capsys):
    assert main(["content", "check", str(PACK)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(EXPECTED) + len(EXPECTED_NOTES)
    for line in lines:
        assert re.match(rf"^{re.escape(str(PACK))}\S*:\d+: ", line), line
    assert sum(": note: ignored:" in line for line in lines) == 2
    assert f"{len(EXPECTED)} problems found." in captured.err


def test_the_builtin_content_checks_clean_with_no_notes():
    report = check_pack(builtin_content_dir(), [])
    assert report.content is not None
    assert report.problems == [] and report.notes == []


STEP = """\
---
id: {id}
{title}phase: stabilize
kind: worksheet
order: 31
summary: A short line.
prompts:
  - id: time
    label: When could you talk?
---
Some text.
"""


def test_a_duplicate_id_shows_beside_the_other_problems_of_its_files(tmp_path, write_tree):
    pack = write_tree(
        tmp_path / "pack",
        {"a.md": STEP.format(id="ours", title=""), "b.md": STEP.format(id="ours", title="title: Again\n")},
    )
    report = check_pack(builtin_content_dir(), [pack])
    messages = sorted(str(p) for p in report.problems)
    assert len(messages) == 2, messages
    assert messages[0].startswith(f"{pack / 'a.md'}:2: 'title' is missing")
    assert messages[1].startswith(f"{pack / 'b.md'}:2: step id 'ours' is also used by {pack / 'a.md'}")


def test_replacing_a_built_in_step_is_allowed_and_said(tmp_path, write_tree, capsys):
    pack = write_tree(
        tmp_path / "pack", {"mine.md": STEP.format(id="stabilize-when-to-talk", title="title: Our talks\n")}
    )
    assert main(["content", "check", str(pack)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{pack / 'mine.md'}:2: note: replaces the built-in step 'stabilize-when-to-talk'")
    # The built-in step's other prompts: answers written there stay saved but would not show.
    built_in = load_content(builtin_content_dir()).step("stabilize-when-to-talk")
    lost = [p.id for p in built_in.meta.prompts if p.id != "time"]
    assert lost and f"answers already written under its {', '.join(lost[:-1])} and {lost[-1]} stay saved" in out[0]
    assert out[1].startswith("Content is valid:")


def test_replacing_a_built_in_phase_is_said(tmp_path, write_tree):
    phase = "id: stabilize\ntitle: Steady first\nkind: phase\norder: 1\npurpose: Our own words.\n"
    pack = write_tree(tmp_path / "pack", {"phases/1-stabilize/phase.yaml": phase})
    report = check_pack(builtin_content_dir(), [pack])
    assert report.problems == []
    [note] = report.notes
    assert (note.file, note.line) == (pack / "phases/1-stabilize/phase.yaml", 1)
    assert "replaces the phase 'stabilize'" in note.message


def test_a_template_clash_is_reported_against_the_authors_file_whatever_the_paths(tmp_path, write_tree):
    # The author's folder sorts before the built-in one here; the clash is still the author's.
    agreements = (
        "---\nid: ours\ntitle: Ours\nphase: stabilize\nkind: agreements\norder: 76\nsummary: More.\n"
        "templates:\n  - id: time-out\n    topic: time-out-signal\n    title: Pause\n    wording: We pause.\n"
        "---\nText.\n"
    )
    pack = write_tree(tmp_path / "aaa", {"ours.md": agreements})
    [problem] = check_pack(builtin_content_dir(), [pack]).problems
    assert (problem.file, problem.line) == (pack / "ours.md", 9)
    assert problem.message == (
        "template id 'time-out' is already used by the built-in step 'stabilize-our-agreements'; choose another id"
    )


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("phases/x/phase.yml", "did you mean phase.yaml?"),
        ("phases/x/Phase.yaml", "did you mean phase.yaml?"),
        ("weekly.yaml", "read only from checkin/weekly.yaml"),
        ("phases/x/10-a.MD", "rename it to 10-a.md"),
        ("picture.png", "ignored: trustroad reads .md steps"),
    ],
)
def test_files_the_loader_does_not_read_are_named(tmp_path, write_tree, name, words):
    pack = write_tree(tmp_path / "pack", {name: "x: 1\n", ".hidden": "", "phases/x/10-b.md~": ""})
    report = check_pack(builtin_content_dir(), [pack])
    [note] = report.notes
    assert note.file == pack / name and words in note.message


# --- content list / show ------------------------------------------------------------------


def test_content_list_prints_every_id_with_its_title_and_origin(tmp_path, write_tree, capsys):
    pack = write_tree(tmp_path / "pack", {"mine.md": STEP.format(id="our-talks", title="title: Our talks\n")})
    assert main(["content", "list", str(pack)]) == 0
    lines = capsys.readouterr().out.splitlines()
    content = load_content(builtin_content_dir())
    for phase in content.phases:
        assert f"{phase.kind} {phase.id}: {phase.title}  [built-in]" in lines
        for step in phase.steps:
            assert any(line.startswith(f"  step {step.id}: {step.title}  [{step.kind}, ") for line in lines)
    assert "  step our-talks: Our talks  [worksheet, " + str(pack / "mine.md") + "]" in lines
    assert "    prompt time: When could you talk?" in lines
    assert "    template time-out: Our time-out signal  (topic time-out-signal)" in lines


def test_content_list_for_one_role_leaves_out_the_other_partners_prompts(capsys):
    content = load_content(builtin_content_dir())
    hurt_only = next(p for ph in content.phases for s in ph.steps for p in s.meta.prompts if p.roles == ("hurt",))
    assert main(["content", "list"]) == 0
    everyone = capsys.readouterr().out
    assert main(["content", "list", "--role", "broke-trust"]) == 0
    broke_trust = capsys.readouterr().out
    line = f"    prompt {hurt_only.id}: "
    assert line in everyone and line not in broke_trust
    assert broke_trust.startswith("What the partner who broke trust sees")


def test_content_show_prints_the_built_in_file_to_copy(capsys):
    step = load_content(builtin_content_dir()).step("stabilize-when-to-talk")
    assert main(["content", "show", "stabilize-when-to-talk"]) == 0
    captured = capsys.readouterr()
    assert captured.out == step.source.read_text(encoding="utf-8")
    assert "built-in step file" in captured.err and "the same id replaces it" in captured.err


def test_content_show_removes_control_characters_and_suggests_near_misses(tmp_path, write_tree, capsys):
    text = STEP.format(id="our-talks", title="title: Our talks\n").replace("Some text.", "Some \x1b[2Jtext.\x07")
    pack = write_tree(tmp_path / "pack", {"mine.md": text})
    assert main(["content", "show", "our-talks", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "Some text." in out and "\x1b" not in out and "\x07" not in out
    assert main(["content", "show", "stabilise"]) == 1
    assert "did you mean stabilize?" in capsys.readouterr().err


def test_the_guide_lists_every_agreement_topic_with_the_label_people_see():
    from typing import get_args

    from trustroad.agreements.model import TOPIC_LABELS
    from trustroad.content.model import AgreementTopic

    guide = (Path(__file__).parents[2] / "docs" / "authoring.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| ([^|]+?) \|", guide, re.MULTILINE))
    assert rows == {topic: TOPIC_LABELS[topic] for topic in get_args(AgreementTopic)}


def test_the_guide_names_no_file_only_a_source_checkout_has():
    guide = (Path(__file__).parents[2] / "docs" / "authoring.md").read_text(encoding="utf-8")
    assert "content/phases" not in guide and "src/trustroad" not in guide
