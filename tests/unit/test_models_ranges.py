"""Every field of every data file has a range; a hand-edited file outside it is refused by the
store, naming the field, never echoing what the person wrote (issue 11: `days: [9]` validated,
and the promise editor crashed on it). Whatever the models accept survives a save and a load."""

from __future__ import annotations

import copy
import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustroad.documents import DOCUMENTS
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import (
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    DRAFTS_FILE,
    JOURNAL_FILE,
    PROMISES_FILE,
    WORKBOOK_FILE,
)
from trustroad.storage.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the helper importable
from demo_mutations import accepted_files, apply, demo_files, edits, value_at

SECRET = "I never told anyone this"

# (file, where in it, the hand-edited value, the field path the refusal names)
OUTSIDE = [
    (PROMISES_FILE, ("promises", 1, "days"), [9], "promises.1.days.0"),
    (PROMISES_FILE, ("promises", 1, "days"), [-1], "promises.1.days.0"),
    (PROMISES_FILE, ("promises", 1, "days"), [2, 2], "promises.1.days"),
    (PROMISES_FILE, ("promises", 0, "status"), SECRET, "promises.0.status"),
    (PROMISES_FILE, ("promises", 0, "owner"), "theirs", "promises.0.owner"),
    (PROMISES_FILE, ("promises", 0, "frequency"), "monthly", "promises.0.frequency"),
    (PROMISES_FILE, ("promises", 0, "id"), "", "promises.0.id"),
    (PROMISES_FILE, ("promises", 0, "start"), SECRET, "promises.0.start"),
    (PROMISES_FILE, ("promises", 0, "start"), "1969-12-31", "promises.0.start"),
    (PROMISES_FILE, ("promises", 0, "review_on"), "3000-01-01", "promises.0.review_on"),
    (PROMISES_FILE, ("promises", 0, "created"), "0001-01-01T00:00:00+14:00", "promises.0.created"),
    (PROMISES_FILE, ("promises", 0, "wording"), 42, "promises.0.wording"),
    (PROMISES_FILE, ("promises", 0, "share"), SECRET, "promises.0.share"),
    (PROMISES_FILE, ("setbacks", 0, "intensity"), 11, "setbacks.0.intensity"),
    (PROMISES_FILE, ("setbacks", 0, "kind"), "bad-day", "setbacks.0.kind"),
    (PROMISES_FILE, ("checkmarks", 0, "date"), "2026-02-30", "checkmarks.0.date"),
    (PROMISES_FILE, ("checkmarks", 0, "repair", "owned_up_on"), "someday", "checkmarks.0.repair.owned_up_on.date"),
    (JOURNAL_FILE, ("entries", 0, "intensity"), 11, "entries.0.intensity"),
    (JOURNAL_FILE, ("entries", 0, "kind"), SECRET, "entries.0.kind"),
    (JOURNAL_FILE, ("entries", 0, "text"), ["a", "list"], "entries.0.text"),
    (JOURNAL_FILE, ("entries", 0, "written"), "1900-01-01T10:00:00Z", "entries.0.written"),
    (JOURNAL_FILE, ("entries", 0, "id"), "", "entries.0.id"),
    (AGREEMENTS_FILE, ("agreements", 0, "review_days"), 0, "agreements.0.review_days"),
    (AGREEMENTS_FILE, ("agreements", 0, "review_days"), 366, "agreements.0.review_days"),
    (AGREEMENTS_FILE, ("agreements", 0, "status"), "signed", "agreements.0.status"),
    (AGREEMENTS_FILE, ("agreements", 0, "history", 0, "change"), "deleted", "agreements.0.history.0.change"),
    (AGREEMENTS_FILE, ("agreements", 0, "review_on"), 20261125, "agreements.0.review_on"),
    (CHECKINS_FILE, ("checkins", 0, "safety"), 11, "checkins.0.safety"),
    (CHECKINS_FILE, ("checkins", 0, "connection"), -1, "checkins.0.connection"),
    (CHECKINS_FILE, ("checkins", 0, "date"), SECRET, "checkins.0.date"),
    (CHECKINS_FILE, ("draft", "safety"), 12, "draft.safety"),
    (CHECKINS_FILE, ("checkins", 0, "answers", "hard"), 3, "checkins.0.answers.hard"),
    (WORKBOOK_FILE, ("role",), "both", "role"),
    (WORKBOOK_FILE, ("theme",), "neon", "theme"),
    (WORKBOOK_FILE, ("done",), {"a-step": SECRET}, "done.a-step"),
    (AGENDA_FILE, ("last_export",), "3000-01-01", "last_export"),
    (AGENDA_FILE, ("items", 0, "text"), None, "items.0.text"),
    (DRAFTS_FILE, ("items", "journal-entry/text", "updated"), SECRET, "items.journal-entry/text.updated"),
]

# A repeated id: the screens list items by id, and a repeat cannot be shown.
REPEATED = [
    (PROMISES_FILE, "promises"),
    (PROMISES_FILE, "setbacks"),
    (JOURNAL_FILE, "entries"),
    (AGREEMENTS_FILE, "agreements"),
    (CHECKINS_FILE, "checkins"),
]


def strings_in(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    # The demo's words have spaces; its ids, dates and the allowed values (which a refusal may list) have none.
    return [value] if isinstance(value, str) and " " in value.strip() else []


def refusal(tmp_path, name: str, raw: dict) -> DataFileError:
    (tmp_path / name).write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(name, DOCUMENTS[name])
    message = str(caught.value)
    for text in [SECRET, *strings_in(raw)]:
        assert text not in message  # never the person's words
    return caught.value


@pytest.mark.parametrize(("name", "path", "value", "field"), OUTSIDE, ids=[case[3] for case in OUTSIDE])
def test_a_value_outside_its_range_is_refused_naming_the_field(tmp_path, name, path, value, field):
    raw = copy.deepcopy(demo_files()[name])
    apply(raw, path, "set", value)
    assert refusal(tmp_path, name, raw).where == f"field {field}"


@pytest.mark.parametrize(("name", "field"), REPEATED)
def test_a_repeated_id_is_refused_naming_the_list(tmp_path, name, field):
    raw = copy.deepcopy(demo_files()[name])
    raw[field].append(copy.deepcopy(raw[field][0]))
    error = refusal(tmp_path, name, raw)
    assert error.where == f"field {field}" and f"{len(raw[field]) - 1} has the same id" in error.problem


def test_a_time_without_an_offset_is_read_as_local_time_so_times_compare(tmp_path):
    raw = copy.deepcopy(demo_files()[PROMISES_FILE])
    raw["setbacks"][0].update(when="2026-11-20T18:00:00", repaired_at="2026-11-21T09:30:00+00:00")
    (tmp_path / PROMISES_FILE).write_text(json.dumps(raw), encoding="utf-8")
    setback = Store(tmp_path).load(PROMISES_FILE, DOCUMENTS[PROMISES_FILE]).setbacks[0]
    assert setback.when.tzinfo is not None
    assert setback.time_to_repair >= timedelta(0)  # naive minus aware would raise TypeError


def test_the_edges_of_every_range_are_accepted(tmp_path):
    files = copy.deepcopy(demo_files())
    promise = value_at(files[PROMISES_FILE], ("promises", 1))
    promise.update(days=[6, 0], start="1970-01-01", review_on="2999-12-31", created="1970-01-02T00:00:00Z")
    value_at(files[AGREEMENTS_FILE], ("agreements", 0)).update(review_days=365)
    value_at(files[CHECKINS_FILE], ("checkins", 0)).update(safety=0, connection=10)
    for name, raw in files.items():
        (tmp_path / name).write_text(json.dumps(raw), encoding="utf-8")
        Store(tmp_path).load(name, DOCUMENTS[name])


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(chosen=st.lists(edits(), min_size=1, max_size=4))
def test_every_document_the_models_accept_survives_save_and_load(tmp_path_factory, chosen):
    files, _ = accepted_files(chosen)
    folder = tmp_path_factory.mktemp("roundtrip")
    for name, raw in files.items():
        model = DOCUMENTS[name]
        document = model.model_validate_json(json.dumps(raw))
        store = Store(folder)
        store.save(name, document)
        loaded = store.load(name, model)
        assert loaded == document
        assert Store.encode(loaded) == Store.encode(document)  # the same bytes: a second save changes nothing
