"""The parts of the workbook text a therapy summary names, as plain data (no pydantic).

`trustroad export` should not pay for pydantic (importing it takes longer than building a
summary of 10,000 entries). The content cache holds the validated text as pickled pydantic
models; beside it sits this small JSON file: the phases and steps with their ids and titles,
the prompt labels and the check-in question labels, with the description of the content
files (paths, sizes, times) it was made from, so a changed file is never missed.
Its objects answer the few questions the summary asks of `content.Content`
(`phases`, `phase(id)`, `road_phases`, `step.meta.prompts`, `checkin.questions`).

Only the workbook's own text is in it, never anything a person wrote.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path


class ViewPrompt:
    __slots__ = ("id", "label")

    def __init__(self, id: str, label: str) -> None:
        self.id = id
        self.label = label


class ViewStepMeta:
    __slots__ = ("prompts",)

    def __init__(self, prompts: list[ViewPrompt]) -> None:
        self.prompts = prompts


class ViewStep:
    __slots__ = ("id", "title", "meta")

    def __init__(self, id: str, title: str, prompts: list[ViewPrompt]) -> None:
        self.id = id
        self.title = title
        self.meta = ViewStepMeta(prompts)


class ViewPhase:
    __slots__ = ("id", "title", "kind", "steps")

    def __init__(self, id: str, title: str, kind: str, steps: list[ViewStep]) -> None:
        self.id = id
        self.title = title
        self.kind = kind
        self.steps = steps


class ViewCheckin:
    __slots__ = ("questions",)

    def __init__(self, questions: list[ViewPrompt]) -> None:
        self.questions = questions


class ContentView:
    """Duck-types the parts of `content.Content` the summary builders read."""

    def __init__(self, phases: list[ViewPhase], checkin: ViewCheckin | None) -> None:
        self.phases = phases
        self.checkin = checkin

    def phase(self, phase_id: str) -> ViewPhase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    @property
    def road_phases(self) -> list[ViewPhase]:
        return [p for p in self.phases if p.kind == "phase"]


def view_name(description: str) -> str:
    """The view's file name in the cache folder, for content described by `description`
    (content_cache.describe). A CRC rather than the cache's SHA-256: hashlib's import alone
    is a fiftieth of an export, and the file holds the whole description to compare."""
    return f"content-{zlib.crc32(description.encode('utf-8', 'surrogateescape')):08x}.summary.json"


def encode(content, description: str) -> bytes:
    """The view of a loaded `content.Content` described by `description`, as JSON bytes."""
    phases = [
        [p.id, p.title, p.kind, [[s.id, s.title, [[q.id, q.label] for q in s.meta.prompts]] for s in p.steps]]
        for p in content.phases
    ]
    questions = [[q.id, q.label] for q in content.checkin.questions] if content.checkin is not None else None
    view = {"describes": description, "phases": phases, "checkin": questions}
    return json.dumps(view, ensure_ascii=False).encode("utf-8")


def decode(data: bytes, description: str) -> ContentView:
    """Raises ValueError (or TypeError, KeyError) when the file is not a view this code wrote
    for exactly the content described."""
    raw = json.loads(data)
    if raw["describes"] != description:
        raise ValueError("a view of other content")
    phases = []
    for phase_id, title, kind, steps in raw["phases"]:
        phases.append(ViewPhase(_text(phase_id), _text(title), _text(kind), [
            ViewStep(_text(step_id), _text(step_title), _prompts(prompts)) for step_id, step_title, prompts in steps
        ]))
    questions = raw["checkin"]
    return ContentView(phases, None if questions is None else ViewCheckin(_prompts(questions)))


def _prompts(pairs) -> list[ViewPrompt]:
    return [ViewPrompt(_text(pid), _text(label)) for pid, label in pairs]


def _text(value) -> str:
    if type(value) is not str:
        raise ValueError("not a content view")
    return value


def read(folder: Path, description: str) -> ContentView | None:
    """The view of the content described, or None when there is none yet or it cannot be read."""
    try:
        return decode((folder / view_name(description)).read_bytes(), description)
    except Exception:  # missing, damaged, from another version: the caller loads the content itself
        return None
