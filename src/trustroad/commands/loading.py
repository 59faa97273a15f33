"""Loading the workbook text and the data files for a command, saying plainly what is wrong.

Every face of trustroad (the window, the demo, `export`, `content check`) loads through here,
so a problem reads the same wherever it shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from trustroad.content.cache import load_content_cached
from trustroad.content.model import Content, ContentError
from trustroad.documents import load_all
from trustroad.storage.errors import DataFileError
from trustroad.storage.record import Document
from trustroad.storage.store import Store


def report_content_problems(exc: ContentError, heading: str) -> None:
    print(heading, file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)


def load_content_or_report(builtin: Path, extra: list[Path], who: str) -> Content | None:
    """The workbook text, or None after printing every problem under `who`'s heading."""
    try:
        return load_content_cached(builtin, extra)
    except ContentError as exc:
        report_content_problems(exc, f"{who}: the workbook text has problems.")
        return None


def load_documents_or_report(store: Store, who: str) -> dict[str, Document] | None:
    """Every data file, or None after naming the one that cannot be read (it is left untouched)."""
    try:
        return load_all(store)
    except DataFileError as exc:
        print(f"{who} cannot read your workbook.\n{exc}", file=sys.stderr)
        return None
