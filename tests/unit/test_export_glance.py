"""The export's first page, print layout, readable Markdown, and "my whole workbook" (issue 14)."""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from trustroad.export.markdown import md_text
from trustroad.export.summary import build_summary, render

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import MADE_ON, content, documents

KINDS = ("answer", "journal", "agreement", "checkin", "promise", "setback")


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- Markdown that reads as plain text, and is never read as Markdown ---------------------------


ORDINARY = [
    "it's 5 p.m. - fine (really)",
    "We walked 2-3 km; then: talked! Was it ok? Yes.",
    "snake_case and a #tag, 50% + 2 = most",
    "Tom & Jerry, <3 and a < b > c",
    "C:\\Users\\maya and 1990 was the year",
    "https://example.org/page (the address we looked at)",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_punctuation_is_left_as_typed(text):
    assert md_text(text) == text


HOSTILE = [
    "# heading",
    "###### six",
    "Title\n===",
    "Title\n---",
    "- item",
    "+ item",
    "* item",
    "1. first",
    "12) twelfth",
    "> quote",
    "***",
    "___",
    "- - -",
    "*emphasis* and **strong** and _under_ and __both__",
    "`code` and ``more``",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "~~struck~~ ~one~",
    "[link](https://example.org) ![image](x.png) [ref][1]\n[1]: https://example.org",
    "<https://example.org> <me@example.org>",
    "<b>bold</b> <!-- comment --> <?php x ?> <div>",
    "&amp; &#65; &copy;",
    "a | b\n--- | ---\nc | d",
    "| a | b |\n|---|---|",
    "line with a hard break\\\nnext",
    "\\*already escaped\\*",
]
# What markdown-it makes of the person's own words when they are left as plain text.
ALLOWED_TAGS = {"<p>", "</p>", "<br />"}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_becomes_markdown(text):
    for parser in (MarkdownIt("commonmark"), MarkdownIt("gfm-like").disable("linkify")):
        html = parser.render(md_text(text))
        tags = {tag for tag in _tags(html)}
        assert tags <= ALLOWED_TAGS, (text, html)


def test_escaped_text_reads_back_as_typed():
    # Rendered and stripped of its paragraph tags, the text is what was typed (entities aside).
    from html import unescape

    for text in HOSTILE + ORDINARY:
        html = MarkdownIt("commonmark").render(md_text(text))
        for tag in ALLOWED_TAGS:
            html = html.replace(tag, "")
        assert unescape(html).split() == text.split(), text


def _tags(html: str) -> list[str]:
    import re

    return re.findall(r"<[^>]*>", html)


# --- the glance, in every format ------------------------------------------------------------------


def test_glance_first_in_every_format_with_the_figures():
    s = build_summary(documents(), content(), made_on=MADE_ON)
    assert s.sections[0].key == "glance"
    md = render(s, "md")[0].decode()
    html = render(s, "html")[0].decode()
    first_page = pdf_pages(render(s, "pdf")[0])[0]
    for text in (md, html, first_page):
        glance = text.index("At a glance")
        for expected in ("How we handle Sunday evenings", "Where I am on the road map", "Promises kept", "Setbacks"):
            assert expected in text
        # Before the detail: the first detailed section comes after the figures.
        assert glance < text.index("Promises kept") < text.index("Worksheet answers I chose to share")
    assert "Phase 1 of 2, Calm first: 1 of 2 steps done." in md
    assert "1 of 2 recorded days (1 missed, 1 owned up to)" in md


def test_demo_summary_prints_on_two_pages(content_real, tmp_path):
    from trustroad.demo import build_demo

    docs = build_demo(content_real, today=date(2026, 11, 25))
    data, _ = render(build_summary(docs, content_real, made_on=date(2026, 11, 25)), "pdf")
    pages = pdf_pages(data)
    # It printed on eight pages (one section a page), then on three (the last one mostly blank).
    assert len(pages) <= 2
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == len(pages)  # fpdf2's own page objects
    assert "At a glance" in pages[0] and "Promises kept" in pages[0]
    # Nothing was left out to make it fit: every section is there, down to the last setback.
    for title in ("Worksheet answers", "Journal entries", "Agreements", "Weekly check-ins", "Setbacks"):
        assert title in "".join(pages)
    assert "How we repaired it" in pages[-1]
    html = render(build_summary(docs, content_real), "html")[0].decode()
    assert "break-before: page" not in html


@pytest.fixture(scope="module")
def content_real():
    from trustroad.content.loader import load_content
    from trustroad.storage.paths import builtin_content_dir

    return load_content(builtin_content_dir())


# --- the therapy summary holds only what is shared; the whole workbook holds everything ----------


def canary_documents(content_real) -> dict:
    """One shared and one private item of every kind, each with its own canary word."""
    from trustroad.agreements import model as ag
    from trustroad.checkins import model as ci
    from trustroad.journal import model as jr
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import Promise, Setback
    from trustroad.storage.files import AGREEMENTS_FILE, CHECKINS_FILE, JOURNAL_FILE, PROMISES_FILE, WORKBOOK_FILE
    from trustroad.workbook.model import Answer, Workbook, answer_key

    when = datetime(2026, 11, 20, 20, tzinfo=UTC)
    first = next(s for p in content_real.phases for s in p.steps if len(s.meta.prompts) >= 2)
    prompts = first.meta.prompts[:2]
    workbook = Workbook()
    journal, agreements, checkins, book = jr.Journal(), ag.Agreements(), ci.CheckIns(), PromisesBook()
    for share in (True, False):
        word = "SHAREDCANARY" if share else "PRIVATECANARY"
        prompt = prompts[0] if share else prompts[-1]
        workbook.answers[answer_key(first.id, prompt.id)] = Answer(text=f"{word}-answer", updated=when, share=share)
        journal.add(jr.Entry.new(f"{word}-journal", intensity=5, share=share, written=when))
        agreement = agreements.add(ag.Agreement.new(at=when))
        agreement.edit_wording(f"{word}-agreement", at=when, title="Talks")
        agreement.set_share(share)
        checkins.add(ci.CheckIn.new(5, 5, {"helped": f"{word}-checkin"}, share=share, at=when))
        book.add_promise(Promise(wording=f"{word}-promise", share=share, created=when))
        book.add_setback(Setback(when=when, note=f"{word}-setback", share=share))
    return {
        WORKBOOK_FILE: workbook,
        JOURNAL_FILE: journal,
        AGREEMENTS_FILE: agreements,
        CHECKINS_FILE: checkins,
        PROMISES_FILE: book,
    }


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_therapy_summary_only_shared_whole_workbook_everything(content_real, fmt):
    docs = canary_documents(content_real)
    summary = build_summary(docs, content_real, made_on=date(2026, 11, 30))
    whole = build_summary(docs, content_real, made_on=date(2026, 11, 30), everything=True)

    def text(s) -> str:
        data, _ = render(s, fmt)
        # A narrow PDF table cell breaks a long word across lines: compare without white space.
        return "".join("".join(pdf_pages(data)).split()) if fmt == "pdf" else data.decode()

    shared_text, whole_text = text(summary), text(whole)
    for kind in KINDS:
        assert f"SHAREDCANARY-{kind}" in shared_text, kind
        assert f"PRIVATECANARY-{kind}" not in shared_text, kind
        assert f"SHAREDCANARY-{kind}" in whole_text and f"PRIVATECANARY-{kind}" in whole_text, kind
    assert "PRIVATECANARY" not in shared_text


def test_whole_workbook_is_labelled_private_everywhere(content_real):
    docs = canary_documents(content_real)
    whole = build_summary(docs, content_real, made_on=date(2026, 11, 30), everything=True)
    assert whole.title == "My whole workbook (private)" and "not the therapy summary" in whole.privacy
    assert whole.sections and all(s.title.endswith("(private)") for s in whole.sections)
    md = render(whole, "md")[0].decode()
    assert all(line.endswith("(private)") for line in md.splitlines() if line.startswith(("# ", "## ")))
    pages = pdf_pages(render(whole, "pdf")[0])
    assert all("PRIVATE — my whole workbook, not for sharing" in page for page in pages)
    assert "PRIVATE — my whole workbook" in render(whole, "html")[0].decode()
    # The therapy summary's own wording ("I chose to share") is not used for what was not shared.
    assert "chose to share" not in md
