"""A start-up shortcut: the validated workbook text, kept between runs.

Parsing and validating every Markdown/YAML file costs more than everything else
trustroad does before its first frame. The result depends only on those files, so
it is kept as JSON in the user's cache folder under a key made of every content
file's path, size and modification time (and trustroad's and Python's versions).
Any change to any file, or any problem reading the cache, means a normal load.
Content with problems is never cached, so `file:line` errors always show.

The cache holds only the workbook's own text (never anything a person wrote). It is data,
validated by the content models when read, never code (it used to be a pickle, which runs
code when loaded); and a cache folder that another account could write to is not used at all.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from pydantic import TypeAdapter

from trustroad import __version__
from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.storage.private_dirs import make_private_dirs, others_can_write

# Part of the key: raised whenever what the loader makes of the same files changes (2: content
# text cleaned of control characters, links shown as text; 3: the first run, `for:` kinds), so an
# older cache is not reused.
LOADER_FORMAT = "4"


def describe(roots: list[Path]) -> str:
    """Every file under the content folders with its size and modification time (and
    trustroad's and Python's versions): any change to any file changes this text."""
    parts: list[str] = [__version__, sys.version.split()[0], LOADER_FORMAT]
    for root in roots:
        parts.append(f"root {root.resolve()}")
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                parts.append(f"{path} {info.st_size} {info.st_mtime_ns}")
    return "\n".join(parts)


def _key(description: str) -> str:
    import hashlib

    return hashlib.sha256(description.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def load_content_cached(builtin: Path, extra: list[Path], folder: Path) -> Content:
    """Like load_content, from the cache in `folder` when nothing changed (the caller names the
    folder: trustroad.settings knows the person's choice). Raises ContentError as load_content does."""
    description = describe([builtin, *extra])
    target = folder / f"content-{_key(description)}.json"
    adapter = TypeAdapter(Content)
    trusted = folder.is_dir() and not others_can_write(folder)
    if trusted:
        try:
            return adapter.validate_json(target.read_bytes())
        except Exception:  # missing, stale format, damaged: simply load afresh
            pass
    content = load_content(builtin, extra)
    try:
        make_private_dirs(folder)
        if others_can_write(folder):
            return content  # never leave the workbook's text where others could swap it
        for old in folder.glob("content-*"):  # stale entries (and pickles of older versions)
            old.unlink(missing_ok=True)
    except Exception:  # a read-only or missing cache folder only costs speed
        return content
    _replace(folder, target.name, adapter.dump_json(content))
    return content


def _replace(folder: Path, name: str, data: bytes) -> bool:
    """Write one cache file whole (a reader never sees half of it); False if that failed."""
    import tempfile

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".content-", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, folder / name)
        return True
    except Exception:  # a read-only or full cache folder only costs speed
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
