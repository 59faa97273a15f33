"""Checking an author's pack: every problem, what it replaces, and the files the loader does not read.

The loader reads `.md` steps, `phase.yaml` files, `checkin/weekly.yaml`, `first-run/welcome.yaml`
and `support/*.yaml`; anything else in a pack is ignored. An author who saved a step as `.txt` or
`.markdown`, or named a file `phase.yml`, would otherwise wonder why nothing changed. Near-miss names get a suggestion.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from trustroad.content.first_run import FIRST_RUN_FILE
from trustroad.content.loader import load_content
from trustroad.content.model import CHECKIN_FILE, Content, ContentError, Problem
from trustroad.content.problems import near_miss

READ_BY_LOADER = (
    "trustroad reads .md steps, phase.yaml files, checkin/weekly.yaml, first-run/welcome.yaml and support/*.yaml"
)
# Support texts (issue 13) live in support/*.yaml at the top of a content folder.
SUPPORT_FOLDER = "support"


def _why_ignored(path: Path, root: Path) -> str | None:
    """Why the loader does not read this file, or None when it does (or it is clearly not meant to be read)."""
    name, lower = path.name, path.name.lower()
    relative = path.relative_to(root)
    if name.endswith(".md") or name == "phase.yaml" or relative in (CHECKIN_FILE, FIRST_RUN_FILE):
        return None  # read (README.md files are notes for the author, as docs/authoring.md says)
    if relative.parent == Path(SUPPORT_FOLDER) and lower.endswith(".yaml"):
        return None
    stem = path.stem
    if lower.endswith((".md", ".markdown", ".mdown", ".mkd")):
        return f"ignored: only files ending in .md (lowercase) are steps; rename it to {stem}.md"
    if lower.endswith((".yaml", ".yml")):
        if lower in ("weekly.yaml", "weekly.yml"):
            return "ignored: the check-in questions are read only from checkin/weekly.yaml at the top of your folder"
        guess = near_miss(lower, ["phase.yaml"])
        if guess:
            return f"ignored: did you mean {guess}? ({READ_BY_LOADER})"
        return f"ignored: {READ_BY_LOADER}; a phase's fields go in a file named phase.yaml"
    if lower.endswith(".txt"):
        return (
            f"ignored: {READ_BY_LOADER}; if this is a step, rename it to {stem}.md and start it with "
            "front matter; notes for yourself can go in README.md"
        )
    return f"ignored: {READ_BY_LOADER}"


def _leftover(name: str) -> bool:
    """Hidden files and editors' backup or swap files: never content, and not worth a note."""
    return name.startswith((".", "#", "~")) or name.endswith(("~", ".swp", ".swo", ".bak"))


def unread_files(root: Path, builtin: Path) -> list[Problem]:
    """A note for each file the loader ignores in `root`, and for each folder whose name is a
    near miss of a built-in one ("1-stabilise" for "1-stabilize")."""
    known = sorted({p.name for p in builtin.rglob("*") if p.is_dir()})
    notes: list[Problem] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _leftover(d))
        here = Path(folder)
        for name in dirs:
            guess = None if name in known else near_miss(name, known)
            if guess:
                notes.append(
                    Problem(
                        here / name,
                        0,
                        f"folder '{name}': did you mean {guess}, as in the built-in content? (Only tidiness: "
                        "a step's 'phase' field decides where it shows.)",
                    )
                )
        for name in sorted(files):
            why = None if _leftover(name) else _why_ignored(here / name, root)
            if why:
                notes.append(Problem(here / name, 1, why))
    return notes


@dataclass
class PackReport:
    """What `trustroad content check` found: the content (None when it has problems), the
    problems that stop it loading, and the notes (allowed, but worth saying)."""

    content: Content | None
    problems: list[Problem]
    notes: list[Problem]


def check_pack(builtin: Path, extra: list[Path]) -> PackReport:
    """Load the built-in content with the author's folders over it, as trustroad does, and say
    everything: every problem, every replaced built-in step or phase, every file not read."""
    notes: list[Problem] = []
    content: Content | None = None
    problems: list[Problem] = []
    try:
        content = load_content(builtin, extra, notes)
    except ContentError as exc:
        problems = exc.problems
    for root in extra:
        if root.is_dir():
            notes += unread_files(root, builtin)
    return PackReport(content, sorted(problems, key=_place), sorted(notes, key=_place))


def _place(problem: Problem) -> tuple[str, int]:
    return str(problem.file), problem.line
