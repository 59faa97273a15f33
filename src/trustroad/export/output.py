"""Writing a summary file: private (0600), never over an existing file unless asked.

Without `force` the file is created with O_CREAT|O_EXCL, so an existing file is never
touched. With `force` the new file is written beside it and renamed over it, so a crash
never leaves half a summary.
"""

from __future__ import annotations

import os
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
    import tempfile  # only when replacing: it costs start-up time

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
