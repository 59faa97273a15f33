"""The drafts safety net in the window: which fields are kept, and when their drafts go.

The Drafts document (trustroad.workbook.drafts) holds the words; this decides what goes
in: the text of the fields below while their form is open, keyed by the screen that holds
them, and forgotten once that screen closes. Drafts found at start-up were left by a run
that ended unexpectedly: they are set apart as "recovered" and shown to the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.dom import NoScreen
from textual.screen import Screen
from textual.widget import Widget

from trustroad.storage.files import DRAFTS_FILE

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

# Fields whose words are kept only when their form is saved: their text also goes to the
# drafts safety net while the form is open. id -> what it is.
DRAFT_FIELDS = {
    "entry-text": "A journal entry",
    "wording": "A promise's wording",
    "visibility": "How a promise can be seen kept",
    "note": "A note",
    "what": "What was done to repair",
    "agenda-new": "Something to talk about",
}
RECOVERED = "recovered"  # key prefix of drafts found at start-up: kept until the person removes them


def is_recovered(key: str) -> bool:
    return key.startswith(RECOVERED + "/")


class DraftKeeper:
    def __init__(self, app: TrustroadApp) -> None:
        self.app = app

    def start(self) -> bool:
        """Set apart what an earlier run left; True when there is something to show."""
        drafts = self.app.drafts
        if not drafts.items:
            return False
        # Left by a run that ended unexpectedly: keep them apart from this run's forms.
        drafts.items = {
            (key if is_recovered(key) else f"{RECOVERED}/{n}"): draft
            for n, (key, draft) in enumerate(drafts.items.items())
        }
        return True

    @property
    def has_recovered(self) -> bool:
        return any(is_recovered(key) for key in self.app.drafts.items)

    def keep(self, widget: Widget, text: str) -> None:
        """A field changed: keep its words if it is one of DRAFT_FIELDS."""
        where = DRAFT_FIELDS.get(widget.id or "")
        if where is None:
            return
        # The Changed message can arrive after its form closed (keys typed in a burst, then ctrl+s):
        # a form no longer open keeps no draft (it was saved, or the person chose to close it).
        try:
            screen = widget.screen
        except NoScreen:
            return
        if screen not in self.app.screen_stack:
            return
        if self.app.drafts.keep(f"{id(screen)}/{widget.id}", where, text):
            self.app.changed(DRAFTS_FILE)

    def forget_closed(self, _screen: Screen | None = None) -> None:
        """After a screen change: forget the drafts of forms no longer open."""
        open_forms = {str(id(screen)) for screen in self.app.screen_stack} | {RECOVERED}
        if self.app.drafts.drop(open_forms):
            self.app.changed(DRAFTS_FILE)

    def forget_all_forms(self) -> None:
        """Quitting on purpose closes every form: only the recovered drafts stay."""
        if any(not is_recovered(key) for key in self.app.drafts.items) and self.app.drafts.drop({RECOVERED}):
            self.app.changed(DRAFTS_FILE)
