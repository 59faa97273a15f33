"""Shared by the content tests (test_content_*.py): phase and step files written as an author
would, and the problems loading them gives, checked as file:line: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import ContentError, Problem

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


def add(root: Path, rel: str, data: str | bytes) -> Path:
    path = root / "phases" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path
