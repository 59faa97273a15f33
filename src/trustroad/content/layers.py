"""Rules that span files and folders, each said against the author's own file.

A step or phase id names one thing in a folder; a template id names one template in all the
content (saved agreements remember it); a later folder may replace what an earlier one (or the
built-in text) had, and that is said out loud. A problem that involves the built-in text is
always reported against the author's file: the installed package is not theirs to change.
"""

from __future__ import annotations

import re
from pathlib import Path

from trustroad.content.model import Problem, Step
from trustroad.content.problems import near_miss

# An `id:` line at the start of a line: the file's own id (a prompt's id is indented).
_ID_LINE = re.compile(r"""^id:[ \t]*['"]?([a-z0-9]+(?:-[a-z0-9]+)*)['"]?[ \t]*(?:#.*)?$""")


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def line_of_field(path: Path, key: str) -> int:
    """The line of a top-level field (1 when it is not there)."""
    return next((n for n, line in enumerate(_lines(path), 1) if line.startswith(f"{key}:")), 1)


def line_of_value(path: Path, key: str, value: str) -> int:
    """The line of `key: value`, at any depth (a template's id inside a list)."""
    wanted = (f"{key}: {value}", f"{key}: '{value}'", f'{key}: "{value}"')
    return next((n for n, line in enumerate(_lines(path), 1) if line.strip().lstrip("- ").strip() in wanted), 1)


def declared_id(path: Path) -> str | None:
    """The id a file gives itself, read from its text even when the file has other problems: so a
    duplicate id is reported together with them, not only once they are fixed."""
    return next((m.group(1) for m in map(_ID_LINE.match, _lines(path)) if m), None)


def _words(values: list[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} and {values[-1]}"


def replacement_note(new: Step, old: Step, old_is_builtin: bool) -> Problem:
    """What replacing an earlier step means (allowed, and said)."""
    line = line_of_field(new.source, "id")
    if not old_is_builtin:
        return Problem(new.source, line, f"replaces the step '{new.id}' from {old.source} (the later folder wins)")
    message = f"replaces the built-in step '{new.id}' ({old.title})"
    # Answers and ticks are saved under the step id and these ids.
    kept = {p.id for p in new.meta.prompts} | {i.id for i in new.meta.items}
    lost = [p.id for p in old.meta.prompts] + [i.id for i in old.meta.items]
    lost = [entry for entry in lost if entry not in kept]
    if lost:
        message += (
            f"; answers already written under its {_words(lost)} stay saved but do not show "
            "unless this step keeps those ids"
        )
    return Problem(new.source, line, message)


def unknown_phase(step: Step, phase_ids: list[str]) -> Problem:
    guess = near_miss(step.phase, phase_ids)
    hint = f"did you mean {guess}?" if guess else f"the phases and sections are {_words(phase_ids)}"
    return Problem(step.source, line_of_field(step.source, "phase"), f"unknown phase '{step.phase}'; {hint}")


def template_problems(steps: list[Step], builtin: set[str]) -> list[Problem]:
    """A template id names one template across all content: saved agreements refer to it. `steps`
    come in layer order, so the later file (the author's, never the built-in one) is blamed;
    `builtin` holds the ids of the steps that come from the built-in text."""
    problems: list[Problem] = []
    seen: dict[str, Step] = {}
    for step in steps:
        for template in step.templates:
            first = seen.setdefault(template.id, step)
            if first is step:
                continue
            # An author is told which built-in step, never a path inside the installed package.
            by_author = first.id in builtin and step.id not in builtin
            owner = f"the built-in step '{first.id}'" if by_author else str(first.source)
            problems.append(
                Problem(
                    step.source,
                    line_of_value(step.source, "id", template.id),
                    f"template id '{template.id}' is already used by {owner}; choose another id",
                )
            )
    return problems
