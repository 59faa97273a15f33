"""Writing a summary file: private (0600), never over an existing file unless asked.

Without `force` the file is created with O_CREAT|O_EXCL, so an existing file is never
touched. With `force` the new file is written beside it and renamed over it, so a crash
never leaves half a summary.

A character device or a named pipe (/dev/stdout, a FIFO another program reads) is not a
file to replace: the summary is written into it as a stream. Renaming over it would put a
plain file in its place (run as root, `--output /dev/null --force` once replaced the
system's /dev/null), and changing its mode would change the device's.

A link is followed first, to the end (`/dev/stdout` -> `/proc/self/fd/1` -> the file the shell
opened). Leading to a device or pipe, it is streamed into as above; leading to a regular file,
the file it leads to is written (atomically, in that file's own folder) and the link is left as
it is: renaming over the link itself once put a plain file in place of /dev/stdout. A link to
nothing is refused, rather than guessed at or replaced.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from datetime import date
from pathlib import Path

EXTENSIONS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def default_name(fmt: str, made_on: date, whole: bool = False) -> str:
    kind = "my-workbook" if whole else "summary"
    return f"trustroad-{kind}-{made_on.isoformat()}{EXTENSIONS[fmt]}"


def write_private(path: Path, data: bytes, force: bool = False) -> Path:
    """Writes `data`; returns the file written: `path`, or the regular file a link at `path` leads to.

    Raises FileExistsError (not forced), or OSError for any other problem."""
    try:
        target = os.stat(path)  # follows every link, /proc/self/fd/N included
    except OSError:  # not there yet (or unreachable: the open below says why)
        target = None
    if target is not None and not stat.S_ISREG(target.st_mode) and not stat.S_ISDIR(target.st_mode):
        fd = os.open(path, os.O_WRONLY)  # through the link, as `> path` in a shell would
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        return path
    if os.path.islink(path):
        path = _link_target(path, target)
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
        return path
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
    return path


def _link_target(link: Path, target: os.stat_result | None) -> Path:
    """The regular file `link` leads to, named by its real path (so its folder holds the temporary file)."""
    if target is None:
        raise FileNotFoundError(errno.ENOENT, "it is a link to a file that is not there", str(link))
    resolved = Path(os.path.realpath(link))
    try:
        same = os.path.samestat(os.stat(resolved), target)
    except OSError:
        same = False
    if not same:  # e.g. /proc/self/fd/N of a deleted file: its "path" names no file
        raise OSError(errno.ELOOP, "it is a link, and the file it leads to has no name to write to", str(link))
    return resolved


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
