"""Backups as a person sees them: what each holds, which is the newest good one, and restoring
one, keeping what it replaces (storage/backups.py does the file work).

Above the features (it counts entries, answers and promises) and below the faces: the CLI
(commands/backups.py) and the window (tui/screens/backups.py, tui/screens/damaged.py) share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trustroad.documents import DOCUMENTS, load_all
from trustroad.journal.model import Journal
from trustroad.promises.model import PromisesBook
from trustroad.storage import backups
from trustroad.storage.backups import Backup
from trustroad.storage.errors import UNTOUCHED, DataFileError
from trustroad.storage.files import JOURNAL_FILE, PROMISES_FILE, WORKBOOK_FILE
from trustroad.storage.record import Document
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook


@dataclass(frozen=True)
class Counts:
    entries: int
    answers: int
    promises: int

    def __str__(self) -> str:
        return (
            f"{_plural(self.entries, 'entry')}, {_plural(self.answers, 'answer')}, {_plural(self.promises, 'promise')}"
        )


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {'entries' if word == 'entry' else word + 's'}"


def counts(documents: dict[str, Document]) -> Counts:
    journal, workbook, book = documents[JOURNAL_FILE], documents[WORKBOOK_FILE], documents[PROMISES_FILE]
    assert isinstance(journal, Journal) and isinstance(workbook, Workbook) and isinstance(book, PromisesBook)
    answers = sum(1 for answer in workbook.answers.values() if answer.text.strip())
    return Counts(len(journal.entries), answers, len(book.promises))


@dataclass(frozen=True)
class Described:
    """A backup and what it holds; `problem` (and no counts) when it cannot be restored."""

    backup: Backup
    counts: Counts | None
    problem: str | None = None

    @property
    def when(self) -> str:
        return self.backup.created.strftime("%Y-%m-%d %H:%M")

    def line(self) -> str:
        held = str(self.counts) if self.counts is not None else f"cannot be restored: {self.problem}"
        return f"{self.when}  {held}  ({self.backup.label})"


def reader(store: Store, backup: Backup) -> Store:
    """A store over the backup's folder that opens its files as the workbook's own (sealed or not)."""
    return Store(backup.folder, store.io.beside(backup.folder), store.migrations)


def describe(store: Store, backup: Backup) -> Described:
    try:
        return Described(backup, counts(load_all(reader(store, backup))))
    except DataFileError as exc:
        return Described(backup, None, exc.problem)


def list_described(store: Store) -> list[Described]:
    """Every backup, newest first, each opened and validated."""
    return [describe(store, backup) for backup in backups.list_backups(store.folder)]


def newest_good(store: Store) -> Described | None:
    """The newest backup whose every file opens and validates, or None."""
    for backup in backups.list_backups(store.folder):
        found = describe(store, backup)
        if found.counts is not None:
            return found
    return None


class RestoreRefused(Exception):
    """The backup cannot be restored (missing or damaged); nothing was changed."""


def restore(store: Store, backup_id: str) -> tuple[Store, Path | None]:
    """Restore a backup in place of the data files: the files that open are kept as a backup of
    kind "restore", those that do not are moved to a quarantine folder (never deleted), then the
    backup's files are put in place, each atomically (a failure part-way leaves every file whole,
    and the state before in its backup). The caller holds the folder's lock (through `store`) and has
    saved everything; it goes on with the returned new Store (hand the lock over), and the
    quarantine folder (None when no file was damaged). Raises RestoreRefused, OSError."""
    backup = backups.find(store.folder, backup_id)
    if backup is None:
        raise RestoreRefused(f"There is no backup called {backup_id}. `trustroad backups` lists them.")
    found = describe(store, backup)
    if found.counts is None:
        raise RestoreRefused(f"The backup {backup_id} cannot be restored: {found.problem} " + UNTOUCHED)
    damaged = _unreadable(store)
    # The backup of what is there first: if it cannot be made, nothing has been moved yet.
    backups.make_backup(store.io, "restore", [name for name in DOCUMENTS if name not in damaged])
    moved_to = backups.quarantine(store.folder, damaged) if damaged else None
    backups.restore_files(store.io, backup)
    restored = Store(store.folder, store.io, store.migrations)
    load_all(restored)  # checked above; and the new store now knows every file, for its guard
    backups.prune(store.folder, restored.backup_is_good)
    return restored, moved_to


def _unreadable(store: Store) -> list[str]:
    """The data files that do not open or validate now (a fresh Store: what is on disk)."""
    fresh = Store(store.folder, store.io, store.migrations)
    damaged = []
    for name, model in DOCUMENTS.items():
        try:
            fresh.load(name, model)
        except DataFileError:
            if fresh.path(name).exists():
                damaged.append(name)
    return damaged


def offer_text(found: Described) -> str:
    """The words that offer the newest good backup after a file could not be read."""
    return f"The newest backup that opens is from {found.when} ({found.counts}). Restore it?"
