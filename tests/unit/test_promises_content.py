"""The `coach: true` prompt flag in content front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import ContentError
from trustroad.storage.paths import builtin_content_dir


def test_the_big_into_small_worksheet_coaches_its_small_promises():
    step = load_content(builtin_content_dir()).step("rebuild-big-into-small")
    coached = {p.id for p in step.meta.prompts if p.coach}
    assert coached == {"small-1", "small-2", "small-3"}


def test_coach_defaults_to_false_and_must_be_a_yes_or_no(tmp_path: Path):
    folder = tmp_path / "phases" / "x"
    folder.mkdir(parents=True)
    (folder / "phase.yaml").write_text("id: extra\ntitle: Extra\nkind: section\norder: 99\npurpose: Testing.\n")
    step = (
        "---\nid: extra-step\ntitle: T\nphase: extra\nkind: worksheet\norder: 1\nsummary: S\n"
        "prompts:\n  - id: a\n    label: A\n  - id: b\n    label: B\n    coach: {value}\n---\nBody\n"
    )
    (folder / "10-step.md").write_text(step.format(value="true"))
    prompts = load_content(builtin_content_dir(), [tmp_path]).step("extra-step").meta.prompts
    assert [p.coach for p in prompts] == [False, True]
    (folder / "10-step.md").write_text(step.format(value="maybe"))
    with pytest.raises(ContentError) as caught:
        load_content(builtin_content_dir(), [tmp_path])
    assert any("coach" in str(p) and p.line == 13 for p in caught.value.problems)
