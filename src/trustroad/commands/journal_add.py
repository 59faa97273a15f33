"""`trustroad journal add`: a quick journal entry from the shell, without opening the window.

The text comes ONLY from standard input (piped, or typed at a prompt), never from a
command-line argument: shell history would keep it. Nothing is written anywhere but the
data folder. The text is stored exactly as given (every byte of stdin, decoded as UTF-8,
trailing newlines included); it is never printed back. An encrypted workbook asks for its
passphrase on the terminal (never from an option or the environment), before the text.
"""

from __future__ import annotations

import argparse
import sys

from trustroad.journal.model import KIND_LABELS
from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM = 0, 1

PROMPT = (
    "Write your journal entry below. When you are done, press Enter, then {eof} on a line of its own.\n"
    "Nothing is saved until then; Ctrl-C leaves without saving.\n"
)


def _intensity(value: str) -> int:
    if value.strip().isdigit() and 0 <= int(value) <= 10:
        return int(value)
    raise argparse.ArgumentTypeError("use a whole number from 0 (calm) to 10 (overwhelming)")


def _kind(value: str) -> str:
    """A kind by its name (rupture-talk) or by the label the window shows ("Rupture talk",
    "Something that helped"), in any case, with spaces or hyphens."""
    wanted = "-".join(value.lower().replace("-", " ").split())
    for kind, label in KIND_LABELS.items():
        if wanted in (kind, "-".join(label.lower().split())):
            return kind
    raise argparse.ArgumentTypeError(f"not a kind of entry: {value!r} (see --help for the kinds)")


# What `add_subparsers()` returns: argparse only names its type privately.
def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journal = commands.add_parser(
        "journal",
        help="add to your journal from the shell",
        description="Add to your journal without opening the window (the window shows it next time).",
    )
    actions = journal.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    kinds = ", ".join(f"{k} ({label.lower()})" for k, label in KIND_LABELS.items())
    add = actions.add_parser(
        "add",
        help="add an entry, read from standard input",
        description=(
            "Add a journal entry. The text is read from standard input (pipe it in, or type it "
            "when asked) and never from the command line, so it does not end up in your shell history."
        ),
    )
    add.add_argument(
        "--kind", type=_kind, default="reflection", metavar="KIND", help=f"one of: {kinds} (the name or the words)"
    )
    add.add_argument("--intensity", type=_intensity, metavar="N", help="how intense it feels right now, 0-10")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    add.add_argument("--share", action="store_true", help="include this entry in your therapy summary")


def _read_text() -> str | None:
    """All of stdin as text; None when the person pressed Ctrl-C. Raises UnicodeDecodeError."""
    stream = sys.stdin
    if stream is None:
        return ""
    if stream.isatty():
        eof = "Ctrl-Z, then Enter," if sys.platform == "win32" else "Ctrl-D"
        sys.stderr.write(PROMPT.format(eof=eof))
        sys.stderr.flush()
    try:
        data = stream.buffer.read()
    except KeyboardInterrupt:
        return None
    return data.decode("utf-8")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from trustroad.commands.backups import offer_or_nothing
    from trustroad.commands.data_folder import store_for_writing_or_report
    from trustroad.journal.model import Entry, Journal
    from trustroad.storage.errors import DataFileError
    from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
    from trustroad.workbook.model import Workbook

    # The lock is taken (and an encrypted folder unlocked) BEFORE asking for the text, so
    # nobody types an entry that cannot be saved.
    opened = store_for_writing_or_report(settings, "trustroad journal add")
    if opened is None:  # it said why, and that nothing was changed
        return EXIT_PROBLEM
    store = opened
    try:
        try:
            text = _read_text()
        except UnicodeDecodeError:
            print("The text is not valid UTF-8, so nothing was saved.", file=sys.stderr)
            return EXIT_PROBLEM
        if text is None:
            print("\nNothing was saved.", file=sys.stderr)
            return EXIT_PROBLEM
        if not text.strip():
            print("The entry was empty, so nothing was saved.", file=sys.stderr)
            return EXIT_PROBLEM
        try:
            # The entry matters more than its phase: a workbook that cannot be read only
            # leaves the phase out (the window reports that file when it opens).
            phase = store.load(WORKBOOK_FILE, Workbook).current_phase
        except DataFileError:
            phase = None
        try:
            journal = store.load(JOURNAL_FILE, Journal)
            journal.add(
                Entry.new(
                    text,
                    kind=args.kind,
                    intensity=args.intensity,
                    tags=args.tag,
                    share=args.share,
                    phase=phase,
                )
            )
            store.save(JOURNAL_FILE, journal)
        except DataFileError as exc:
            print(f"trustroad cannot add to your journal. Nothing was saved.\n{exc}", file=sys.stderr)
            offer_or_nothing(store, exc)
            return EXIT_PROBLEM
        except OSError as exc:
            print(f"trustroad could not save to {store.folder} ({exc.strerror}). Nothing was saved.", file=sys.stderr)
            return EXIT_PROBLEM
    finally:
        store.unlock()
    print("Saved to your journal.")
    return EXIT_OK
