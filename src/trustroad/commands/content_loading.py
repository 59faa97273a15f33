"""Loading the workbook text for a command, and saying plainly what is wrong with it.

Every face of trustroad (the window, the demo, `export`, `content check`) loads the text through
here, so a problem reads the same wherever it shows. Opening the data folder is
`commands/data_folder.py`: a command that never shows the text (`journal add`, `backups`) does not
load the content models.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from trustroad.content.cache import load_content_cached
from trustroad.content.model import Content, ContentError, Problem
from trustroad.content.pack_check import check_pack
from trustroad.safe_text import printable
from trustroad.settings import Settings


def report_content_problems(exc: ContentError, heading: str) -> None:
    print(heading, file=sys.stderr)
    for problem in exc.problems:
        print(f"  {printable(str(problem))}", file=sys.stderr)


def list_content_problems(problems: list[Problem], notes: list[Problem]) -> None:
    """The problems and notes as the output itself (`content check`): one `file:line: message` a
    line on standard output, for editors and scripts, and how many on standard error."""
    for problem in problems:
        print(printable(str(problem)))
    for note in notes:
        print(printable(f"{note.file}:{note.line}: note: {note.message}"))
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)


def load_content_or_report(
    settings: Settings,
    who: str,
    more: Sequence[Path] = (),
    *,
    as_listing: bool = False,
) -> Content | None:
    """The built-in text layered with the settings' content folders (then `more`), or None after
    printing every problem: under `who`'s heading, or `as_listing` for `content check` (which
    reads every file afresh, since checking them is its whole point, leaves the cache alone, and
    also prints notes: built-in steps replaced, files not read)."""
    extra = [*settings.content_dirs, *more]
    if as_listing:
        report = check_pack(settings.builtin_content, extra)
        list_content_problems(report.problems, report.notes)
        return report.content
    try:
        return load_content_cached(settings.builtin_content, extra, settings.cache_dir)
    except ContentError as exc:
        report_content_problems(exc, f"{who}: the workbook text has problems.")
        return None
