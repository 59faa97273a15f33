"""The built-in workbook content: it loads, every phase has ordered steps, ids are unique, every
prompt and item has a label, role filtering, and a therapist's layer over it."""

from __future__ import annotations

import pytest

from trustroad.content.loader import load_content
from trustroad.storage.paths import builtin_content_dir
from unit.content_files import step_md


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
