"""Every style file beside the app is one the app reads, so that a new one cannot be left out."""

from __future__ import annotations

from trustroad.tui.app import STYLE_FILES, STYLES, TrustroadApp


def test_the_app_reads_every_style_file_in_order():
    on_disk = sorted(path.name for path in STYLES.glob("*.tcss"))
    assert on_disk and sorted(STYLE_FILES) == on_disk
    assert [STYLES / name for name in STYLE_FILES] == TrustroadApp.CSS_PATH
