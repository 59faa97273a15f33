"""The store and damaged files: each kind of bad or unreadable file is explained (path, what is
wrong, never the person's words) and left exactly as it was; older files still load."""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path

import pytest

from trustroad.documents import load_all
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import SCHEMA_VERSION, WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook
from unit.store_helpers import MARKER

NOT_UTF8 = b'{"answers": {"s/p": {"text": "' + MARKER.encode() + b' \xff\xfe"}}}'

BAD_FILES = {
    "invalid-utf8": (NOT_UTF8, [f"byte {NOT_UTF8.index(0xFF) + 1}", "not valid UTF-8"]),
    "invalid-json": (
        ('{\n  "answers": {"s/p": {"text": "' + MARKER + '"}},\n  "role": hurt\n}').encode(),
        ["line 3, column 11", "not valid JSON"],
    ),
    "half-written": (
        ('{"answers": {"s/p": {"text": "' + MARKER + " and then the power went").encode(),
        ["line 1, column 30", "not valid JSON"],
    ),
    "not-an-object": (json.dumps([MARKER]).encode(), ["JSON object"]),
    "nested-too-deeply": (('{"x": "' + MARKER + '", "y": ').encode() + b"[" * 100_000, ["nested too deeply"]),
    "wrong-type-in-answer": (
        json.dumps({"answers": {"s/p": {"text": MARKER, "share": MARKER}}}).encode(),
        ["field answers.s/p.share", "boolean"],
    ),
    "answer-text-not-text": (
        json.dumps({"answers": {"s/p": {"text": [MARKER]}}}).encode(),
        ["field answers.s/p.text"],
    ),
    "unknown-role": (json.dumps({"role": MARKER}).encode(), ["field role", "'hurt'"]),
    "bad-date": (
        json.dumps({"done": {"s": MARKER}, "answers": {"s/p": {"text": MARKER}}}).encode(),
        ["field done.s"],
    ),
    "two-problems": (
        json.dumps({"role": MARKER, "theme": MARKER}).encode(),
        ["field role", "and 1 more problem"],
    ),
    "newer-version": (
        json.dumps({"schema_version": SCHEMA_VERSION + 1, "answers": {"s/p": {"text": MARKER}}}).encode(),
        ["field schema_version", "newer", "Update trustroad"],
    ),
    "version-as-text": (
        json.dumps({"schema_version": "1", "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-as-bool": (
        json.dumps({"schema_version": True, "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-as-float": (
        json.dumps({"schema_version": 1.5, "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-null": (json.dumps({"schema_version": None, "x": MARKER}).encode(), ["field schema_version"]),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_explained_and_left_exactly_as_it_was(tmp_path, file_state, case):
    data, expected = BAD_FILES[case]
    path = tmp_path / WORKBOOK_FILE
    path.write_bytes(data)
    os.chmod(path, 0o600)
    before = file_state(path)

    store = Store(tmp_path)
    with pytest.raises(DataFileError) as caught:
        store.load(WORKBOOK_FILE, Workbook)
    with pytest.raises(DataFileError):
        load_all(store)  # what the CLI does before the window opens

    error = caught.value
    message = str(error)
    assert str(path) in message
    for fragment in expected:
        assert fragment in message
    assert "has not changed or deleted it" in message
    # Not in the message, and not in a traceback either (no chained ValidationError or JSON error).
    full = "".join(traceback.format_exception(error))
    assert MARKER not in message and MARKER not in repr(error) and MARKER not in full
    assert file_state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [WORKBOOK_FILE]


def test_a_folder_where_the_file_should_be(tmp_path):
    (tmp_path / WORKBOOK_FILE).mkdir()
    (tmp_path / WORKBOOK_FILE / "keep").write_text(MARKER)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert str(tmp_path / WORKBOOK_FILE) in str(caught.value)
    assert "folder" in str(caught.value)
    assert (tmp_path / WORKBOOK_FILE / "keep").read_text() == MARKER


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file(tmp_path, file_state):
    path = tmp_path / WORKBOOK_FILE
    path.write_text(json.dumps({"answers": {"s/p": {"text": MARKER}}}))
    os.chmod(path, 0)
    before = file_state(path)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert str(path) in str(caught.value) and "not allowed to read" in str(caught.value)
    assert file_state(path) == before


@pytest.mark.parametrize(
    "error, expected",
    [
        (PermissionError(13, "Permission denied"), "not allowed to read"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_read_errors_are_explained(tmp_path, monkeypatch, file_state, error, expected):
    # Runs as root too (where chmod 000 cannot deny reading): the read itself fails.
    path = tmp_path / WORKBOOK_FILE
    path.write_text("{}")
    before = file_state(path)

    def fail(self):
        raise error

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    monkeypatch.undo()
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert file_state(path) == before


def test_an_older_or_missing_schema_version_loads(tmp_path):
    (tmp_path / WORKBOOK_FILE).write_text('{"role": "hurt"}')
    assert Store(tmp_path).load(WORKBOOK_FILE, Workbook).role == "hurt"
    (tmp_path / WORKBOOK_FILE).write_text('{"schema_version": 0}')
    assert Store(tmp_path).load(WORKBOOK_FILE, Workbook).schema_version == 0
