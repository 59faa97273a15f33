"""Pictures of the welcome's six pages on a new data folder, at 80x24: dark, and with NO_COLOR.

The privacy page is taken with an answer chosen, so its advice is in the picture.
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.widgets.first_run_pages import PAGES

SIZE = (80, 24)
FOLDER = "/home/someone/.local/share/trustroad"
# The keys from the first page to each one (on the privacy page, "I'm not sure" is chosen).
TO_PAGE = {name: ["n"] * index for index, name in enumerate(PAGES)}
TO_PAGE["privacy"] = ["n", "down", "enter"]


def _walk(keys, name: str):
    async def walk(pilot) -> None:
        await pilot.pause()
        await keys(pilot, *TO_PAGE[name])
        screen = pilot.app.screen
        assert isinstance(screen, FirstRunScreen) and screen.page_name == name
        # The data folder is a new temporary one each run: the picture shows a fixed made-up one.
        privacy = pilot.app.content.first_run.privacy
        screen.query_one("#fr-folder", Static).update(f"{privacy.folder} {FOLDER}")
        await pilot.pause()

    return walk


@pytest.mark.parametrize("name", PAGES)
def test_welcome_page(snap_compare, make_app, keys, name):
    assert snap_compare(make_app(welcomed=False), run_before=_walk(keys, name), terminal_size=SIZE)


@pytest.mark.parametrize("name", PAGES)
def test_welcome_page_without_colour(snap_compare, make_app, keys, monkeypatch, name):
    monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by the app as it is made
    app = make_app(welcomed=False)
    assert app.no_color
    assert snap_compare(app, run_before=_walk(keys, name), terminal_size=SIZE)
