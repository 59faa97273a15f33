"""Suite-wide: nothing a test runs writes to the real user's folders."""

import pytest


@pytest.fixture(autouse=True)
def _private_cache_folder(tmp_path_factory, monkeypatch):
    # The content cache (its folder chosen in trustroad.settings) would otherwise land in ~/.cache.
    monkeypatch.setenv("TRUSTROAD_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "content-cache"))
