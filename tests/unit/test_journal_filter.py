"""Finding entries: every filter part alone, combined, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from trustroad.journal.filter import (
    NO_PHASE,
    Filter,
    SearchIndex,
    all_tags,
    apply_filter,
    parse_day,
)
from trustroad.journal.model import Entry

UTC = UTC


def at(day: int, hour: int = 12, offset: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=timezone(timedelta(hours=offset)))


@pytest.fixture
def entries():
    return [
        Entry.new("Walked by the river. Felt CALM.", kind="gratitude", tags=["walk"], phase="stabilize", written=at(1)),
        Entry.new(
            "Straße, late talk went badly",
            kind="rupture-talk",
            tags=["night", "talk"],
            phase="stabilize",
            written=at(5),
        ),
        Entry.new("Ask about the phone", kind="question", tags=["therapy"], phase="make-meaning", written=at(10)),
        Entry.new("A hard evening; calm later", kind="hard-moment", tags=["night"], phase=None, written=at(3)),
    ]


def texts(found):
    return [e.text.split()[0] for e in found]


def test_no_filter_lists_everything_newest_first(entries):
    assert texts(apply_filter(entries, Filter())) == ["Ask", "Straße,", "A", "Walked"]
    assert Filter().is_empty and Filter(text="  ").is_empty and not Filter(kind="question").is_empty


def test_text_is_a_case_insensitive_substring(entries):
    assert texts(apply_filter(entries, Filter(text="calm"))) == ["A", "Walked"]
    assert texts(apply_filter(entries, Filter(text="  RIVER "))) == ["Walked"]
    assert texts(apply_filter(entries, Filter(text="STRASSE"))) == ["Straße,"]  # casefold: ß = ss
    assert apply_filter(entries, Filter(text="nowhere")) == []


def test_tag_filter_normalises_what_was_typed(entries):
    assert texts(apply_filter(entries, Filter(tag="#Night"))) == ["Straße,", "A"]
    assert apply_filter(entries, Filter(tag="nigh")) == []  # a tag matches whole


def test_phase_filter_and_no_phase(entries):
    assert texts(apply_filter(entries, Filter(phase="stabilize"))) == ["Straße,", "Walked"]
    assert texts(apply_filter(entries, Filter(phase=NO_PHASE))) == ["A"]


def test_kind_filter(entries):
    assert texts(apply_filter(entries, Filter(kind="question"))) == ["Ask"]


def test_date_range_is_inclusive_and_either_end_optional(entries):
    assert texts(apply_filter(entries, Filter(date_from=date(2026, 3, 3), date_to=date(2026, 3, 5)))) == [
        "Straße,",
        "A",
    ]
    assert texts(apply_filter(entries, Filter(date_from=date(2026, 3, 5)))) == ["Ask", "Straße,"]
    assert texts(apply_filter(entries, Filter(date_to=date(2026, 3, 1)))) == ["Walked"]
    # typed the wrong way round: read as meant
    assert texts(apply_filter(entries, Filter(date_from=date(2026, 3, 5), date_to=date(2026, 3, 3)))) == [
        "Straße,",
        "A",
    ]


def test_the_day_is_the_one_the_writer_lived(entries):
    late = Entry.new("late", written=datetime(2026, 3, 20, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    # 04:30 UTC on the 21st, but it was the evening of the 20th where it was written
    assert apply_filter([late], Filter(date_from=date(2026, 3, 20), date_to=date(2026, 3, 20))) == [late]


def test_every_part_combines(entries):
    flt = Filter(
        text="calm",
        tag="night",
        phase=NO_PHASE,
        kind="hard-moment",
        date_from=date(2026, 3, 2),
        date_to=date(2026, 3, 4),
    )
    assert texts(apply_filter(entries, flt)) == ["A"]
    assert apply_filter(entries, Filter(text="calm", kind="question")) == []
    assert texts(apply_filter(entries, Filter(tag="night", phase="stabilize"))) == ["Straße,"]


def test_index_counts_and_is_a_snapshot(entries):
    index = SearchIndex(entries)
    assert len(index) == 4 and list(index.positions(Filter(tag="night"))) == [1, 2]
    assert all_tags(entries) == ["night", "talk", "therapy", "walk"]


def test_parse_day():
    assert parse_day("") is None
    assert parse_day("2026-03-14") == date(2026, 3, 14)
    assert parse_day("2026-02") == date(2026, 2, 1) and parse_day("2026-02", end=True) == date(2026, 2, 28)
    assert parse_day("2026-12", end=True) == date(2026, 12, 31)
    assert parse_day("2025", end=True) == date(2025, 12, 31)
    for bad in ("yesterday", "2026-13-01", "26", "2026-02-30"):
        with pytest.raises(ValueError, match="2026-03-14"):
            parse_day(bad)
