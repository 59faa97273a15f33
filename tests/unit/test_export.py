"""The therapy summary: golden files per format, escaping, no external references, privacy."""

from __future__ import annotations

import html as html_lib
import io
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from trustroad.export.markdown import md_text, render_markdown
from trustroad.export.model import Chart, Period, Section, Summary
from trustroad.export.summary import build_summary, render
from trustroad.export.text import plain

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import GOLDEN, MADE_ON, PRIVATE_MARKER, TRICKY, content, documents

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def summary(**kwargs):
    return build_summary(documents(), content(), made_on=MADE_ON, **kwargs)


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; rerun with UPDATE_GOLDEN=1 if intended"


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


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


# --- Markdown escaping -----------------------------------------------------------------------


def test_markdown_escapes_user_text_so_it_means_what_was_typed():
    text = TRICKY + "\n- not a list\n1. not a list either\n---\n    not code"
    html = MarkdownIt("commonmark").render(md_text(text))
    assert "<script>" not in html and "<em>" not in html and "<h1>" not in html
    assert "<li>" not in html and "<pre>" not in html and "<hr" not in html
    assert "[bold]loud[/bold]" in html
    assert "&lt;script&gt;" in html
    assert "1. not a list either" in html  # the escape itself never shows


def test_markdown_escape_leaves_plain_text_alone():
    assert md_text("We walked 2-3 km, then talked.") == "We walked 2-3 km, then talked."
    assert md_text("  indented  ") == "indented"
    assert md_text("- a\n\n\n\n  b") == "\\- a\n\nb"
    # CommonMark numbers a list with ASCII digits only; other digits start no list.
    assert md_text("\u0661. first") == "\u0661. first"
    assert md_text("12) twelve\r3. three") == "12\\) twelve  \n3\\. three"


# Prose, and the characters Markdown gives a meaning to, often at the start of a line.
MARKDOWNISH = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("#>-+*_=`~|[]()<>&;!?/\\0123456789. \t\n\rax")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(text=MARKDOWNISH)
def test_markdown_text_reads_back_exactly_as_typed(text):
    # Whatever is typed, a CommonMark reader shows those very characters in plain paragraphs:
    # no heading, list, quote, code, emphasis, link or HTML (line ends become breaks, and runs of
    # spaces may differ, as they do in any Markdown viewer).
    shown_html = MarkdownIt("commonmark").render(md_text(text))
    body = re.sub(r"</?p>|<br />", " ", shown_html)
    assert "<" not in body, shown_html
    assert " ".join(html_lib.unescape(body).split()) == " ".join(plain(text).split())


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


def test_the_markdown_chart_uses_the_one_fixed_scale_sparkline():
    chart = Chart("Safety over the period", ["a", "b", "c", "d"], [0, 4, 5, 10], 0, 10, table=False)
    summary = Summary("Summary", Period(), MADE_ON, None, "", [Section("s", "Ratings", parts=[chart])])
    assert "`▁▄▅█`" in render_markdown(summary)  # 4 -> 5 is one step, as everywhere


# --- HTML ------------------------------------------------------------------------------------


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_every_piece_of_user_text():
    raw = render(summary(), "html")[0].decode()
    parser = Collector()
    parser.feed(raw)
    text = "".join(parser.text)
    # The person's words appear literally in the page's text …
    assert "<script>alert(1)</script>" in text
    assert "[bold]loud[/bold]" in text and "Tom & Jerry" in text and '"stop"' in text
    assert "What 'checking in' means to each of us & why" in text
    # … and never as markup: the only script-like tag is none at all.
    assert "script" not in parser.tags
    assert "&lt;script&gt;" in raw and "&amp;" in raw and "&quot;stop&quot;" in raw and "&#x27;checking" in raw


def test_html_has_no_external_references():
    raw = render(summary(), "html")[0].decode()
    parser = Collector()
    parser.feed(raw)
    assert not [a for a in parser.attrs if a[0] in ("src", "href", "srcset", "action")]
    assert "@import" not in raw and "url(" not in raw and "http" not in raw.lower()
    assert {"script", "link", "img", "iframe"}.isdisjoint(parser.tags)
    assert "@media print" in raw and "break-after: avoid" in raw
    assert "break-before: page" not in raw  # sections run on: no page left mostly blank
    assert 'name="viewport"' in raw


def test_html_chart_is_inline_svg():
    from trustroad.export.html import render_html

    s = summary()
    s.sections.append(Section("x", "Trend", [Chart("Intensity", ["2026-11-01", "2026-11-02"], [3, 8], 0, 10)]))
    raw = render_html(s)
    assert "<svg" in raw and "<polyline" in raw


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_draws_accents_quotes_dashes_greek_and_cyrillic():
    text = pdf_text(render(summary(), "pdf")[0])
    for word in ("Ça va", "“curly”", "‘quotes’", "–", "Ελπίδα", "Надежда", "Sam Ríos", "page 1", "page 2"):
        assert word in text, word


def test_pdf_reports_characters_the_font_cannot_draw():
    docs = documents()
    docs["agenda.json"].add("We talked about 中文 names")
    data, warnings = render(build_summary(docs, content(), made_on=MADE_ON), "pdf")
    assert len(warnings) == 1
    assert "U+4E2D" in warnings[0] and "U+6587" in warnings[0] and "HTML" in warnings[0]
    text = pdf_text(data)
    assert "[U+4E2D][U+6587]" in text  # shown as visible codes, never dropped


def test_pdf_chart_and_literal_braces():
    from trustroad.export.pdf import render_pdf

    docs = documents()
    docs["agenda.json"].add("Page {nb} is not a page count")
    s = build_summary(docs, content(), made_on=MADE_ON)
    s.sections.append(Section("x", "Trend", [Chart("Intensity", ["2026-11-01", "2026-11-09"], [3, 8], 0, 10)]))
    data, _ = render_pdf(s)
    text = pdf_text(data)
    assert "Page {nb} is not a page count" in text
    assert "2026-11-09" in text


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
