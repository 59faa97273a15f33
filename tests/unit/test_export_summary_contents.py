"""The therapy summary's contents: golden files per format, sections in order, toggles and
periods, summary parts that compare and stay immutable, and privacy (nothing unshared in any
format; each feature section holds its shared data, or says it could not be put together)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from trustroad.export.model import Period
from trustroad.export.summary import build_summary, render

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import GOLDEN, MADE_ON, PRIVATE_MARKER, content, documents, pdf_text, summary

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; rerun with UPDATE_GOLDEN=1 if intended"


# --- golden files --------------------------------------------------------------------------


def test_markdown_golden():
    data, warnings = render(summary(), "md")
    assert warnings == []
    golden("summary.md", data.decode("utf-8"))


def test_html_golden():
    data, _ = render(summary(), "html")
    golden("summary.html", data.decode("utf-8"))


def test_pdf_text_golden():
    data, warnings = render(summary(), "pdf")
    assert data.startswith(b"%PDF-")
    assert warnings == []
    golden("summary.pdf.txt", pdf_text(data))


def test_sections_in_order_with_open_agenda_items_first():
    s = summary()
    assert [sec.key for sec in s.sections] == [
        "glance",  # the road map and the agenda are inside it
        "answers",
        "journal",
        "agreements",
        "checkins",
        "promises",
    ]
    heading, agenda, _, _, road_map = s.sections[0].parts[:5]  # then "Already talked about:" and its item
    assert heading.text == "What I want to talk about"
    assert road_map.text.startswith("Where I am on the road map: Phase 1 of 2, Calm first")
    assert agenda.items == ["How we handle Sunday evenings", "What 'checking in' means to each of us & why"]
    assert agenda.checks == [False, False]


def test_header_name_only_when_set():
    docs = documents()
    docs["workbook.json"].name = None
    s = build_summary(docs, content(), made_on=MADE_ON)
    data, _ = render(s, "md")
    assert "For:" not in data.decode()
    assert "Sam" not in data.decode()
    assert "Private" in data.decode()


def test_toggles_leave_sections_out():
    s = summary(include=["roadmap"])
    # The road map is a paragraph of the glance, not a section of its own.
    assert [sec.key for sec in s.sections] == ["glance"]
    # The glance holds only what the chosen sections hold: no agenda, no figures.
    assert [type(p).__name__ for p in s.sections[0].parts] == ["Para"]
    assert s.sections[0].parts[0].text == (
        "Where I am on the road map: Phase 1 of 2, Calm first: 1 of 2 steps done. "
        "Steps done in the other phases: Make meaning 0 of 1."
    )
    assert summary(include=["answers"]).sections[0].key == "answers"  # no road map, no glance


def test_period_filters_ticked_agenda_items():
    from datetime import date

    inside = summary(period=Period(date(2026, 11, 1), date(2026, 11, 30)))
    outside = summary(period=Period(date(2026, 11, 21), None))
    assert "The phone call last week" in render(inside, "md")[0].decode()
    assert "The phone call last week" not in render(outside, "md")[0].decode()


def test_period_labels():
    from datetime import date

    assert Period().label == "everything so far"
    assert Period(date(2026, 1, 2), date(2026, 2, 3)).label == "2026-01-02 to 2026-02-03"


def test_summary_parts_compare_copy_and_stay_immutable():
    import copy
    import pickle
    from datetime import date

    from trustroad.export.model import Entry

    period = Period(date(2026, 11, 1), date(2026, 11, 30))
    assert copy.deepcopy(period) == period and pickle.loads(pickle.dumps(period)) == period
    assert hash(copy.copy(period)) == hash(period) and len({period, Period(date(2026, 11, 1), date(2026, 11, 30))}) == 1
    with pytest.raises(AttributeError):
        period.start = None
    assert Entry("a", "b") == Entry("a", "b", "") and Entry("a", "b") != Entry("a", "c")
    assert repr(Entry("a", "b")) == "Entry(title='a', text='b', meta='')"
    with pytest.raises(AttributeError):
        Entry("a", "b").text = "c"


# --- privacy ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_nothing_unshared_leaks(fmt):
    data, _ = render(summary(), fmt)
    text = pdf_text(data) if fmt == "pdf" else data.decode("utf-8")
    assert "Tuesdays at 7:30" in text  # shared text is there …
    assert PRIVATE_MARKER not in text  # … unshared text never is
    assert PRIVATE_MARKER.encode() not in data
    assert "zzsecret" not in text  # an unshared entry's tag


def test_every_feature_section_holds_its_shared_data():
    text = render(summary(), "md")[0].decode()
    for expected in (
        "Evening 15: we kept to the time-out.",
        "| 2026-11-15 | 4 |",
        "▆▅▄",
        "We talk on Tuesdays at 7:30",
        "Agreed",
        "| 2026-11-14 | 6 | 6 |",
        "| Text when I leave work | Mine | every day | active | 1 | 1 | 1 |",
        "A song in the shop.",
        "repaired after about 3 hours",
    ):
        assert expected in text, expected


def test_a_broken_feature_section_says_so_instead_of_failing(monkeypatch):
    from trustroad.export.sections import journal

    def broken(ctx):
        raise AttributeError("feature changed shape")

    monkeypatch.setattr(journal, "build", broken)
    s = summary()
    section = next(sec for sec in s.sections if sec.key == "journal")
    assert "could not be put together" in section.parts[0].text


def test_journal_titles_show_the_time_in_the_offset_it_was_written_with():
    from datetime import datetime, timedelta, timezone

    from trustroad.journal import model as jr

    docs = documents()
    evening = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=2)))  # 21:30 UTC
    docs["journal.json"].add(jr.Entry.new("Late, away from home.", share=True, written=evening))
    text = render(build_summary(docs, content(), made_on=MADE_ON), "md")[0].decode()
    assert "**2026-11-20 23:30 · " in text


def test_journal_period_filter():
    from datetime import date

    text = render(summary(period=Period(date(2026, 11, 11), date(2026, 11, 13))), "md")[0].decode()
    assert "Evening 12" in text and "Evening 10" not in text and "Evening 15" not in text
