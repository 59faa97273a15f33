"""One section builder per data source: `build(ctx) -> Section | None` (None when there is
nothing shared to show). What every builder gets (`Context`) and shared helpers live here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from trustroad.content.model import Content
from trustroad.export.model import Period
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.record import Document
from trustroad.workbook.model import Workbook

D = TypeVar("D", bound=Document)


@dataclass(frozen=True, slots=True)
class Context:
    """What every section builder gets."""

    documents: dict[str, Document]
    content: Content
    period: Period
    made_on: date

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
