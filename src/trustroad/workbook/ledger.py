"""A question ledger: the questions the partner who was hurt wants to ask, each sorted by what
kind of question it is and where it stands.

Sorting helps because not every question helps when answered. Facts that bear on safety and on
decisions need answers; questions about why and what it meant are the heart of Make Meaning;
graphic detail (exact acts, places, images) usually deepens the wound, so it is often set aside,
by choice, not by order. The person decides every category and status; the app never does.
"""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import Field

from trustroad.clock import now
from trustroad.storage.ranges import Id, Moment, UniqueIds
from trustroad.storage.record import Record

Category = Literal["need-to-know", "meaning", "graphic-detail"]
Status = Literal["asked", "answered", "set-aside"]

CATEGORY_LABELS: dict[str, str] = {
    "need-to-know": "Need to know",
    "meaning": "Meaning",
    "graphic-detail": "Graphic detail",
}
CATEGORY_HELP: dict[str, str] = {
    "need-to-know": "facts that bear on your safety, health, money or decisions",
    "meaning": "why it happened, and what it meant",
    "graphic-detail": "exact acts, places or images; these usually deepen the wound",
}
# A new question is not yet asked: "asked" is the first status a person gives it.
STATUS_LABELS: dict[str, str] = {
    "not-yet": "not asked yet",
    "asked": "asked",
    "answered": "answered",
    "set-aside": "set aside",
}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_LABELS)
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)


def _new_id() -> str:
    return uuid.uuid4().hex


class LedgerItem(Record):
    id: Id = Field(default_factory=_new_id)
    text: str = ""
    category: Category = "need-to-know"
    status: Literal["not-yet", "asked", "answered", "set-aside"] = "not-yet"
    # Off by default: nothing reaches a therapy summary unless the person says so.
    share: bool = False
    updated: Moment | None = None


# The two sortings of a question a person chooses from, by field name.
CHOICES: dict[str, tuple[str, ...]] = {"category": CATEGORIES, "status": STATUSES}


class Ledger(Record):
    """One ledger step's items, in the order written."""

    items: UniqueIds[LedgerItem] = Field(default_factory=list)

    def find(self, item_id: str) -> LedgerItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def add(self, text: str, category: str = "need-to-know") -> LedgerItem | None:
        """A new question (None for blank text: nothing to keep)."""
        text = text.strip()
        if not text:
            return None
        item = LedgerItem.model_validate({"text": text, "category": category, "updated": now()})
        self.items.append(item)
        return item

    def _item(self, item_id: str) -> LedgerItem:
        item = self.find(item_id)
        if item is None:
            raise KeyError(item_id)
        return item

    def set_text(self, item_id: str, text: str) -> bool:
        """New wording; blank text removes the question (the person cleared it). False when unchanged."""
        item = self._item(item_id)
        text = text.strip()
        if not text:
            self.items.remove(item)
            return True
        if text == item.text:
            return False
        item.text = text
        item.updated = now()
        return True

    def set_category(self, item_id: str, category: str) -> bool:
        return self._choose(item_id, "category", category)

    def set_status(self, item_id: str, status: str) -> bool:
        return self._choose(item_id, "status", status)

    def cycle_category(self, item_id: str) -> str:
        return self._cycle(item_id, "category")

    def cycle_status(self, item_id: str) -> str:
        return self._cycle(item_id, "status")

    def _choose(self, item_id: str, field: str, value: str) -> bool:
        """Give a question another category or status (`field`); False when unchanged."""
        if value not in CHOICES[field]:
            raise ValueError(f"unknown {field}")
        item = self._item(item_id)
        if getattr(item, field) == value:
            return False
        setattr(item, field, value)
        item.updated = now()
        return True

    def _cycle(self, item_id: str, field: str) -> str:
        """Move a question's category or status (`field`) on to the next, after the last the first."""
        values, current = CHOICES[field], getattr(self._item(item_id), field)
        value = values[(values.index(current) + 1) % len(values)] if current in values else values[0]
        self._choose(item_id, field, value)
        return value

    def set_shared(self, item_id: str, value: bool) -> bool:
        item = self._item(item_id)
        if item.share == value:
            return False
        item.share = value
        return True

    def shared(self) -> list[LedgerItem]:
        return [i for i in self.items if i.share and i.text.strip()]
