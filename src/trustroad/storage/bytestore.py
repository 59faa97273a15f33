"""The one seam for bytes: every data file is read and written here, atomically and durably.

Encryption at rest can wrap it later without any caller changing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from trustroad.storage.errors import UNTOUCHED, DataFileError


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
            raise DataFileError(path, "", "this is a folder, not a file.", "Move it aside and start trustroad again. " + UNTOUCHED) from None
        except PermissionError:
            raise DataFileError(
                path, "", "trustroad is not allowed to read this file.",
                "Check that the file belongs to you (its permissions should be 0600). " + UNTOUCHED,
            ) from None
        except OSError as exc:
            raise DataFileError(path, "", f"the file could not be read ({exc.strerror or 'input/output error'}).", UNTOUCHED) from None

    def write(self, name: str, data: bytes) -> None:
        """Temp file in the same folder, flush, fsync, rename over, fsync the folder.

        A crash at any moment leaves either the old file or the new one, never half of one.
        """

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
