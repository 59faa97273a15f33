"""A dialog that is only read (the grounding card, the stuck signals) says "esc Close" in its
footer, as its one button does: "Cancel" there, on the card someone flooded opens, read as if
something were being called off."""

from __future__ import annotations

import pytest

from textual_private import screen_text
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.stuck_signals import StuckSignalsDialog


@pytest.mark.parametrize("dialog", [GroundingDialog, StuckSignalsDialog])
async def test_a_dialog_only_read_closes_with_esc_close(launcher, dialog):
    async with launcher.run() as pilot:
        pilot.app.push_screen(dialog())
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "esc Close" in footer and "Cancel" not in footer, footer
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, dialog)
        await pilot.press("ctrl+q")
