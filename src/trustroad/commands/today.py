"""`trustroad today`: what is due today, in a few plain lines, for a shell login or a daily glance.

Counts only, unless `--full`: a login greeting is seen by whoever stands behind the screen, so a
promise's or an agreement's wording is never shown without being asked for. Reads the data
folder without keeping its lock (it works beside an open window) and never writes; an
encrypted workbook asks for its passphrase on the terminal, as the other commands do.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from trustroad.settings import Settings

if TYPE_CHECKING:
    from trustroad.storage.record import Document

EXIT_OK, EXIT_PROBLEM = 0, 1
WHO = "trustroad today"


# What `add_subparsers()` returns: argparse only names its type privately.
def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "today",
        help="what is due today: promises, agreement reviews, the weekly check-in (counts only)",
        description=(
            "What is due today, in a few plain lines: promises, agreements ready for a review and "
            "the weekly check-in. Only counts are shown, so it is safe for a shell login; --full "
            "adds the wording."
        ),
    )
    parser.add_argument(
        "--full", action="store_true", help="also show each promise's and agreement's wording (private)"
    )


def run(args: argparse.Namespace, settings: Settings, today: date | None = None) -> int:
    from trustroad import clock
    from trustroad.commands.data_folder import load_documents_or_report, store_for_reading_or_report

    opened = store_for_reading_or_report(settings, WHO)
    if opened is None:
        return EXIT_PROBLEM
    documents = load_documents_or_report(opened[0], WHO)
    if documents is None:
        return EXIT_PROBLEM
    for line in due_lines(documents, today or clock.today(), full=args.full):
        print(line)
    return EXIT_OK


def due_lines(documents: Mapping[str, Document], today: date, full: bool = False) -> list[str]:
    """The plain lines: one for promises, agreements and the check-in each when something is due."""
    from trustroad.agreements.model import Agreements
    from trustroad.checkins.model import CheckIns
    from trustroad.promises import schedule
    from trustroad.promises.model import PromisesBook
    from trustroad.safe_text import printable
    from trustroad.storage.files import AGREEMENTS_FILE, CHECKINS_FILE, PROMISES_FILE

    lines: list[str] = []
    book = documents.get(PROMISES_FILE)
    if isinstance(book, PromisesBook):
        due = schedule.due_on(book, today)
        if due:
            idx = schedule.index(book)
            recorded = sum(1 for p in due if idx.on(p.id, today) is not None)
            line = f"{_n(len(due), 'promise')} due today"
            lines.append(line + (f" ({recorded} recorded)." if recorded else "."))
            if full:
                lines += [f"  - {_one_line(printable(p.wording))}" for p in due]
    agreements = documents.get(AGREEMENTS_FILE)
    if isinstance(agreements, Agreements):
        reviews = agreements.due_for_review(today)
        if reviews:
            lines.append(f"{_n(len(reviews), 'agreement')} to review.")
            if full:
                lines += [f"  - {_one_line(printable(a.title or a.wording))}" for a in reviews]
    checkins = documents.get(CHECKINS_FILE)
    if isinstance(checkins, CheckIns):
        if checkins.draft is not None:
            lines.append("Weekly check-in started: finish it when you like.")
        elif checkins.checkins and checkins.invite_due(today):  # before a first one, nothing is "due"
            lines.append("Weekly check-in due.")
    return lines or ["Nothing due today."]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _one_line(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
