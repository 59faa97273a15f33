"""Home's two calm lines about promises: what is due today, and the newest small celebration.

Kept cheap on purpose (it runs every time the road map shows): the check index is built once
per change of the promises, a day's counts only look at the last week, and the milestone
(which reads the whole history) is remembered until the promises change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content as Text
from textual.widgets import Static

from trustroad.clock import today
from trustroad.promises.milestones import newest
from trustroad.promises.model import PromisesBook
from trustroad.promises.schedule import today_line, today_summary
from trustroad.tui.person_text import shown

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


class PromisesGlance(Static):
    app: TrustroadApp
    DEFAULT_CSS = """
    PromisesGlance {
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self) -> None:
        super().__init__("", markup=False, id="promises-glance")

    def refresh_glance(self) -> None:
        book = self.app.promises
        if not book.promises:
            self.update(
                Text.styled("Promises (press p): none yet. Small ones, kept and seen, rebuild trust.", "$text-muted")
            )
            return
        self._today = Text.assemble(Text.styled("Promises (p) ", "bold"), today_line(today_summary(book, today())))
        self.update(self._today)
        # The celebration looks at all the history (and loads the coach): it follows one
        # frame later, so the road map itself paints without waiting for it.
        self.call_after_refresh(self._show_milestone, book)

    def _show_milestone(self, book: PromisesBook) -> None:
        milestone = newest(book, today(), self.app.documents)
        if milestone is not None:
            # The milestone may quote the person's wording: plain Content, never markup.
            self.update(Text.assemble(self._today, "\n", Text.styled("✦ ", "bold $accent"), shown(milestone.text)))
