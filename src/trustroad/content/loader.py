"""Reading content folders: front matter, YAML and Markdown, every problem as file:line."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from trustroad.content.clean import clean_body, clean_fields
from trustroad.content.model import (
    CHECKIN_FILE,
    CheckinSpec,
    Content,
    ContentError,
    Phase,
    PhaseMeta,
    Problem,
    Step,
    StepMeta,
)

M = TypeVar("M", bound=BaseModel)


def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, line where the front matter starts) or None when there is none."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), 2
    return None


def _describe(error: ErrorDetails) -> str:
    loc = ".".join(str(p) for p in error["loc"] if not str(p).startswith("function-after"))
    msg = error["msg"]
    if error["type"] == "missing":
        return f"'{loc}' is required"
    if error["type"] == "extra_forbidden":
        return f"unknown field '{loc}' (check the spelling; see docs/authoring.md)"
    if error["type"] == "string_pattern_mismatch":
        return f"'{loc}' must be lowercase letters, digits and hyphens (like 'my-step-1')"
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"{loc}: {msg}" if loc else msg


def _parse_yaml(text: str, path: Path, first_line: int, problems: list[Problem]) -> dict[object, object] | None:
    # Imported here, not at the top: a start from the cache needs no YAML.
    from trustroad.content import yaml_fields

    return yaml_fields.parse_fields(text, path, first_line, problems)


def _validate(
    model: type[M], data: dict[object, object], text: str, path: Path, first_line: int, problems: list[Problem]
) -> M | None:
    try:
        return model.model_validate(clean_fields(data))
    except ValidationError as exc:
        from trustroad.content import yaml_fields

        # Only now is the node tree needed: it carries the line of every field.
        node = yaml_fields.compose(text)
        for error in exc.errors(include_url=False):
            problems.append(Problem(path, yaml_fields.line_of(node, error["loc"], first_line), _describe(error)))
        return None


# The longest built-in step is a few kilobytes. A file far larger is a mistake (a pasted book, a
# log), and drawing it would stall the window, so it is refused before it is read.
MAX_FILE_BYTES = 256 * 1024


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot be read ({exc.strerror})"))
        return None
    if size > MAX_FILE_BYTES:
        problems.append(
            Problem(
                path,
                1,
                f"is {size // 1024} KB; a content file may be at most {MAX_FILE_BYTES // 1024} KB "
                "(split a long step into several)",
            )
        )
        return None
    try:
        # utf-8-sig: editors on Windows may start the file with a byte-order mark.
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(path, 1, "not UTF-8 text; save the file as UTF-8"))
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot be read ({exc.strerror})"))
    return None


def read_phase_file(path: Path, problems: list[Problem]) -> Phase | None:
    text = _read_text(path, problems)
    if text is None:
        return None
    data = _parse_yaml(text, path, 1, problems)
    if data is None:
        return None
    meta = _validate(PhaseMeta, data, text, path, 1, problems)
    return Phase(meta, path) if meta else None


def read_step_file(path: Path, problems: list[Problem]) -> Step | None:
    text = _read_text(path, problems)
    if text is None:
        return None
    split = _split_front_matter(text)
    if split is None:
        if next(iter(text.splitlines()), "").strip() == "---":
            problems.append(Problem(path, 1, "the front matter is never closed: add a '---' line after its last field"))
        else:
            problems.append(
                Problem(path, 1, "no front matter: a step starts with a '---' line, its fields, and another '---' line")
            )
        return None
    front, body, first_line = split
    data = _parse_yaml(front, path, first_line, problems)
    if data is None:
        return None
    meta = _validate(StepMeta, data, front, path, first_line, problems)
    if meta is None:
        return None
    if not body.strip():
        problems.append(
            Problem(path, first_line + front.count("\n") + 1, "the step has no text after its front matter")
        )
        return None
    return Step(meta, clean_body(body).strip() + "\n", path)


def read_checkin_file(path: Path, problems: list[Problem]) -> CheckinSpec | None:
    text = _read_text(path, problems)
    if text is None:
        return None
    data = _parse_yaml(text, path, 1, problems)
    if data is None:
        return None
    return _validate(CheckinSpec, data, text, path, 1, problems)


def _template_problems(steps: list[Step]) -> list[Problem]:
    """A template id names one template across all content: saved agreements refer to it."""
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for step in steps:
        for template in step.templates:
            if template.id in seen:
                line = _line_of_value(step.source, "id", template.id)
                problems.append(
                    Problem(step.source, line, f"template id '{template.id}' is also used by {seen[template.id]}")
                )
            else:
                seen[template.id] = step.source
    return problems


def _line_of_value(path: Path, key: str, value: str) -> int:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().lstrip("- ").strip() in (f"{key}: {value}", f"{key}: '{value}'", f'{key}: "{value}"'):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def _step_files(root: Path) -> list[Path]:
    # README.md files describe a folder for authors; they are not steps.
    return sorted(p for p in root.rglob("*.md") if p.name.lower() != "readme.md")


def _line_of_field(path: Path, key: str) -> int:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def load_content(builtin: Path, extra: list[Path] | tuple[Path, ...] = ()) -> Content:
    """Load the built-in content, then each extra folder on top. Raises ContentError listing every problem."""
    problems: list[Problem] = []
    phases: dict[str, Phase] = {}
    steps: dict[str, Step] = {}
    checkin: CheckinSpec | None = None
    # Imported here: support_loader builds on this module's readers.
    from trustroad.content.support import SupportContent
    from trustroad.content.support_loader import read_support_layer, support_problems

    support = SupportContent()

    for root in [builtin, *extra]:
        if not root.is_dir():
            problems.append(Problem(root, 0, "content folder not found"))
            continue
        layer_steps: dict[str, Step] = {}
        layer_phases: dict[str, Phase] = {}
        folder_phases: dict[Path, str] = {}  # folder -> id of its phase.yaml
        for path in sorted(root.rglob("phase.yaml")):
            phase = read_phase_file(path, problems)
            if phase is None:
                continue
            if phase.id in layer_phases:
                other = layer_phases[phase.id].source
                problems.append(
                    Problem(path, _line_of_field(path, "id"), f"phase id '{phase.id}' is also used by {other}")
                )
                continue
            layer_phases[phase.id] = phase
            folder_phases[path.parent] = phase.id
        phases.update(layer_phases)  # a later layer's phase.yaml replaces title, purpose and goals
        for path in _step_files(root):
            step = read_step_file(path, problems)
            if step is None:
                continue
            if step.id in layer_steps:
                other = layer_steps[step.id].source
                problems.append(
                    Problem(path, _line_of_field(path, "id"), f"step id '{step.id}' is also used by {other}")
                )
                continue
            folder_phase = folder_phases.get(path.parent)
            if folder_phase is not None and step.phase != folder_phase:
                problems.append(
                    Problem(
                        path,
                        _line_of_field(path, "phase"),
                        f"phase '{step.phase}' does not match this folder's phase.yaml",
                    )
                )
                continue
            layer_steps[step.id] = step
        steps.update(layer_steps)  # a later layer's step replaces the built-in one with the same id
        if (root / CHECKIN_FILE).is_file():  # a later layer's check-in questions replace the built-in ones
            checkin = read_checkin_file(root / CHECKIN_FILE, problems) or checkin
        support = read_support_layer(root, support, problems)  # content/support/*.yaml (issue 13)

    for step in steps.values():
        if step.phase not in phases:
            problems.append(Problem(step.source, _line_of_field(step.source, "phase"), f"unknown phase '{step.phase}'"))
    problems += _template_problems(sorted(steps.values(), key=lambda s: str(s.source)))
    problems += support_problems(support, phases, [builtin, *extra])
    if problems:
        raise ContentError(problems)

    for step in steps.values():
        phases[step.phase].steps.append(step)
    ordered = sorted(phases.values(), key=lambda p: (p.order, p.id))
    for phase in ordered:
        phase.steps.sort(key=lambda s: (s.order, s.id))
    return Content(ordered, checkin, support)


def check_folders(builtin: Path, extra: list[Path]) -> list[Problem]:
    try:
        load_content(builtin, extra)
    except ContentError as exc:
        return exc.problems
    return []
