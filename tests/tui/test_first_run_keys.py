"""The welcome's footer shows only the keys that do something on the page shown: walking it in
tmux, the first page offered "b Back" and the last "n Next", and pressing them did nothing."""

from __future__ import annotations

from textual_private import screen_text
from trustroad.tui.screens.first_run import FirstRunScreen


async def test_back_and_next_are_shown_where_they_lead_somewhere(new_folder):
    async with new_folder.run() as pilot:
        app = pilot.app
        for number in range(1, 7):
            assert isinstance(app.screen, FirstRunScreen)
            footer = screen_text(app).splitlines()[-1]
            assert ("b Back" in footer) == (number > 1), (number, footer)
            assert ("n Next" in footer) == (number < 6), (number, footer)
            assert "Skip the rest" in footer
            await pilot.press("n")
            await pilot.pause()
        assert app.screen.page_name == "last"  # n on the last page stays there
        await pilot.press("ctrl+q")
