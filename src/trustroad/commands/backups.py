"""`trustroad backups` lists the backups beside the workbook; `trustroad restore ID` restores one.

Restoring asks first (y/N on the terminal, or --yes), keeps what it replaces as a backup, and
moves any file that cannot be read to the quarantine folder, never deleting it. An encrypted
workbook asks for its passphrase on the terminal, as `journal add` does. A command that finds a
damaged file offers the newest backup that opens, with the exact command to restore it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from trustroad.settings import Settings

if TYPE_CHECKING:
    from trustroad.storage.errors import DataFileError
    from trustroad.storage.store import Store

EXIT_OK, EXIT_PROBLEM = 0, 1
KEPT = (
    "trustroad keeps a backup of your workbook beside it each time you start changing it (the last "
    "5 sessions and the first of each of the last 7 days), and before a format update or a restore."
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "backups",
        help="list the backups of your workbook, with what each holds",
        description="List the backups kept beside your workbook, newest first. " + KEPT,
    )
    restore = commands.add_parser(
        "restore",
        help="restore a backup (asks first; what you have now is kept as a backup)",
        description=(
            "Put a backup in place of your workbook. What you have now is kept as a backup first, "
            "and a file that cannot be read is moved to the quarantine folder, never deleted."
        ),
    )
    restore.add_argument("backup_id", metavar="ID", help="the backup's name, as `trustroad backups` lists it")
    restore.add_argument("--yes", action="store_true", help="do not ask before restoring")


def run(args: argparse.Namespace, settings: Settings) -> int:
    return list_backups(settings) if args.command == "backups" else restore(args, settings)


def list_backups(settings: Settings) -> int:
    from trustroad.commands.data_folder import store_for_reading_or_report
    from trustroad.recovery import list_described

    opened = store_for_reading_or_report(settings, "trustroad backups")
    if opened is None:
        return EXIT_PROBLEM
    store, _encrypted = opened
    found = list_described(store)
    if not found:
        print(f"There are no backups of the workbook in {store.folder} yet.\n{KEPT}")
        return EXIT_OK
    print(f"Backups of the workbook in {store.folder}, newest first:")
    width = max(len(item.backup.id) for item in found)
    for item in found:
        print(f"  {item.backup.id:<{width}}  {item.line()}")
    print("To restore one (what you have now is kept as a backup first): trustroad restore ID")
    return EXIT_OK


def restore(args: argparse.Namespace, settings: Settings) -> int:
    from trustroad.commands.data_folder import store_for_writing_or_report

    store = store_for_writing_or_report(settings, "trustroad restore")
    if store is None:  # it said why, and that nothing was changed
        return EXIT_PROBLEM
    try:
        return _restore_locked(store, args.backup_id, args.yes)
    finally:
        store.unlock()


def _restore_locked(store: Store, backup_id: str, yes: bool) -> int:
    from trustroad.recovery import RestoreRefused, describe, restore
    from trustroad.storage.backups import find

    backup = find(store.folder, backup_id)
    if backup is None:
        print(f"There is no backup called {backup_id}. `trustroad backups` lists them.", file=sys.stderr)
        return EXIT_PROBLEM
    found = describe(store, backup)
    if found.counts is None:
        print(f"The backup {backup_id} cannot be restored: {found.problem} Nothing was changed.", file=sys.stderr)
        return EXIT_PROBLEM
    question = (
        f"Restore the backup from {found.when} ({found.counts})? What you have now is kept as a backup first. [y/N] "
    )
    if not yes and not _confirmed(question):
        print("Nothing was changed.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        _restored, moved_to = restore(store, backup_id)
    except RestoreRefused as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"trustroad could not restore the backup ({exc.strerror or type(exc).__name__}).", file=sys.stderr)
        return EXIT_PROBLEM
    if moved_to is not None:
        print(f"The file that could not be read was moved to {moved_to}; nothing was deleted.")
    print(f"Restored the backup from {found.when}. What you had before is kept as a backup.")
    return EXIT_OK


def _confirmed(question: str) -> bool:
    """y or yes, typed at the prompt; anything else (or no answer at all) is no."""
    try:
        answer = input(question)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return False
    return answer.strip().lower() in ("y", "yes")


def offer_or_nothing(store: Store, error: DataFileError) -> None:
    """After saying a file cannot be read: offer the newest backup that opens, with the command."""
    from trustroad.recovery import newest_good

    if not error.restorable:
        return
    found = newest_good(store)
    if found is None:
        return
    print(
        f"The newest backup that opens is from {found.when} ({found.counts}). To restore it (the damaged "
        f"file is moved to a quarantine folder, never deleted), run:\n  trustroad restore {found.backup.id}",
        file=sys.stderr,
    )
