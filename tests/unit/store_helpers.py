"""Shared by the store tests (test_store_*.py): the planted private text and a file's mode bits."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Planted in the person's writing inside bad files: it must never appear in an error.
MARKER = "PRIVATE-MARKER-q7Zx"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)
