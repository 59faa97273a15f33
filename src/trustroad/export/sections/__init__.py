"""One section builder per data source: `build(ctx) -> Section | None` (None when there is
nothing chosen to show). What every builder gets (`Context`) and shared helpers live here.

What is "chosen" is decided here, once (`Context.chosen`): in the therapy summary, only what the
person marked for sharing; in "my whole workbook" (`everything`), all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from trustroad.content.model import Content
from trustroad.export.model import Period
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.record import Document
from trustroad.workbook.model import Workbook

D = TypeVar("D", bound=Document)


class Shareable(Protocol):
    @property
    def share(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Context:
    """What every section builder gets."""

    documents: dict[str, Document]
    content: Content
    period: Period
    made_on: date
    everything: bool = False  # "my whole workbook": shared or not
    include: frozenset[str] = frozenset()  # the sections asked for (the glance reads only these)

    def chosen(self, item: Shareable) -> bool:
        """Whether an item belongs in this export: shared, or anything in the whole workbook."""
        return self.everything or item.share

    def title(self, shared: str, everything: str) -> str:
        return everything if self.everything else shared

    def document(self, name: str, kind: type[D]) -> D | None:
        """The loaded document of a data file, or None when it is not loaded."""
        found = self.documents.get(name)
        if found is None or isinstance(found, kind):
            return found
        # Another model under that file's name is a bug to see, not a section to leave out.
        raise TypeError(f"{name} holds a {type(found).__name__}, not a {kind.__name__}")

    @property
    def workbook(self) -> Workbook:
        workbook = self.document(WORKBOOK_FILE, Workbook)
        if workbook is None:  # every summary has a workbook: the loader makes a fresh one
            raise KeyError(WORKBOOK_FILE)
        return workbook


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
