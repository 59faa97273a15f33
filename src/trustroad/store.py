"""Bytes on disk <-> the Workbook model, without ever losing a word.

Three layers, each small:
- `ByteStore` is the only code that reads or writes bytes. Encryption at rest can
  wrap it later without any caller changing.
- `Store` turns bytes into validated models and back, and explains a bad file
  precisely (file, line/column or field path, what to do) without quoting it.
- `BackgroundWriter` saves off the UI thread: one thread, newest snapshot wins,
  saves never overlap and never go back in time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# The models (and pydantic) load only when a model is needed, so that the quick
# `trustroad journal add` path can use ByteStore and the JSON checks without them.
from trustroad.schema import SCHEMA_VERSION

# typing itself is not imported: quick commands (`trustroad export`, `journal add`) skip its cost.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable, TypeVar

    from trustroad.models import Document, Workbook

    D = TypeVar("D", bound="Document")

WORKBOOK_FILE = "workbook.json"
LOCK_FILE = ".trustroad.lock"


class DataFileError(Exception):
    """A data file we must not touch. The message names the file and the place, never its text."""

    def __init__(self, path: Path, where: str, problem: str, advice: str) -> None:
        self.path = path
        self.where = where
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"{self.path}{place}: {self.problem}\n{self.advice}"


class FolderInUseError(Exception):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            f"trustroad is already open on {folder}.\n"
            "Close the other window first, so the two do not overwrite each other's writing."
        )


_UNTOUCHED = "trustroad has not changed or deleted it."


class ByteStore:
    """The one seam for bytes: read a named file, write it atomically and durably."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def ensure_folder(self) -> None:
        if self.folder.is_dir():
            # A folder the person chose (even their home, via --data-dir ~) keeps its own
            # permissions; every file inside is 0600 regardless.
            return
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # mkdir's mode is masked by umask.
        os.chmod(self.folder, 0o700)

    def read(self, name: str) -> bytes | None:
        """The file's bytes, or None when it does not exist yet."""
        path = self.path(name)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise DataFileError(path, "", "this is a folder, not a file.", "Move it aside and start trustroad again. " + _UNTOUCHED) from None
        except PermissionError:
            raise DataFileError(
                path, "", "trustroad is not allowed to read this file.",
                "Check that the file belongs to you (its permissions should be 0600). " + _UNTOUCHED,
            ) from None
        except OSError as exc:
            raise DataFileError(path, "", f"the file could not be read ({exc.strerror or 'input/output error'}).", _UNTOUCHED) from None

    def write(self, name: str, data: bytes) -> None:
        """Temp file in the same folder, flush, fsync, rename over, fsync the folder.

        A crash at any moment leaves either the old file or the new one, never half of one.
        """
        import tempfile  # here: reading needs neither it nor its imports

        self.ensure_folder()
        target = self.path(name)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), 0o600)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        _fsync_folder(self.folder)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on some platforms (Windows); the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def describe_json_error(path: Path, data: bytes) -> tuple[dict | None, DataFileError | None]:
    """Decode JSON bytes into a dict, or explain exactly where it breaks."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, DataFileError(
            path, f"byte {exc.start + 1}", "the file is not valid UTF-8 text.",
            "It may be damaged or from another program. Restore it from a backup, or move it aside to start afresh. " + _UNTOUCHED,
        )
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, DataFileError(
            path, f"line {exc.lineno}, column {exc.colno}", f"the file is not valid JSON ({exc.msg.lower()}).",
            "If you edited it by hand, fix that place; otherwise restore it from a backup or move it aside. " + _UNTOUCHED,
        )
    except RecursionError:  # brackets nested thousands deep: damage, not a workbook
        return None, DataFileError(
            path, "", "the file is nested too deeply to be a trustroad file.",
            "Restore it from a backup or move it aside. " + _UNTOUCHED,
        )
    if not isinstance(raw, dict):
        return None, DataFileError(
            path, "line 1", "the file should hold a JSON object ({ ... }).",
            "Restore it from a backup or move it aside. " + _UNTOUCHED,
        )
    return raw, None


def check_version(path: Path, raw: dict) -> None:
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataFileError(path, "field schema_version", "this should be a whole number.", _UNTOUCHED)
    if version > SCHEMA_VERSION:
        raise DataFileError(
            path, "field schema_version",
            f"this file was written by a newer trustroad (format {version}; this one reads up to {SCHEMA_VERSION}).",
            "Update trustroad to open it. " + _UNTOUCHED,
        )


def validate(path: Path, model: type, raw: dict):
    from pydantic import ValidationError

    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        # include_input=False: the error must never echo what the person wrote.
        errors = exc.errors(include_url=False, include_input=False)
        first = errors[0]
        where = "field " + ".".join(str(part) for part in first["loc"]) if first["loc"] else "the whole file"
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise DataFileError(
            path, where, f"{first['msg'].rstrip('.')}{more}.",
            "If you edited it by hand, fix that field; otherwise restore it from a backup. " + _UNTOUCHED,
        ) from None


class Store:
    """Loads and saves the data files (documents) of one data folder.

    Each feature keeps its own file (workbook.json, and later journal.json …) so a
    small change never rewrites a large file, and one bad file names itself.
    """

    def __init__(self, folder: Path, bytes_io: ByteStore | None = None) -> None:
        self.folder = folder
        self.io = bytes_io or ByteStore(folder)
        self._lock_fd: int | None = None

    def path(self, name: str) -> Path:
        return self.io.path(name)

    def load(self, name: str, model: type[D]) -> D:
        """The saved document, or a fresh one when there is none yet (nothing is written)."""
        data = self.io.read(name)
        if data is None:
            # Defaults need no validating; skipping it keeps the model's validator unbuilt
            # (models defer their build) until the file is first written.
            return model.model_construct()
        # Fast path: pydantic parses and validates the bytes in one go (about twice as fast
        # as json.loads + model_validate, which matters for a large journal at start-up).
        try:
            document = model.model_validate_json(data)
        except Exception:  # any problem: the careful path below explains it precisely
            document = None
        if document is not None and 0 < document.schema_version <= SCHEMA_VERSION:
            return document
        path = self.path(name)
        raw, error = describe_json_error(path, data)
        if error:
            raise error
        check_version(path, raw)
        return validate(path, model, raw)

    @staticmethod
    def encode(document: Document) -> bytes:
        # Unknown fields ride along in model_extra and are written back unchanged.
        return document.model_dump_json(indent=None if document.COMPACT else 2).encode("utf-8")

    def write_bytes(self, name: str, data: bytes) -> None:
        self.io.write(name, data)

    def save(self, name: str, document: Document) -> None:
        self.write_bytes(name, self.encode(document))

    # The workbook is the one document every part of trustroad uses.
    @property
    def workbook_path(self) -> Path:
        return self.path(WORKBOOK_FILE)

    def load_workbook(self) -> Workbook:
        from trustroad.models import Workbook

        return self.load(WORKBOOK_FILE, Workbook)

    def save_workbook(self, workbook: Workbook) -> None:
        self.save(WORKBOOK_FILE, workbook)

    # --- one window per folder ----------------------------------------------------------

    def lock(self) -> None:
        """Hold an advisory lock for as long as this process lives (two windows would overwrite each other)."""
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here; carry on without
            return
        self.io.ensure_folder()
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise FolderInUseError(self.folder) from None
        self._lock_fd = fd

    def unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


class BackgroundWriter:
    """Writes snapshots on one background thread: per file, the newest pending one wins.

    The UI thread turns the model into bytes (cheap, and consistent because only the
    UI thread changes models) and hands them over; disk waits and fsyncs happen here,
    one file at a time, so saves never overlap and never go back in time.
    """

    def __init__(self, write: Callable[[str, bytes], None], on_error: Callable[[str, Exception], None] | None = None) -> None:
        import threading  # here: only the workbook window writes in the background

        self._write = write
        self._on_error = on_error
        self._pending: dict[str, bytes] = {}
        self._busy = False
        self._closed = False
        self._cond = threading.Condition()
        self.failed: dict[str, Exception] = {}  # file name -> the error of its last write
        self._thread = threading.Thread(target=self._run, name="trustroad-writer", daemon=True)
        self._thread.start()

    def submit(self, name: str, data: bytes) -> None:
        with self._cond:
            self._pending[name] = data
            self._cond.notify_all()

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Wait until every submitted snapshot is written; False if any last write failed."""
        with self._cond:
            # wait_for's result matters: after a timeout a write may still be in progress.
            idle = self._cond.wait_for(lambda: not self._pending and not self._busy, timeout=timeout)
            return idle and not self.failed

    def close(self) -> bool:
        ok = self.flush()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=5)
        return ok

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                name = next(iter(self._pending))
                data = self._pending.pop(name)
                self._busy = True
            try:
                self._write(name, data)
                error = None
            except Exception as exc:  # disk full, folder removed…: the data stays in memory; tell the UI
                error = exc
            with self._cond:
                if error is None:
                    self.failed.pop(name, None)
                else:
                    self.failed[name] = error
                self._busy = False
                self._cond.notify_all()
            if error is not None and self._on_error is not None:
                try:
                    self._on_error(name, error)
                except Exception:  # a failing report (e.g. the UI already gone) must not stop later saves
                    pass
