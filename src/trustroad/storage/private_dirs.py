"""Folders trustroad creates are private, and folders it trusts belong to the person.

Under a loose umask (000), `mkdir(parents=True)` would make every missing parent world-writable,
and another account on the computer could then put files where trustroad reads them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and each missing parent as 0700, whatever the umask. Existing folders keep
    the permissions the person gave them."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: checked by the caller where it matters
        os.chmod(path, 0o700)  # mkdir's mode is masked by umask


def others_can_write(folder: Path) -> bool:
    """True when the folder belongs to another account or others may change what is in it."""
    try:
        info = os.stat(folder)
    except OSError:
        return True
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return True
    return bool(stat.S_IMODE(info.st_mode) & 0o022)
