"""Append one entry to journal.json quickly, for `trustroad journal add`.

Plain Python on purpose (json, no pydantic): a quick note from the shell should take a
fraction of a second even with 10,000 entries. It writes the same fields as
journal.Entry (tests load the result with the real model), keeps every other entry and
unknown field as it is, writes through ByteStore (atomic, durable) and refuses a file it
cannot read or that a newer trustroad wrote, leaving that file untouched.
"""

from __future__ import annotations

import gc
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path

from trustroad.journal_terms import JOURNAL_FILE, normalise_tags
from trustroad.schema import SCHEMA_VERSION
from trustroad.store import WORKBOOK_FILE, ByteStore, DataFileError, check_version, describe_json_error

_UNTOUCHED = "trustroad has not changed or deleted it."


def entry_record(
    text: str, *, kind: str = "reflection", intensity: int | None = None, tags: list[str] | tuple = (),
    share: bool = False, phase: str | None = None, written: datetime | None = None,
) -> dict:
    """An entry as journal.json stores it (the fields of journal.Entry)."""
    return {
        "id": uuid.uuid4().hex,
        "written": (written or datetime.now(timezone.utc).astimezone()).isoformat(),
        "edited": None,
        "phase": phase,
        "kind": kind,
        "intensity": intensity,
        "tags": normalise_tags(tags),
        "text": text,
        "share": share,
        "talk": None,
    }


def _read_object(io: ByteStore, name: str) -> dict | None:
    data = io.read(name)
    if data is None:
        return None
    path = io.path(name)
    raw, error = describe_json_error(path, data)
    if error:
        raise error
    check_version(path, raw)
    return raw


def current_phase(io: ByteStore) -> str | None:
    """The workbook's "you are here" phase, or None (also when the workbook cannot be read)."""
    try:
        raw = _read_object(io, WORKBOOK_FILE)
    except DataFileError:
        return None  # the journal entry matters more than its phase; the app reports the workbook
    phase = raw.get("current_phase") if raw else None
    return phase if isinstance(phase, str) else None


def append_entry(folder: Path, record: dict) -> None:
    """Add one entry to journal.json in `folder`. Raises DataFileError (file untouched) or OSError."""
    io = ByteStore(folder)
    # Parsing 10,000 entries makes many dicts and no cycles: the cyclic collector would only
    # slow it down, and this process ends right after.
    gc.disable()
    raw = _read_object(io, JOURNAL_FILE)
    if raw is None:
        raw = {"schema_version": SCHEMA_VERSION, "entries": []}
    entries = raw.setdefault("entries", [])
    if not isinstance(entries, list):
        raise DataFileError(
            io.path(JOURNAL_FILE), "field entries", "this should be a list of entries.",
            "If you edited it by hand, fix that field; otherwise restore it from a backup. " + _UNTOUCHED,
        )
    entries.append(record)
    # Compact, as the app writes it (journal.Journal.COMPACT); with `indent` Python's json
    # would also fall back to its slow pure-Python encoder (about 4x slower on 10,000 entries).
    io.write(JOURNAL_FILE, json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
