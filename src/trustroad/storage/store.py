"""Bytes <-> validated documents: load and save the data files of one folder, without ever
losing a word.

The store explains a bad file precisely (file, line/column or field path, what to do) without
quoting it, and holds the
folder's lock so two windows cannot overwrite each other.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TypeVar, cast

from pydantic import ValidationError

from trustroad.storage import backups
from trustroad.storage.bytestore import ByteStore
from trustroad.storage.errors import (
    UNTOUCHED,
    ChangedOnDiskError,
    DataFileError,
    FolderInUseError,
)
from trustroad.storage.files import DATA_FILES, LOCK_FILE
from trustroad.storage.migrations import MIGRATIONS, Migrations
from trustroad.storage.reading import check_version, describe_json_error, validate
from trustroad.storage.record import Document

D = TypeVar("D", bound=Document)
Stamp = tuple[int, int, int] | None  # (inode, size, modification time in ns), None: no file


class Store:
    """Loads and saves the data files (documents) of one data folder.

    Each feature keeps its own file (workbook.json, and later journal.json …) so a
    small change never rewrites a large file, and one bad file names itself.
    """

    def __init__(self, folder: Path, bytes_io: ByteStore | None = None, migrations: Migrations = MIGRATIONS) -> None:
        self.folder = folder
        self.io = bytes_io or ByteStore(folder)
        self.migrations = migrations
        # Files read in an older format (brought up to date in memory): the first save keeps a
        # backup of the folder as it was, of kind "migration".
        self.migrated: set[str] = set()
        # The model each file was loaded with, so a backup can be checked the same way.
        self._models: dict[str, type[Document]] = {}
        self._backed_up = False
        self._lock_fd: int | None = None
        # What each file was when this store last read or wrote it (None: it did not exist), so a
        # save never replaces a file something else changed meanwhile. Saves run on the writer
        # thread, hence the lock.
        self._stamps: dict[str, Stamp] = {}
        self._conflict_copies: dict[str, Path] = {}
        self._stamps_lock = threading.Lock()

    def path(self, name: str) -> Path:
        return self.io.path(name)

    def load(self, name: str, model: type[D]) -> D:
        """The saved document, or a fresh one when there is none yet (nothing is written)."""
        data = self.io.read(name)
        with self._stamps_lock:
            self._stamps[name] = self._stamp(name)
        self._models[name] = model
        if data is None:
            # Defaults need no validating; skipping it keeps the model's validator unbuilt
            # (models defer their build) until the file is first written.
            # cast: the pydantic mypy plugin types model_construct() as returning the bound, Document.
            return cast(D, model.model_construct())
        path = self.path(name)
        # The strict reader refuses what pydantic's own JSON parser would let through (a repeated
        # key, NaN); the models then validate the same bytes, which is quicker than validating
        # the parsed Python objects.
        raw = describe_json_error(path, data)
        if isinstance(raw, DataFileError):
            raise raw
        check_version(path, raw, self.migrations.current)
        upgraded = self.migrations.upgrade(name, raw)
        if upgraded is not None:
            self.migrated.add(name)
            return validate(path, model, upgraded)
        try:
            return model.model_validate_json(data)
        except ValidationError:
            return validate(path, model, raw)  # explains the first problem by field path

    @staticmethod
    def encode(document: Document) -> bytes:
        # Unknown fields ride along in model_extra and are written back unchanged.
        return document.model_dump_json(indent=None if document.COMPACT else 2).encode("utf-8")

    def write_bytes(self, name: str, data: bytes) -> None:
        """Write a file whole, unless it changed on disk since this store read it (then the bytes go
        to a conflict copy beside it and ChangedOnDiskError says where), or another trustroad holds
        the folder now (FolderInUseError; nothing written)."""
        with self._stamps_lock:
            if name in self._stamps and self._stamp(name) != self._stamps[name]:
                copy = self._conflict_copies.get(name) or self._free_conflict_name(name)
                self.io.write(copy.name, data)
                self._conflict_copies[name] = copy
                raise ChangedOnDiskError(self.path(name), copy)
            self._still_locked()
            self._back_up_once()
            self.io.write(name, data)
            self._stamps[name] = self._stamp(name)

    # --- backups (storage/backups.py) ------------------------------------------------------

    def _back_up_once(self) -> None:
        """Before this store's first write: keep the files as they are now, then prune. A session's
        backup that cannot be made never stops a save; a migration's does (the files in the old
        format would be replaced with no copy left), and is tried again at the next save."""
        if self._backed_up:
            return
        kind = "migration" if self.migrated else backups.session_kind(self.folder)
        try:
            made = backups.make_backup(self.io, kind)
        except OSError:
            if self.migrated:
                raise
            made = None
        self._backed_up = True
        if made is not None:
            backups.prune(self.folder, self.backup_is_good)

    def backup_is_good(self, backup: backups.Backup) -> bool:
        """Every file of the backup opens, and validates with the models this store has used."""
        reader = Store(backup.folder, self.io.beside(backup.folder), self.migrations)
        try:
            for name in DATA_FILES:
                model = self._models.get(name)
                if model is not None:
                    reader.load(name, model)
                elif (data := reader.io.read(name)) is not None:
                    raw = describe_json_error(reader.path(name), data)
                    if isinstance(raw, DataFileError):
                        return False
                    check_version(reader.path(name), raw, self.migrations.current)
        except DataFileError:
            return False
        return True

    def _stamp(self, name: str) -> Stamp:
        try:
            info = os.stat(self.path(name))
        except FileNotFoundError:
            return None
        # A save replaces the file with a new one (a new inode), so even an outside change made in
        # the same instant with the same size is seen.
        return (info.st_ino, info.st_size, info.st_mtime_ns)

    def _free_conflict_name(self, name: str) -> Path:
        stem, dot, suffix = name.partition(".")
        number = 1
        while (candidate := self.path(f"{stem}.conflict-{number}{dot}{suffix}")).exists():
            number += 1
        return candidate

    def save(self, name: str, document: Document) -> None:
        self.write_bytes(name, self.encode(document))

    # --- one window per folder ----------------------------------------------------------

    def lock(self) -> None:
        """Hold an advisory lock for as long as this process lives (two windows would overwrite each other)."""
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here; carry on without
            return
        self.io.ensure_folder()
        if hasattr(os, "getuid") and os.stat(self.folder).st_uid != os.getuid():
            # Its owner could read and change everything written here.
            raise DataFileError(
                self.folder,
                "",
                "this folder belongs to another account on this computer.",
                "Choose a folder of your own with --data-dir. " + UNTOUCHED,
            )
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise FolderInUseError(self.folder) from None
        self._lock_fd = fd
        # Now that no other trustroad can be saving here: tidy what a killed one left, and make
        # our own files private again (the lock file too: os.open's mode is masked by umask).
        os.fchmod(fd, 0o600)
        self.io.remove_stale_temp_files(DATA_FILES)
        self.io.make_private(DATA_FILES)

    def privacy_warning(self) -> str | None:
        """A plain warning when other people's accounts on this computer can look into the folder."""
        if not self.io.others_can_read_folder():
            return None
        return (
            f"Other accounts on this computer can look into {self.folder}. trustroad keeps its own files "
            "private, but a folder only you can open is safer: run `chmod 700` on it, or choose another "
            "folder with --data-dir."
        )

    def _still_locked(self) -> None:
        """Before a save: is the lock we took still the folder's lock? If its file was removed (by
        hand, or a clean-up), take it again; if another trustroad took it meanwhile, write nothing."""
        if self._lock_fd is None:
            return
        try:
            current = os.stat(self.folder / LOCK_FILE).st_ino
        except FileNotFoundError:
            current = None
        if current == os.fstat(self._lock_fd).st_ino:
            return
        os.close(self._lock_fd)
        self._lock_fd = None
        self.lock()

    def take_lock_from(self, other: Store) -> None:
        """Hold the lock `other` holds on the same folder (a new Store after unlocking or an
        encryption switch): the open lock file itself changes hands, so there is no moment where
        the folder is free for another trustroad. FolderInUseError if one took it meanwhile
        (its lock file was removed and made anew); then neither store holds it."""
        if other.folder != self.folder:
            raise ValueError("a lock is handed over only between stores of one folder")
        self._lock_fd, other._lock_fd = other._lock_fd, None
        if self._lock_fd is None:  # never held (no advisory locks on this platform): as a fresh start
            self.lock()
        else:
            self._still_locked()

    def unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
