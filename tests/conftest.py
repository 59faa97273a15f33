"""Suite-wide: nothing a test runs writes to the real user's folders."""

import sys
from pathlib import Path

import pytest

# --import-mode=importlib leaves sys.path alone: this makes tests/textual_private.py (the one
# home of Textual private-attribute access) importable from every test folder.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True)
def _private_cache_folder(tmp_path_factory, monkeypatch):
    # The content cache (trustroad.content.cache) would otherwise land in ~/.cache.
    monkeypatch.setenv("TRUSTROAD_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "content-cache"))
