"""Read the data files a therapy summary uses without pydantic, for `trustroad export`.

Why: importing pydantic and building the models costs more than a whole summary of
10,000 journal entries; a person exporting from the shell should not wait for it.

How it stays right: it accepts a file only in the form trustroad itself writes (every field
of its model present or defaulted, of exactly the JSON type trustroad writes, within range,
times with their offset) and then yields the values the model would. For anything else (a
hand edit, a lax form pydantic would still accept, a newer version, damaged JSON) it
declines, and the export loads every file through the models as before, with their precise
messages. Tests hold it to this: each reader's field list equals its model's, and on
thousands of altered files it either declines or yields the very same summary, in every
format, as the models do.

The objects it returns carry the fields as attributes, like the models; unknown fields
(kept by the models for newer versions) ride along and are never read.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

from trustroad.agreement_terms import AGREEMENTS_FILE, STATUSES
from trustroad.checkin_trends import CHECKINS_FILE
from trustroad.file_names import AGENDA_FILE, DRAFTS_FILE, PROMISES_FILE
from trustroad.journal_terms import JOURNAL_FILE, KINDS
from trustroad.promise_terms import FREQUENCIES, OWNERS, SETBACK_KINDS
from trustroad.promise_terms import STATUSES as PROMISE_STATUSES
from trustroad.schema import SCHEMA_VERSION
from trustroad.store import WORKBOOK_FILE, ByteStore, DataFileError

# Exactly the forms trustroad writes (pydantic's "2026-11-26T21:04:05Z", Python's isoformat
# with microseconds and "+01:00"): anything else is left to pydantic's own parser.
_DATETIME_FORM = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})"
_DATETIME = re.compile(_DATETIME_FORM)
# Many times, one per line ("\n" cannot appear inside a time of that form).
_DATETIMES = re.compile(f"(?:{_DATETIME_FORM}\n)*{_DATETIME_FORM}")
_DATE_FORM = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DATE = re.compile(_DATE_FORM)
_DATES = re.compile(f"(?:{_DATE_FORM}\n)*{_DATE_FORM}")  # many days, one per line
_fromisoformat = datetime.fromisoformat

ROLES = ("hurt", "broke-trust", "unsaid")
THEMES = ("dark", "light")
HISTORY_CHANGES = ("created", "status", "wording", "reviewed")


class Decline(Exception):
    """This file is not in a form this reader vouches for: load through the models instead."""


class Plain:
    """A record's fields as attributes (the JSON object itself is its __dict__)."""


class PlainWorkbook(Plain):
    def is_done(self, step_id: str) -> bool:  # as models.Workbook.is_done
        return step_id in self.done


class PlainPromisesBook(Plain):
    _index = None  # where schedule.index keeps the check index, as on the model


# --- field checks: each returns the value the model would hold, or raises Decline -----------


def _str(value):
    if type(value) is not str:
        raise Decline
    return value


def _opt_str(value):
    return None if value is None else _str(value)


def _bool(value):
    if value is not True and value is not False:
        raise Decline
    return value


def _opt_bool(value):
    return None if value is None else _bool(value)


def _int(value, low: int, high: int | None = None):
    if type(value) is not int or value < low or (high is not None and value > high):
        raise Decline
    return value


def _opt_int(value, low: int, high: int | None = None):
    return None if value is None else _int(value, low, high)


def _choice(value, choices: tuple[str, ...]):
    if type(value) is not str or value not in choices:
        raise Decline
    return value


def _datetime(value) -> datetime:
    if type(value) is not str or not _DATETIME.fullmatch(value):
        raise Decline
    try:
        return _fromisoformat(value)
    except ValueError:  # a month 13, an offset of a day or more …
        raise Decline from None


def _opt_datetime(value):
    return None if value is None else _datetime(value)


def _date(value) -> date:
    if type(value) is not str or not _DATE.fullmatch(value):
        raise Decline
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Decline from None


def _opt_date(value):
    return None if value is None else _date(value)


def _day_or_time(value) -> date | datetime:
    """`date | datetime`: a day written as a day, a time as a time (as pydantic reads them)."""
    return _date(value) if type(value) is str and len(value) == 10 else _datetime(value)


def _whole_numbers(value) -> list[int]:
    if any(type(item) is not int for item in _list(value)):
        raise Decline
    return value


def _ledger(value) -> dict:
    """promise id -> {day: kept}: every day checked in one regex pass (a year of daily
    marks is hundreds of days per promise)."""
    ledger = {}
    for promise_id, days in _object(value).items():
        days = _object(days)
        if days and (
            not _DATES.fullmatch("\n".join(days))
            or any(kept is not True and kept is not False for kept in days.values())
        ):
            raise Decline
        # ValueError for a day that does not exist (2026-02-30): the caller declines.
        ledger[promise_id] = dict(zip(map(date.fromisoformat, days), days.values()))
    return ledger


def _object(value) -> dict:
    if type(value) is not dict:
        raise Decline
    return value


def _list(value) -> list:
    if type(value) is not list:
        raise Decline
    return value


_REQUIRED = object()


def _record(raw, fields: dict, cls: type = Plain) -> Plain:
    """Check `raw` against `fields` ({name: (check, default)}; default _REQUIRED means the
    model has none, or makes one at the moment of loading such as an id or "now")."""
    raw = _object(raw)
    for name, (check, default) in fields.items():
        if name in raw:
            raw[name] = check(raw[name])
        elif default is _REQUIRED:
            raise Decline
        else:
            raw[name] = default() if callable(default) else default
    record = cls()
    record.__dict__ = raw
    return record


def _document(raw, fields: dict, cls: type = Plain) -> Plain:
    version = raw.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
        raise Decline
    raw["schema_version"] = version
    return _record(raw, fields, cls)


def _list_of(fields: dict):
    return lambda value: [_record(item, fields) for item in _list(value)]


def _dict_of(check):
    return lambda value: {key: check(item) for key, item in _object(value).items()}


# --- one table per model; tests compare each with the model's fields -------------------------

ANSWER = {
    "text": (_str, ""),
    "updated": (_opt_datetime, None),
    "share": (_bool, False),
}
WORKBOOK = {
    "schema_version": (None, None),  # checked by _document
    "role": (lambda v: _choice(v, ROLES), "unsaid"),
    "current_phase": (_opt_str, None),
    "theme": (lambda v: _choice(v, THEMES), "dark"),
    "name": (_opt_str, None),
    "answers": (_dict_of(lambda v: _record(v, ANSWER)), dict),
    "checked": (_dict_of(_bool), dict),
    "done": (_dict_of(_datetime), dict),
}
TALK = {
    "at_agreed_time": (_opt_bool, None),
    "minutes": (lambda v: _opt_int(v, 0, 24 * 60), None),
    "intensity_before": (lambda v: _opt_int(v, 0, 10), None),
    "intensity_after": (lambda v: _opt_int(v, 0, 10), None),
    "time_out_used": (_opt_bool, None),
}
# journal.Entry's fields, read by _entries (written out by hand: it runs 10,000 times).
ENTRY_FIELDS = ("id", "written", "edited", "phase", "kind", "intensity", "tags", "text", "share", "talk")
JOURNAL = {
    "schema_version": (None, None),
    "entries": (None, list),  # checked by _journal_entries, the one large list
}
AGENDA_ITEM = {
    "text": (_str, _REQUIRED),
    "added": (_datetime, _REQUIRED),
    "done": (_opt_datetime, None),
}
AGENDA = {
    "schema_version": (None, None),
    "items": (_list_of(AGENDA_ITEM), list),
    "last_export": (_opt_date, None),
}
HISTORY_ENTRY = {
    "at": (_datetime, _REQUIRED),
    "status_from": (lambda v: None if v is None else _choice(v, STATUSES), None),
    "status_to": (lambda v: _choice(v, STATUSES), _REQUIRED),
    "change": (lambda v: _choice(v, HISTORY_CHANGES), "status"),
}
AGREEMENT = {
    "id": (_str, _REQUIRED),
    "topic": (_str, "other"),
    "template_id": (_opt_str, None),
    "title": (_str, ""),
    "wording": (_str, ""),
    "status": (lambda v: _choice(v, STATUSES), "proposed"),
    "review_days": (lambda v: _int(v, 1), 14),
    "review_on": (_date, _REQUIRED),
    "created": (_datetime, _REQUIRED),
    "history": (_list_of(HISTORY_ENTRY), list),
    "share": (_bool, False),
}
AGREEMENTS = {
    "schema_version": (None, None),
    "agreements": (_list_of(AGREEMENT), list),
}
CHECKIN = {
    "id": (_str, _REQUIRED),
    "date": (_date, _REQUIRED),
    "created": (_datetime, _REQUIRED),
    "safety": (lambda v: _opt_int(v, 0, 10), None),
    "connection": (lambda v: _opt_int(v, 0, 10), None),
    "answers": (_dict_of(_str), dict),
    "promises_note": (_str, ""),
    "share": (_bool, False),
}
CHECKIN_DRAFT = {
    "safety": (lambda v: _opt_int(v, 0, 10), None),
    "connection": (lambda v: _opt_int(v, 0, 10), None),
    "answers": (_dict_of(_str), dict),
    "share": (_bool, False),
}
CHECKINS = {
    "schema_version": (None, None),
    "checkins": (_list_of(CHECKIN), list),
    "draft": (lambda v: None if v is None else _record(v, CHECKIN_DRAFT), None),
}
DRAFT = {
    "where": (_str, _REQUIRED),
    "text": (_str, _REQUIRED),
    "updated": (_datetime, _REQUIRED),
}
DRAFTS = {
    "schema_version": (None, None),
    "items": (_dict_of(lambda v: _record(v, DRAFT)), dict),
}


WORDING_VERSION = {
    "at": (_datetime, _REQUIRED),
    "wording": (_str, _REQUIRED),
}
STATUS_CHANGE = {
    "on": (_date, _REQUIRED),
    "status": (lambda v: _choice(v, PROMISE_STATUSES), _REQUIRED),
    "at": (_datetime, _REQUIRED),
}
PROMISE = {
    "id": (_str, _REQUIRED),
    "wording": (_str, ""),
    "wording_history": (_list_of(WORDING_VERSION), list),
    "owner": (lambda v: _choice(v, OWNERS), "mine"),
    "frequency": (lambda v: _choice(v, FREQUENCIES), "daily"),
    "days": (_whole_numbers, list),
    "visibility": (_str, ""),
    "start": (_date, _REQUIRED),
    "review_on": (_opt_date, None),
    "status": (lambda v: _choice(v, PROMISE_STATUSES), "active"),
    "status_history": (_list_of(STATUS_CHANGE), list),
    "created": (_datetime, _REQUIRED),
    "share": (_bool, False),
}
REPAIR = {
    "owned_up_on": (_day_or_time, _REQUIRED),
    "what_was_done": (_str, ""),
}
CHECK_MARK = {
    "id": (_str, _REQUIRED),
    "promise_id": (_str, _REQUIRED),
    "date": (_date, _REQUIRED),
    "kept": (_bool, _REQUIRED),
    "note": (_str, ""),
    "repair": (lambda v: None if v is None else _record(v, REPAIR), None),
    "recorded_at": (_datetime, _REQUIRED),
}
SETBACK = {
    "id": (_str, _REQUIRED),
    "when": (_datetime, _REQUIRED),
    "kind": (lambda v: _choice(v, SETBACK_KINDS), "other"),
    "intensity": (lambda v: _int(v, 0, 10), 5),
    "note": (_str, ""),
    "repaired_at": (_opt_datetime, None),
    "how_repaired": (_str, ""),
    "share": (_bool, False),
}
PROMISES_BOOK = {
    "schema_version": (None, None),
    "promises": (_list_of(PROMISE), list),
    "ledger": (_ledger, dict),
    "checkmarks": (_list_of(CHECK_MARK), list),
    "setbacks": (_list_of(SETBACK), list),
}


def _fields(table: dict) -> dict:
    """The table without the entries _document and the journal reader check themselves."""
    return {name: spec for name, spec in table.items() if spec[0] is not None}


def _journal(raw: dict) -> Plain:
    raw["entries"] = _entries(_list(raw.get("entries", [])))
    return _document(raw, {})


def _entries(items: list) -> list[Plain]:
    """journal.Entry for each item, checked inline (the generic _record is ~3x slower here).
    Tags stay as written: the model tidies them only in an entry whose times have no offset,
    which this reader never accepts."""
    kinds = frozenset(KINDS)
    fromisoformat = _fromisoformat
    stamps = []  # every `written`, checked against the written form in one pass at the end
    out = []
    for item in items:
        if type(item) is not dict:
            raise Decline
        written = item.get("written")
        if type(item.get("id")) is not str or type(written) is not str:
            raise Decline
        stamps.append(written)
        item["written"] = fromisoformat(written)  # ValueError (month 13 …): the caller declines
        edited = item.get("edited")
        item["edited"] = None if edited is None else _datetime(edited)
        phase = item.setdefault("phase", None)
        kind = item.setdefault("kind", "reflection")
        intensity = item.setdefault("intensity", None)
        tags = item.setdefault("tags", [])
        if (
            (phase is not None and type(phase) is not str)
            or type(kind) is not str or kind not in kinds
            or (intensity is not None and (type(intensity) is not int or not 0 <= intensity <= 10))
            or type(tags) is not list or (tags and any(type(tag) is not str for tag in tags))
            or type(item.setdefault("text", "")) is not str
            or (item.setdefault("share", False) is not True and item["share"] is not False)
        ):
            raise Decline
        talk = item.get("talk")
        item["talk"] = None if talk is None else _record(talk, TALK)
        entry = Plain()
        entry.__dict__ = item
        out.append(entry)
    # One regex pass over all the times (a call per entry cost more than the rest of the check).
    if stamps and not _DATETIMES.fullmatch("\n".join(stamps)):
        raise Decline
    return out


READERS = {
    WORKBOOK_FILE: lambda raw: _document(raw, _fields(WORKBOOK), PlainWorkbook),
    JOURNAL_FILE: _journal,
    AGENDA_FILE: lambda raw: _document(raw, _fields(AGENDA)),
    AGREEMENTS_FILE: lambda raw: _document(raw, _fields(AGREEMENTS)),
    CHECKINS_FILE: lambda raw: _document(raw, _fields(CHECKINS)),
    DRAFTS_FILE: lambda raw: _document(raw, _fields(DRAFTS)),
    PROMISES_FILE: lambda raw: _document(raw, _fields(PROMISES_BOOK), PlainPromisesBook),
}
# Every data file has a reader here (a test compares this with documents.DOCUMENTS).


def read_documents(folder: Path) -> dict[str, Plain] | None:
    """Every document the summary reads, or None when any file must go through the models.

    A missing file gives the model's defaults, as Store.load does.
    """
    io = ByteStore(folder)
    documents: dict[str, Plain] = {}
    for name, reader in READERS.items():
        try:
            data = io.read(name)
            raw = {} if data is None else json.loads(data.decode("utf-8"))
            if type(raw) is not dict:
                return None
            documents[name] = reader(raw)
        except (Decline, DataFileError, ValueError, RecursionError):
            # ValueError covers bad UTF-8 and bad JSON. The models' path says what is wrong.
            return None
    return documents


def read_for_summary(folder: Path, builtin: Path, extra: list[Path]):
    """(documents, content view) for build_summary, or None: then load through the models."""
    from trustroad.content_cache import summary_view

    content = summary_view(builtin, extra)
    if content is None:
        return None
    documents = read_documents(folder)
    if documents is None:
        return None
    return documents, content
