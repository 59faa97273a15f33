"""`trustroad content list` and `content show`: what an author needs to write a pack of their own.

`list` prints every phase, step, prompt, item and template id with its title and where it comes
from (the built-in text or the author's file); `--role` shows only what one partner sees.
`show ID` prints a step's (or phase's) file as plain text, to copy into a pack and adapt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from trustroad.content.model import Content, ItemSpec, PromptSpec, Step
from trustroad.content.problems import near_miss
from trustroad.safe_text import printable

ROLE_WORDS = {"hurt": "the partner who was hurt", "broke-trust": "the partner who broke trust"}
LABEL_WIDTH = 70


def write_out(text: str) -> None:
    """Text on standard output; a reader that stops early (`| head`, quitting `less`) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes at exit: point standard output nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _origin(source: Path, builtin: Path) -> str:
    return "built-in" if source.resolve().is_relative_to(builtin.resolve()) else str(source)


def _short(text: str) -> str:
    text = printable(text).replace("\n", " ")
    return text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"


def _entry_line(kind: str, entry: PromptSpec | ItemSpec) -> str:
    only = f"  (only {' and '.join(entry.roles)})" if entry.roles else ""
    return f"    {kind} {entry.id}: {_short(entry.label)}{only}"


def _step_lines(step: Step, builtin: Path, role: str | None) -> list[str]:
    lines = [f"  step {step.id}: {printable(step.title)}  [{step.kind}, {_origin(step.source, builtin)}]"]
    prompts = step.meta.prompts if role is None else step.prompts_for(role)
    items = step.meta.items if role is None else step.items_for(role)
    lines += [_entry_line("prompt", p) for p in prompts]
    lines += [_entry_line("item", i) for i in items]
    lines += [f"    template {t.id}: {_short(t.title)}  (topic {t.topic})" for t in step.templates]
    return lines


def list_lines(content: Content, builtin: Path, role: str | None = None) -> list[str]:
    """Every id, in road-map order, each with its title and where it comes from."""
    lines: list[str] = []
    if role is not None:
        lines.append(f"What {ROLE_WORDS[role]} sees (prompts and items for the other partner are left out):")
    for phase in content.phases:
        lines.append(f"{phase.kind} {phase.id}: {printable(phase.title)}  [{_origin(phase.source, builtin)}]")
        for step in phase.steps:
            lines += _step_lines(step, builtin, role)
    return lines


def show_source(wanted: str, builtin_content: Content, content: Content, builtin: Path) -> int:
    """Print the file of step or phase `wanted` (the built-in one when there is one); 0, or 1
    when no step or phase has that id."""
    for source in (builtin_content, content):
        found = source.step(wanted) or source.phase(wanted)
        if found is None:
            continue
        path = found.source
        origin = _origin(path, builtin)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"trustroad content show: cannot read {path} ({exc}).", file=sys.stderr)
            return 1
        # The file itself on standard output (so `> my-pack/…/file.md` makes a copy); a word on
        # where it comes from on standard error.
        write_out(printable(text))
        is_phase = found is source.phase(wanted)
        kind, adds = ("phase.yaml", "a section") if is_phase else ("step file", "a step")
        built_in = "built-in " if origin == "built-in" else ""
        print(
            f"\n(That is the {built_in}{kind} of '{wanted}', {path}. To adapt it, save it in your own "
            f"folder and change what you need: the same id replaces it, a new id adds {adds}.)",
            file=sys.stderr,
        )
        return 0
    ids = [p.id for p in content.phases] + [s.id for p in content.phases for s in p.steps]
    guess = near_miss(wanted, ids)
    hint = f"did you mean {guess}? " if guess else ""
    print(
        f"trustroad content show: no step or phase has the id {printable(repr(wanted))}; {hint}"
        "`trustroad content list` prints every id.",
        file=sys.stderr,
    )
    return 1
