"""`trustroad export`: write the therapy summary from the command line.

Reads the data folder without keeping its lock, so it also works while the workbook
window is open (files are only ever replaced whole, so a read never sees half a file).
An encrypted workbook asks for its passphrase on the terminal; the summary itself is not
encrypted, and the person is told so before it is written.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date
from pathlib import Path

from trustroad.export.folder import DEFAULT_FOLDER_WORDS
from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_EXISTS = 0, 1, 2, 3

NOT_ENCRYPTED = (
    "trustroad export: your workbook is encrypted, but the summary is NOT: anyone who can open "
    "the file can read it. Keep it somewhere safe, and delete it when you no longer need it."
)

EPILOG = """\
Only what you marked for sharing is included: worksheet answers and journal entries whose
share switch is on, and your "What I want to talk about" list. The first part, "At a glance",
is what a therapist can read in two minutes.

--whole-workbook writes everything instead, shared or not, for you alone: it is labelled private
on every page, and it is not the therapy summary.

Files are saved in {folder} unless --output says otherwise; the full path is printed.

exit codes:
  0  the summary was written
  1  your data could not be read, or the file could not be written
  2  a problem with the options (for example a date not written as YYYY-MM-DD)
  3  the output file already exists (add --force to replace it)
"""


# What `add_subparsers()` returns: argparse only names its type privately.
def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="write a therapy summary (Markdown, HTML or PDF) of what you chose to share",
        description="Write a summary to bring to therapy. The file is private to you (mode 0600).",
        epilog=EPILOG.format(folder=DEFAULT_FOLDER_WORDS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--format", choices=["md", "html", "pdf"], default="md", help="file format (default: md)")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day to include, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day to include, YYYY-MM-DD")
    parser.add_argument(
        "--output",
        "-o",
        metavar="PATH",
        help="where to write (default: trustroad-summary-YYYY-MM-DD.<format> in your Documents folder, "
        "as in the window; '-' writes Markdown to standard output)",
    )
    parser.add_argument(
        "--whole-workbook",
        action="store_true",
        help="everything in your workbook, shared or not, for you alone (labelled private; not the therapy summary)",
    )
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def parse_day(text: str | None, option: str) -> date:
    if text is None:
        raise ValueError
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"{option} needs a date written as YYYY-MM-DD, for example 2026-11-01.")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option}: there is no such day. Write the date as YYYY-MM-DD.") from None


def run(args: argparse.Namespace, settings: Settings, made_on: date | None = None) -> int:
    # Imported here, not at the top: every start of trustroad builds this command's parser,
    # and only `trustroad export` needs the models and the summary.
    from trustroad.commands.content_loading import load_content_or_report
    from trustroad.commands.data_folder import load_documents_or_report, store_for_reading_or_report
    from trustroad.export.folder import default_folder
    from trustroad.export.model import Period
    from trustroad.export.output import default_name, write_private
    from trustroad.export.summary import build_summary, render

    try:
        start = parse_day(args.start, "--from") if args.start else None
        end = parse_day(args.end, "--to") if args.end else None
    except ValueError as exc:
        print(f"trustroad export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if start and end and start > end:
        print("trustroad export: --from is after --to. Swap the two dates.", file=sys.stderr)
        return EXIT_USAGE
    to_stdout = args.output == "-"
    if to_stdout and args.format != "md":
        print(
            "trustroad export: only Markdown can go to standard output; give --output a file name for HTML or PDF.",
            file=sys.stderr,
        )
        return EXIT_USAGE

    content = load_content_or_report(settings, "trustroad export")
    if content is None:
        return EXIT_PROBLEM
    opened = store_for_reading_or_report(settings, "trustroad export")
    if opened is None:
        return EXIT_PROBLEM
    store, encrypted = opened
    documents = load_documents_or_report(store, "trustroad export")
    if documents is None:
        return EXIT_PROBLEM
    if encrypted:
        print(NOT_ENCRYPTED, file=sys.stderr)

    summary = build_summary(documents, content, Period(start, end), made_on=made_on, everything=args.whole_workbook)
    data, warnings = render(summary, args.format)
    for warning in warnings:
        print(f"trustroad export: {warning}", file=sys.stderr)
    if to_stdout:
        return _to_stdout(data)
    if args.output:
        path = Path(args.output).expanduser().absolute()
    else:
        path = default_folder() / default_name(args.format, summary.made_on, summary.whole)
    try:
        written = write_private(path, data, force=args.force)
    except FileExistsError:
        print(
            f"trustroad export: {path} already exists. Choose another --output, or add --force to replace it.",
            file=sys.stderr,
        )
        return EXIT_EXISTS
    except OSError as exc:
        print(f"trustroad export: could not write {path} ({exc.strerror or type(exc).__name__}).", file=sys.stderr)
        return EXIT_PROBLEM
    # A link to a regular file: the file it leads to was written, and the link kept (see output.py).
    where = f"{written} (the file {path} links to)" if written != path else f"{path}"
    print(f"Wrote {where}. It holds private information: keep it somewhere safe.", file=sys.stderr)
    return EXIT_OK


def _to_stdout(data: bytes) -> int:
    """Write the summary to standard output; a reader that stops early (`| head`) ends it quietly."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout once more at exit, into the same closed pipe, and would print
        # "Exception ignored ... BrokenPipeError": point the descriptor at /dev/null first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PROBLEM
    return EXIT_OK
