"""The support place opened before an encrypted workbook is unlocked (ctrl+g on the unlock screen):
it offers what needs no workbook, and the app's other keys (Go to…, the palette, the F-keys, the
theme) wait until the passphrase has opened it, as they do on the unlock screen itself.

Walking it in tmux: ctrl+g, then ctrl+o and j, stopped trustroad with a KeyError (no journal is
loaded yet), saying "Your writing was saved".
"""

from __future__ import annotations

import inspect

import pytest

from encrypted_window import encrypted_folder, unlock, window
from textual_private import crashed, screen_text
from trustroad.tui.app import TrustroadApp
from trustroad.tui.navigation import NEEDS_THE_WORKBOOK, Navigation
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.support import SupportScreen
from trustroad.tui.screens.unlock import UnlockScreen

# Every letter of Go to… (tui/modals/go_to.py) and every F-key and ctrl key of the app.
KEYS = [("ctrl+o", letter) for letter in "rjfacpsteloh"] + [
    ("f1",),
    ("f2",),
    ("f3",),
    ("f7",),
    ("f8",),
    ("f9",),
    ("f10",),
    ("ctrl+s",),
]


@pytest.mark.parametrize("keys", KEYS, ids=["+".join(keys) for keys in KEYS])
async def test_keys_from_the_support_place_wait_for_the_passphrase(tmp_path, content, keys) -> None:
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        app = pilot.app
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        assert crashed(app) is None
        assert app.is_running
        assert not isinstance(app.screen, HomeScreen) and app.documents == {}
        await pilot.press("escape")
        await pilot.pause()
        while not isinstance(app.screen, UnlockScreen):  # whatever opened (help) closes with Esc
            await pilot.press("escape")
            await pilot.pause()
        await unlock(pilot)  # and the passphrase still opens it
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")


async def test_the_locked_support_place_shows_no_key_that_needs_the_workbook(tmp_path, content) -> None:
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Support" in footer and "Back" in footer
        assert "Go to" not in footer and "palette" not in footer, footer
        await pilot.press("ctrl+p")  # the palette lists the journal, the promises…: it waits too
        await pilot.pause()
        assert isinstance(pilot.app.screen, SupportScreen)
        await pilot.press("ctrl+q")


def test_every_app_action_either_needs_the_workbook_or_is_safe_without_one() -> None:
    # A new place added to the app must say whether it can open before the passphrase.
    safe = {"hide", "support", "help", "quit"}
    actions = {
        name.removeprefix("action_")
        for cls in (Navigation, TrustroadApp)
        for name, _ in inspect.getmembers(cls, callable)
        if name.startswith("action_") and name in vars(cls)
    }
    assert actions - safe <= NEEDS_THE_WORKBOOK, actions - safe - NEEDS_THE_WORKBOOK
