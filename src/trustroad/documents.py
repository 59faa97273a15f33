"""Every data file trustroad keeps, by name, with the model that validates it.

A feature adds its file here; the CLI loads them all before the window opens,
so a damaged file is reported (and left alone) before anything could save over it.
"""

from __future__ import annotations

from trustroad.models import Document, Workbook
from trustroad.store import WORKBOOK_FILE, Store

DOCUMENTS: dict[str, type[Document]] = {
    WORKBOOK_FILE: Workbook,
}


def load_all(store: Store) -> dict[str, Document]:
    """Load every document (fresh ones for files not written yet). Raises DataFileError."""
    return {name: store.load(name, model) for name, model in DOCUMENTS.items()}
