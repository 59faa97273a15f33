"""agenda.json: "What I want to talk about" — the list a person keeps for their next therapy session.

The agenda exists to be shown to a therapist, so every item is shared by nature: it has no
share toggle, and the summary lists open items first. The file also remembers when the last
summary was made, for the export screen's "since last session" period.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.files import AGENDA_FILE  # noqa: F401  (re-exported)
from trustroad.storage.ranges import Day, Moment
from trustroad.storage.record import Document, Record


class AgendaItem(Record):
    text: str
    added: Moment = Field(default_factory=now)
    # When it was ticked off (talked about); None while it is still open.
    done: Moment | None = None


class Agenda(Document):
    items: list[AgendaItem] = Field(default_factory=list)
    # The day the last therapy summary was written from the TUI ("since last session").
    last_export: Day | None = None

    def add(self, text: str) -> AgendaItem | None:
        text = text.strip()
        if not text:
            return None
        item = AgendaItem(text=text)
        self.items.append(item)
        return item

    def toggle(self, index: int, at: datetime | None = None) -> None:
        """Tick an item off as talked about (at `at`, default now), or open it again."""
        item = self.items[index]
        item.done = None if item.done else (at or now())

    def note_export(self, day: date | None = None) -> bool:
        """Remember the day a therapy summary was made (default today); False when already noted."""
        day = day or now().date()
        if day == self.last_export:
            return False
        self.last_export = day
        return True

    def move(self, index: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new index."""
        target = index + delta
        if not (0 <= index < len(self.items)) or not (0 <= target < len(self.items)):
            return index
        self.items[index], self.items[target] = self.items[target], self.items[index]
        return target

    def remove(self, index: int) -> AgendaItem:
        return self.items.pop(index)

    def open_first(self) -> list[AgendaItem]:
        """Open items in the person's order, then those already talked about."""
        return [i for i in self.items if not i.done] + [i for i in self.items if i.done]
