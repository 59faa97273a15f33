"""A safety net for words typed into a form that is not saved yet.

Worksheet answers, check-in answers and agreement wording save as they are typed.
A journal entry, a promise's wording and the short notes of a few dialogs are kept
until the person presses save. If trustroad ends before that (the terminal is
closed, the computer loses power, a crash), those words would be gone; so while
such a form is open its text is also kept here, and removed again when the form
closes normally. A drafts.json that is not empty at start-up means something was
interrupted, and the person is shown what they had typed.
"""

from __future__ import annotations

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.files import DRAFTS_FILE  # noqa: F401  (re-exported)
from trustroad.storage.ranges import Moment
from trustroad.storage.record import Document, Record


class Draft(Record):
    where: str  # what the form was, e.g. "A journal entry" (never the person's text)
    text: str
    updated: Moment = Field(default_factory=now)


class Drafts(Document):
    items: dict[str, Draft] = Field(default_factory=dict)

    def keep(self, key: str, where: str, text: str) -> bool:
        """Record the text typed in one field; returns False when nothing changed."""
        existing = self.items.get(key)
        if not text.strip():
            return self.items.pop(key, None) is not None
        if existing is not None and existing.text == text:
            return False
        self.items[key] = Draft(where=where, text=text)
        return True

    def drop(self, keep_prefixes: set[str]) -> bool:
        """Forget the drafts of forms that are closed (keys not starting with an open form's prefix)."""
        gone = [key for key in self.items if key.split("/", 1)[0] not in keep_prefixes]
        for key in gone:
            del self.items[key]
        return bool(gone)

    def remove(self, key: str) -> bool:
        """Forget one draft (its words were saved where they belong); False when it was not there."""
        return self.items.pop(key, None) is not None

    def clear(self) -> bool:
        had = bool(self.items)
        self.items.clear()
        return had
