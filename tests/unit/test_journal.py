"""Journal entries: the model rules and the add / edit / delete operations."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from trustroad.journal.model import (
    KIND_LABELS,
    KINDS,
    Entry,
    Journal,
    TalkDetails,
    first_line,
    parse_intensity,
    parse_tags,
)
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store


def test_a_new_entry_has_safe_defaults():
    entry = Entry.new("I slept badly.")
    assert entry.kind == "reflection"
    assert entry.share is False  # nothing reaches a therapy summary unless chosen
    assert entry.intensity is None and entry.phase is None and entry.talk is None and entry.edited is None
    assert entry.written.tzinfo is not None
    assert len(entry.id) == 32 and entry.id != Entry.new("x").id


def test_every_kind_has_a_human_label():
    from typing import get_args

    from trustroad.journal.model import Kind

    assert get_args(Kind) == KINDS  # the model's Literal and the plain list agree
    assert set(KINDS) == set(KIND_LABELS)
    for kind in KINDS:
        assert Entry.new("x", kind=kind).kind == kind


@pytest.mark.parametrize("bad", [-1, 11, 100])
def test_intensity_is_zero_to_ten(bad):
    with pytest.raises(ValidationError):
        Entry.new("x", intensity=bad)
    with pytest.raises(ValidationError):
        TalkDetails(intensity_after=bad)


def test_unknown_kind_is_refused():
    with pytest.raises(ValidationError):
        Entry.new("x", kind="diary")


def test_tags_are_normalised():
    entry = Entry.new("x", tags=["#Sleep", "sleep", " Hard Day ", "", "#"])
    assert entry.tags == ["sleep", "hard-day"]
    assert parse_tags("sleep, #Work  evening,,") == ["sleep", "work", "evening"]


def test_a_hand_edited_time_without_offset_is_read_as_local_time():
    journal = Journal.model_validate(
        {
            "entries": [
                {"written": "2026-03-01T21:30:00", "edited": "2026-03-02T08:00:00", "text": "x"},
                {"written": "2026-03-01T21:30:00+02:00", "text": "y"},
            ]
        }
    )
    entry = journal.entries[0]
    assert entry.written.tzinfo is not None and entry.edited.tzinfo is not None
    assert entry.written.replace(tzinfo=None) == datetime(2026, 3, 1, 21, 30)
    assert sorted(journal.entries, key=lambda e: e.written)  # aware and comparable


def test_hand_typed_tags_still_match_a_filter():
    from trustroad.journal.filter import Filter, apply_filter

    journal = Journal.model_validate(
        {"entries": [{"text": "x", "tags": ["#Sleep", "Hard Day"], "written": "2026-03-01T21:30:00Z"}]}
    )
    assert apply_filter(journal.entries, Filter(tag="sleep")) == journal.entries
    assert apply_filter(journal.entries, Filter(tag="hard-day")) == journal.entries


def test_talk_details_are_kept_only_for_rupture_talks():
    talk = TalkDetails(at_agreed_time=True, minutes=20, intensity_before=8, intensity_after=5, time_out_used=False)
    assert Entry.new("we talked", kind="rupture-talk", talk=talk).talk == talk
    assert Entry.new("a walk", kind="reflection", talk=talk).talk is None


def test_parse_intensity():
    assert parse_intensity("") is None and parse_intensity(" 7 ") == 7 and parse_intensity("0") == 0
    for bad in ("11", "-1", "seven", "3.5"):
        with pytest.raises(ValueError, match="0 \\(calm\\) to 10"):
            parse_intensity(bad)


def test_first_line_skips_blank_lines():
    assert first_line("\n\n  Hello there  \nmore") == "Hello there"
    assert first_line("") == ""


def test_edit_stamps_edited_only_when_something_changed():
    entry = Entry.new("first words", intensity=5)
    assert entry.edit(text="first words", intensity=5) is False
    assert entry.edited is None
    assert entry.edit(text="other words", tags=["#Night"]) is True
    assert entry.text == "other words" and entry.tags == ["night"] and entry.edited is not None


def test_edit_validates_and_leaves_the_entry_alone_on_error():
    entry = Entry.new("x", intensity=5)
    with pytest.raises(ValidationError):
        entry.edit(intensity=12)
    assert entry.intensity == 5
    with pytest.raises(TypeError):
        entry.edit(written=datetime(2026, 11, 25, 12, tzinfo=UTC))


def test_changing_kind_away_from_a_talk_drops_its_details():
    entry = Entry.new("x", kind="rupture-talk", talk=TalkDetails(minutes=10))
    entry.edit(kind="reflection")
    assert entry.talk is None


def test_add_find_and_delete_for_real(tmp_path):
    journal = Journal()
    keep = journal.add(Entry.new("keep this"))
    gone = journal.add(Entry.new("a sentence that must disappear"))
    assert journal.find(gone.id) is gone
    assert journal.delete(gone.id) is True
    assert journal.delete(gone.id) is False
    assert [e.id for e in journal.entries] == [keep.id]
    store = Store(tmp_path)
    store.save(JOURNAL_FILE, journal)
    raw = (tmp_path / JOURNAL_FILE).read_text(encoding="utf-8")
    assert "must disappear" not in raw and gone.id not in raw  # no hidden flag, no copy


def test_round_trip_keeps_everything_including_unknown_fields(tmp_path):
    store = Store(tmp_path)
    written = datetime(2026, 1, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    journal = Journal()
    journal.add(
        Entry.new(
            "Ünïcödé 😀 [bold] <b>\n",
            kind="rupture-talk",
            intensity=3,
            tags=["a"],
            share=True,
            phase="stabilize",
            written=written,
            talk=TalkDetails(at_agreed_time=False, minutes=15, intensity_after=2),
        )
    )
    store.save(JOURNAL_FILE, journal)
    raw = json.loads((tmp_path / JOURNAL_FILE).read_text(encoding="utf-8"))
    raw["future_field"] = {"kept": True}
    raw["entries"][0]["mood_colour"] = "blue"
    (tmp_path / JOURNAL_FILE).write_text(json.dumps(raw), encoding="utf-8")
    loaded = store.load(JOURNAL_FILE, Journal)
    entry = loaded.entries[0]
    assert entry.text == "Ünïcödé 😀 [bold] <b>\n" and entry.written == written
    assert entry.written.utcoffset() == timedelta(hours=-5)  # the offset it was written in survives
    assert entry.talk.minutes == 15 and entry.share is True
    again = json.loads(Store.encode(loaded))
    assert again["future_field"] == {"kept": True} and again["entries"][0]["mood_colour"] == "blue"


def test_journal_is_a_registered_document():
    from trustroad.documents import DOCUMENTS

    assert DOCUMENTS[JOURNAL_FILE] is Journal


def test_a_trigger_log_entry_is_its_own_kind_with_its_own_prompt():
    from trustroad.journal.model import KIND_PLACEHOLDERS

    entry = Entry.new("The song in the shop. Breathed out slowly; it passed.", kind="trigger", intensity=7)
    assert entry.kind == "trigger" and KIND_LABELS["trigger"] == "Trigger log"
    assert "set it off" in KIND_PLACEHOLDERS["trigger"]
    old = Journal.model_validate(
        {"entries": [{"id": "a", "written": "2026-01-01T10:00:00+00:00", "kind": "hard-moment"}]}
    )
    assert old.entries[0].kind == "hard-moment"  # a file written before the trigger log still loads
