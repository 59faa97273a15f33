"""Reading content folders: front matter, YAML and Markdown, every problem as file:line."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from trustroad.content.clean import clean_body, clean_fields
from trustroad.content.first_run import FIRST_RUN_FILE, FirstRunSpec
from trustroad.content.layers import (
    declared_id,
    line_of_field,
    line_of_value,
    replacement_note,
    template_problems,
    unknown_phase,
)
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
from trustroad.content.problems import field_problem

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
            line = yaml_fields.line_of(node, error["loc"], first_line)
            problems.append(Problem(path, line, field_problem(error, model)))
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


def read_spec(model: type[M], path: Path, problems: list[Problem]) -> M | None:
    """A whole-YAML content file (phase.yaml, checkin.yaml, support/*.yaml …) as `model`, or None
    after saying in `problems` what is wrong with it, by line."""
    text = _read_text(path, problems)
    if text is None:
        return None
    data = _parse_yaml(text, path, 1, problems)
    if data is None:
        return None
    return _validate(model, data, text, path, 1, problems)


def read_phase_file(path: Path, problems: list[Problem]) -> Phase | None:
    meta = read_spec(PhaseMeta, path, problems)
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
                Problem(
                    path,
                    1,
                    "no front matter: a step starts with a '---' line, its fields, and another '---' line "
                    "(notes for yourself can go in a README.md, which is not read)",
                )
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


def _first_run_problems(first_run: FirstRunSpec | None, source: Path, phases: dict[str, Phase]) -> list[Problem]:
    """Each "where are you" answer marks a phase "I am here": that phase must exist."""
    if first_run is None:
        return []
    return [
        Problem(source, line_of_value(source, "phase", choice.phase), f"unknown phase '{choice.phase}'")
        for choice in first_run.stage.choices
        if choice.phase not in phases
    ]


def _step_files(root: Path) -> list[Path]:
    # README.md files describe a folder for authors; they are not steps.
    return sorted(p for p in root.rglob("*.md") if p.name.lower() != "readme.md")


def load_content(
    builtin: Path, extra: list[Path] | tuple[Path, ...] = (), notes: list[Problem] | None = None
) -> Content:
    """Load the built-in content, then each extra folder on top. Raises ContentError listing every
    problem. `notes`, when given, receives what is allowed but worth saying (a built-in step or
    phase replaced), for `trustroad content check`."""
    problems: list[Problem] = []
    said: list[Problem] = [] if notes is None else notes
    phases: dict[str, Phase] = {}
    steps: dict[str, Step] = {}
    step_layer: dict[str, int] = {}  # step id -> the layer it now comes from (0: built-in)
    broken_phases: set[str] = set()  # ids of phase files with problems: their steps are not "unknown"
    checkin: CheckinSpec | None = None
    first_run: FirstRunSpec | None = None
    first_run_source = builtin / FIRST_RUN_FILE
    # Imported here: support_loader builds on this module's readers.
    from trustroad.content.support import SupportContent
    from trustroad.content.support_loader import read_support_layer, support_problems

    support = SupportContent()

    for layer, root in enumerate([builtin, *extra]):
        if not root.is_dir():
            problems.append(Problem(root, 0, "content folder not found"))
            continue
        phase_files: dict[str, Path] = {}  # this layer's phase ids, valid or not
        folder_phases: dict[Path, str] = {}  # folder -> id of its phase.yaml
        for path in sorted(root.rglob("phase.yaml")):
            phase = read_phase_file(path, problems)
            phase_id = phase.id if phase else declared_id(path)
            if phase_id is None:
                continue
            if phase_id in phase_files:
                other = phase_files[phase_id]
                problems.append(
                    Problem(path, line_of_field(path, "id"), f"phase id '{phase_id}' is also used by {other}")
                )
                continue
            phase_files[phase_id] = path
            folder_phases[path.parent] = phase_id
            if phase is None:
                broken_phases.add(phase_id)
                continue
            if phase_id in phases and layer > 0:  # a later layer's phase.yaml replaces title, purpose and goals
                said.append(
                    Problem(
                        path,
                        line_of_field(path, "id"),
                        f"replaces the phase '{phase_id}': its title, purpose and goals",
                    )
                )
            phases[phase_id] = phase
        step_files: dict[str, Path] = {}  # this layer's step ids, valid or not
        for path in _step_files(root):
            step = read_step_file(path, problems)
            step_id = step.id if step else declared_id(path)
            if step_id is None:
                continue
            if step_id in step_files:
                other = step_files[step_id]
                problems.append(
                    Problem(path, line_of_field(path, "id"), f"step id '{step_id}' is also used by {other}")
                )
                continue
            step_files[step_id] = path
            if step is None:
                continue
            folder_phase = folder_phases.get(path.parent)
            if folder_phase is not None and step.phase != folder_phase:
                problems.append(
                    Problem(
                        path,
                        line_of_field(path, "phase"),
                        f"phase '{step.phase}' does not match this folder's phase.yaml (id: {folder_phase})",
                    )
                )
                continue
            if step_id in steps:  # a later layer's step replaces the earlier one with the same id
                said.append(replacement_note(step, steps[step_id], step_layer[step_id] == 0))
            steps[step_id] = step
            step_layer[step_id] = layer
        if (root / CHECKIN_FILE).is_file():  # a later layer's check-in questions replace the built-in ones
            checkin = read_spec(CheckinSpec, root / CHECKIN_FILE, problems) or checkin
        if (root / FIRST_RUN_FILE).is_file():  # and its welcome replaces the built-in one
            layer_first_run = read_spec(FirstRunSpec, root / FIRST_RUN_FILE, problems)
            if layer_first_run is not None:
                first_run, first_run_source = layer_first_run, root / FIRST_RUN_FILE
        support = read_support_layer(root, support, problems)  # content/support/*.yaml (issue 13)

    for step in steps.values():
        if step.phase not in phases and step.phase not in broken_phases:
            problems.append(unknown_phase(step, sorted(phases)))
    in_layer_order = sorted(steps.values(), key=lambda s: (step_layer[s.id], str(s.source)))
    problems += template_problems(in_layer_order, {i for i, layer in step_layer.items() if layer == 0})
    problems += _first_run_problems(first_run, first_run_source, phases)
    problems += support_problems(support, phases, [builtin, *extra])
    if problems:
        raise ContentError(problems)

    for step in steps.values():
        phases[step.phase].steps.append(step)
    ordered = sorted(phases.values(), key=lambda p: (p.order, p.id))
    for phase in ordered:
        phase.steps.sort(key=lambda s: (s.order, s.id))
    return Content(ordered, checkin, first_run, support)


def check_folders(builtin: Path, extra: list[Path]) -> list[Problem]:
    try:
        load_content(builtin, extra)
    except ContentError as exc:
        return exc.problems
    return []
