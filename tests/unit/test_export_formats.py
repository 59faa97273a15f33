"""The therapy summary in each format shows the person's words as typed: Markdown escaping (and
its chart), HTML escaping with no external references and an inline SVG chart, and a PDF that
draws accents, Greek and Cyrillic and names the characters its font cannot draw."""

from __future__ import annotations

import html as html_lib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from trustroad.export.markdown import md_text, render_markdown
from trustroad.export.model import Chart, Period, Section, Summary
from trustroad.export.summary import build_summary, render
from trustroad.export.text import plain

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import MADE_ON, TRICKY, content, documents, pdf_text, summary

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
