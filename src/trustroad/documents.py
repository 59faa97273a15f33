"""Every data file trustroad keeps, by name, with the model that validates it.

A feature adds its file here; the CLI loads them all before the window opens,
so a damaged file is reported (and left alone) before anything could save over it.
"""

from __future__ import annotations

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
from trustroad.storage.store import Store
from trustroad.workbook.agenda import Agenda
from trustroad.workbook.drafts import Drafts
from trustroad.workbook.model import Workbook

DOCUMENTS: dict[str, type[Document]] = {
    WORKBOOK_FILE: Workbook,
    JOURNAL_FILE: Journal,  # journal entries and rupture talks
    AGENDA_FILE: Agenda,  # "What I want to talk about" (therapy summary)
    AGREEMENTS_FILE: Agreements,  # Stabilize's short-term agreements
    CHECKINS_FILE: CheckIns,  # weekly check-ins
    PROMISES_FILE: PromisesBook,  # small promises, their check marks, setbacks and repair
    DRAFTS_FILE: Drafts,  # words typed into a form not saved yet (a safety net)
    PAIRING_FILE: Pairing,  # the pairing with the partner's workbook, for letters
    TOGETHER_FILE: Together,  # what goes to the partner in letters, and what came back
}


def load_all(store: Store) -> dict[str, Document]:
    """Load every document (fresh ones for files not written yet). Raises DataFileError.

    A large journal makes hundreds of thousands of objects here: the cyclic garbage collector
    rests meanwhile under the start-up policy in trustroad.cli.main."""
    return {name: store.load(name, model) for name, model in DOCUMENTS.items()}
