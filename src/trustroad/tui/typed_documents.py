"""The documents of an open workbook, by name and typed: what screens reach through `self.app`.

A mixin of TrustroadApp (tui/app.py), kept apart so the app holds only starting, saving and
quitting. `documents` is empty until an encrypted workbook is unlocked.
"""

from __future__ import annotations

from typing import TypeVar

from trustroad.agreements.model import Agreements
from trustroad.checkins.model import CheckIns
from trustroad.journal.model import Journal
from trustroad.letters.pairing import Pairing
from trustroad.letters.together import Together
from trustroad.promises.model import PromisesBook
from trustroad.storage.files import (
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    DRAFTS_FILE,
    JOURNAL_FILE,
    PAIRING_FILE,
    PROMISES_FILE,
    TOGETHER_FILE,
    WORKBOOK_FILE,
)
from trustroad.storage.record import Document
from trustroad.workbook.agenda import Agenda
from trustroad.workbook.drafts import Drafts
from trustroad.workbook.model import Workbook

D = TypeVar("D", bound=Document)


class TypedDocuments:
    documents: dict[str, Document]

    def _document(self, name: str, model: type[D]) -> D:
        document = self.documents[name]
        if not isinstance(document, model):
            raise TypeError(f"{name} holds a {type(document).__name__}, not a {model.__name__}")
        return document

    @property
    def workbook(self) -> Workbook:
        return self._document(WORKBOOK_FILE, Workbook)

    @property
    def journal(self) -> Journal:
        return self._document(JOURNAL_FILE, Journal)

    @property
    def agreements(self) -> Agreements:
        return self._document(AGREEMENTS_FILE, Agreements)

    @property
    def checkins(self) -> CheckIns:
        return self._document(CHECKINS_FILE, CheckIns)

    @property
    def promises(self) -> PromisesBook:
        return self._document(PROMISES_FILE, PromisesBook)

    @property
    def agenda(self) -> Agenda:
        return self._document(AGENDA_FILE, Agenda)

    @property
    def drafts(self) -> Drafts:
        return self._document(DRAFTS_FILE, Drafts)

    @property
    def pairing(self) -> Pairing:
        return self._document(PAIRING_FILE, Pairing)

    @property
    def together(self) -> Together:
        return self._document(TOGETHER_FILE, Together)
