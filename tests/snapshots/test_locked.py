"""The passphrase page behind the hide key (an encrypted workbook), at 80x24, dark and NO_COLOR.

The page draws the same whether the files are encrypted or not, so the picture is taken of the
sample workbook with the page put up directly after the hide key; what it does is tested in
tests/tui/test_hide_encrypted.py. Nothing of the workbook may show through.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from trustroad.tui.screens.locked import LockedScreen

SIZE = (80, 24)


@pytest.mark.parametrize("no_color", [False, True], ids=["dark", "no-color"])
def test_locked_page(snap_compare, make_app, keys, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")

    async def hidden_then_asked(pilot: Pilot) -> None:
        await pilot.pause()
        await keys(pilot, "f3", "ctrl+backslash")
        pilot.app.switch_screen(LockedScreen())
        await keys(pilot, *"typed")
        assert isinstance(pilot.app.screen, LockedScreen)

    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=hidden_then_asked)
