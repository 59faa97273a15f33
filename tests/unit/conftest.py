"""Shared helpers for the core unit tests (no Textual here)."""

from __future__ import annotations

import os
import textwrap
from importlib.util import find_spec
from pathlib import Path

import pytest

from unit.content_files import phase_yaml


@pytest.fixture
def write_tree():
    """Write {relative path: str | bytes} under a root folder; str is dedented first."""

    def write(root: Path, files: dict[str, str | bytes]) -> Path:
        for rel, data in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(textwrap.dedent(data), encoding="utf-8")
        return root

    return write


@pytest.fixture
def file_state():
    """Everything about a file that trustroad must never change: its bytes and its mtime."""

    def state(path: Path) -> tuple[bytes, int]:
        return path.read_bytes(), os.stat(path).st_mtime_ns

    return state


@pytest.fixture(scope="session")
def subprocess_env() -> dict[str, str]:
    """An environment in which `python -m trustroad` imports the same trustroad as this test run (do not mutate)."""
    spec = find_spec("trustroad")
    assert spec is not None and spec.origin is not None
    package_parent = str(Path(spec.origin).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH", "")) if p)
    for name in ("TRUSTROAD_DATA_DIR", "TRUSTROAD_CONTENT", "TRUSTROAD_EXIT_ON_READY"):
        env.pop(name, None)
    return env


@pytest.fixture
def content_root(tmp_path, write_tree):
    """A content folder with one valid phase; each test adds the file under test (test_content_*.py)."""
    return write_tree(tmp_path / "content", {"phases/p1/phase.yaml": phase_yaml()})
