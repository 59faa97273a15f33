"""A start-up shortcut: the validated workbook text, kept between runs.

Parsing and validating every Markdown/YAML file costs more than everything else
trustroad does before its first frame. The result depends only on those files, so
it is pickled into the user's cache folder under a key made of every content
file's path, size and modification time (and trustroad's and Python's versions).
Any change to any file, or any problem reading the cache, means a normal load.
Content with problems is never cached, so `file:line` errors always show.

The cache holds only the workbook's own text (never anything a person wrote) and
lives in the person's own cache folder, which only they can write to.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

from trustroad import __version__
from trustroad.content import Content, load_content

CACHE_ENV = "TRUSTROAD_CACHE_DIR"


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("trustroad", appauthor=False))


def fingerprint(roots: list[Path]) -> str:
    """A key that changes whenever any file under the content folders changes."""
    parts: list[str] = [__version__, sys.version.split()[0]]
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
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def load_content_cached(builtin: Path, extra: list[Path], folder: Path | None = None) -> Content:
    """Like load_content, from the cache when nothing changed. Raises ContentError as it does."""
    folder = folder or cache_dir()
    key = fingerprint([builtin, *extra])
    target = folder / f"content-{key}.pickle"
    try:
        cached = pickle.loads(target.read_bytes())
        if isinstance(cached, Content):
            return cached
    except Exception:  # missing, stale format, damaged: simply load afresh
        pass
    content = load_content(builtin, extra)
    _write(folder, target, content)
    return content


def _write(folder: Path, target: Path, content: Content) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in folder.glob("content-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".content-", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, target)
    except Exception:  # a read-only or full cache folder only costs speed
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except Exception:
            pass
