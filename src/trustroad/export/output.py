"""Writing a summary file: private (0600), never over an existing file unless asked.

Without `force` the file is created with O_CREAT|O_EXCL, so an existing file is never
touched. With `force` the new file is written beside it and renamed over it, so a crash
never leaves half a summary.

A character device or a named pipe (/dev/stdout, a FIFO another program reads) is not a
file to replace: the summary is written into it as a stream. Renaming over it would put a
plain file in its place (run as root, `--output /dev/null --force` once replaced the
system's /dev/null), and changing its mode would change the device's.
"""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import date
from pathlib import Path

EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def default_name(fmt: str, made_on: date) -> str:
    return f"trustroad-summary-{made_on.isoformat()}{EXTENSIONS[fmt]}"


def default_folder() -> Path:
    """Documents in the home folder when it exists, else the home folder itself."""
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


def write_private(path: Path, data: bytes, force: bool = False) -> None:
    """Raises FileExistsError (not forced), or OSError for any other problem."""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # not there yet (or unreachable: the open below says why)
        mode = 0
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        fd = os.open(path, os.O_WRONLY)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        return
    if not force:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(fd, 0o600)  # the mode given to open is masked by umask
            _write_all(fd, data)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        os.close(fd)
        return
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
