"""A damaged data file's message reads as a sentence. Walking it with a journal cut short (as a
full disk or a crash mid-copy leaves it), the window said "the file is not valid JSON
(unterminated string starting at)": Python's words, with the place they pointed to cut off."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustroad.storage.errors import DataFileError
from trustroad.storage.reading import describe_json_error

CUT_SHORT = {
    "in a text": b'{"entries": [{"text": "I felt the floor drop',
    "in a field name": b'{"entries": [{"te',
    "after a comma": b'{"entries": [1,',
    "a control character": b'{"entries": ["one\x01two"]}',
}


@pytest.mark.parametrize("data", CUT_SHORT.values(), ids=CUT_SHORT.keys())
def test_the_reason_ends_in_words_not_in_a_dangling_at(data: bytes) -> None:
    found = describe_json_error(Path("journal.json"), data)
    assert isinstance(found, DataFileError)
    message = str(found)
    assert "not valid JSON (" in message and "line 1, column" in message
    reason = message.split("not valid JSON (", 1)[1].split(")", 1)[0]
    assert not reason.endswith((" at", "starting at")), reason
    assert "floor" not in message  # never the person's words
