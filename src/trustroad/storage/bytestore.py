"""The one seam for bytes: every data file is read and written here, atomically and durably.

Encryption at rest (storage/encrypted.py) is a subclass: no caller above changes.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from trustroad.storage.errors import UNTOUCHED, DataFileError
from trustroad.storage.files import KEY_FILE
from trustroad.storage.private_dirs import make_private_dirs
from trustroad.storage.sealed_header import is_sealed

if TYPE_CHECKING:
    from trustroad.storage.sealed import DataKey


class ByteStore:
    """The one seam for bytes: read a named file, write it atomically and durably."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def sealing_key(self) -> DataKey | None:
        """The key every file is sealed with; None: the files are plain."""
        return None

    def ensure_folder(self) -> None:
        if self.folder.is_dir():
            # A folder the person chose (even their home, via --data-dir ~) keeps its own
            # permissions; every file inside is 0600 regardless.
            return
        make_private_dirs(self.folder)

    def read(self, name: str) -> bytes | None:
        """The file's bytes, or None when it does not exist yet."""
        data = self.read_raw(name)
        if data is not None and is_sealed(data):
            # Handed on, sealed bytes would be reported as "not UTF-8": say what they are instead.
            raise DataFileError(
                self.path(name),
                "",
                f"this file is encrypted, but this folder has no key file ({KEY_FILE}), so encryption is off.",
                f"Restore {KEY_FILE} from a backup of this folder. " + UNTOUCHED,
            )
        return data

    def read_raw(self, name: str) -> bytes | None:
        """The bytes on disk as they are (sealed or not), or None when there is no such file."""
        path = self.path(name)
        self.refuse_link(name)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise DataFileError(
                path, "", "this is a folder, not a file.", "Move it aside and start trustroad again. " + UNTOUCHED
            ) from None
        except PermissionError:
            raise DataFileError(
                path,
                "",
                "trustroad is not allowed to read this file.",
                "Check that the file belongs to you (its permissions should be 0600). " + UNTOUCHED,
            ) from None
        except OSError as exc:
            raise DataFileError(
                path, "", f"the file could not be read ({exc.strerror or 'input/output error'}).", UNTOUCHED
            ) from None

    def beside(self, folder: Path) -> ByteStore:
        """The same kind of seam for another folder (a backup's): sealed files open there too."""
        return ByteStore(folder)

    def write(self, name: str, data: bytes) -> None:
        self.write_raw(name, data)

    def write_raw(self, name: str, data: bytes) -> None:
        """Temp file in the same folder, flush, fsync, rename over, fsync the folder.

        A crash at any moment leaves either the old file or the new one, never half of one.
        The bytes are written as given (a restore puts sealed bytes back as they are).
        """

        self.ensure_folder()
        self.refuse_link(name)
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
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        fsync_folder(self.folder)

    def refuse_link(self, name: str) -> None:
        """A data file that is a symbolic link is refused, not followed.

        Saving renames a new file into place: over a link, that would replace the link with a plain
        file and leave the file it pointed to stale, which looks like lost writing. Refusing is
        plainer than writing through to a target somewhere else on the machine.
        """
        path = self.path(name)
        try:
            is_link = stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            return  # missing (a fresh workbook) or unreadable: read() explains the latter
        if is_link:
            raise DataFileError(
                path,
                "",
                "this is a link to another file, and trustroad does not follow links for your writing.",
                "Put the real file in this folder in place of the link (or point --data-dir at the folder the "
                "link leads to). " + UNTOUCHED,
            )

    def remove_stale_temp_files(self, names: tuple[str, ...]) -> None:
        """Remove temp files our own atomic writes left behind when a process was killed mid-save.

        They are whole copies of a data file as it was then (entries deleted since included), so
        they must not linger. Only files of our own pattern (`.<data file>.<random>.tmp`) are
        touched; the caller holds the folder's lock, so no save of ours is in progress.
        """
        try:
            found = os.listdir(self.folder)
        except OSError:
            return
        for entry in found:
            if entry.endswith(".tmp") and any(entry.startswith(f".{name}.") for name in names):
                # Left for the next start when it fails: never a reason not to open.
                with contextlib.suppress(OSError):
                    os.unlink(self.folder / entry)

    def make_private(self, names: tuple[str, ...]) -> None:
        """Files of ours that others can read (made by an older version, copied in, or under a loose
        umask) become 0600 again. Links are left alone: they are refused when read."""
        for name in names:
            path = self.path(name)
            try:
                info = os.lstat(path)
                if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077:
                    os.chmod(path, 0o600)
            except OSError:
                pass

    def others_can_read_folder(self) -> bool:
        try:
            return bool(stat.S_IMODE(os.stat(self.folder).st_mode) & 0o077)
        except OSError:
            return False


def fsync_folder(folder: Path) -> None:
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
