"""An OptionList that holds one page of a longer list and asks for the next page at its edges.

The journal can hold 10,000 entries; a list that held them all would make every keystroke in
the filter slow. So the list holds one page, and moving past its last row (↓ or PageDown) asks
for the older page, past its first row (↑ or PageUp) for the newer one; End and Home go to
the very oldest and newest. The screen that owns the list answers with `Turn` and sets
`more_before` / `more_after` each time it fills the list.
"""

from __future__ import annotations

from typing import Literal

from textual.message import Message

from trustroad.tui.widgets.readable_option_list import ReadableOptionList

Where = Literal["older", "newer", "oldest", "newest"]


class PagedList(ReadableOptionList):
    class Turn(Message):
        """The person moved past the page: show the page `where` says."""

        def __init__(self, where: Where) -> None:
            super().__init__()
            self.where: Where = where

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.more_before = False  # newer rows exist above this page
        self.more_after = False  # older rows exist below this page

    def _at_top(self) -> bool:
        return self.highlighted == 0

    def _at_bottom(self) -> bool:
        return self.highlighted is not None and self.highlighted >= self.option_count - 1

    def action_cursor_down(self) -> None:
        if self.more_after and self._at_bottom():
            self.post_message(self.Turn("older"))
        else:
            super().action_cursor_down()

    def action_page_down(self) -> None:
        if self.more_after and self._at_bottom():
            self.post_message(self.Turn("older"))
        else:
            super().action_page_down()

    def action_cursor_up(self) -> None:
        if self.more_before and self._at_top():
            self.post_message(self.Turn("newer"))
        else:
            super().action_cursor_up()

    def action_page_up(self) -> None:
        if self.more_before and self._at_top():
            self.post_message(self.Turn("newer"))
        else:
            super().action_page_up()

    def action_last(self) -> None:
        if self.more_after:
            self.post_message(self.Turn("oldest"))
        else:
            super().action_last()

    def action_first(self) -> None:
        if self.more_before:
            self.post_message(self.Turn("newest"))
        else:
            super().action_first()
