"""Loading the workbook text and the data files for a command, saying plainly what is wrong.

Every face of trustroad (the window, the demo, `export`, `content check`) loads through here,
so a problem reads the same wherever it shows.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from trustroad.content.cache import load_content_cached
from trustroad.content.loader import load_content
from trustroad.content.model import Content, ContentError
from trustroad.documents import load_all
from trustroad.settings import Settings
from trustroad.storage.errors import DataFileError
from trustroad.storage.record import Document
from trustroad.storage.store import Store


def report_content_problems(exc: ContentError, heading: str) -> None:
    print(heading, file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)


def list_content_problems(exc: ContentError) -> None:
    """The problems as the output itself (`content check`): one `file:line: message` a line on
    standard output, for editors and scripts, and how many on standard error."""
    for problem in exc.problems:
        print(problem)
    count = len(exc.problems)
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
    reads every file afresh, since checking them is its whole point, and leaves the cache alone)."""
    extra = [*settings.content_dirs, *more]
    try:
        if as_listing:
            return load_content(settings.builtin_content, extra)
        return load_content_cached(settings.builtin_content, extra, settings.cache_dir)
    except ContentError as exc:
        if as_listing:
            list_content_problems(exc)
        else:
            report_content_problems(exc, f"{who}: the workbook text has problems.")
        return None


def load_documents_or_report(store: Store, who: str) -> dict[str, Document] | None:
    """Every data file, or None after naming the one that cannot be read (it is left untouched)."""
    try:
        return load_all(store)
    except DataFileError as exc:
        print(f"{who} cannot read your workbook.\n{exc}", file=sys.stderr)
        return None
