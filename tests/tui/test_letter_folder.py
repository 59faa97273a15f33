"""Where a letter is written: the folder field has the focus when the letter dialog opens.

Walking it in tmux, the focus was on "Seal and write": the folder typed after reading "Folder to
write it in:" went nowhere, and Enter sealed the letter into the default folder instead."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from trustroad.letters.body import LetterBody
from trustroad.letters.outbox import Draft
from trustroad.tui.modals.letter_write import LetterWriteDialog


async def test_what_is_typed_goes_into_the_folder_field(launcher, tmp_path):
    async with launcher.run() as pilot:
        dialog = LetterWriteDialog(Draft(LetterBody(written_on=date(2026, 6, 30), story="mine")))
        pilot.app.push_screen(dialog)
        await pilot.pause()
        field = dialog.query_one("#folder", Input)
        assert pilot.app.focused is field
        await pilot.press("ctrl+u", *str(tmp_path))
        assert field.value == str(tmp_path)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
