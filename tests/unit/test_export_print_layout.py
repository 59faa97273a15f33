"""The printed summary's layout (issue 14): tables as wide as their content, kept in one piece and
with their heading, never failing on a long cell; check-ins one row a week."""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from trustroad.export.model import Heading, Para, Period, Section, Summary, Table
from trustroad.export.summary import build_summary, render

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import MADE_ON, content, documents


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squeezed(text: str) -> str:
    """Without white space: a narrow cell breaks a long word across lines."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def content_real():
    from trustroad.content.loader import load_content
    from trustroad.storage.paths import builtin_content_dir

    return load_content(builtin_content_dir())


def one_section(parts: list) -> bytes:
    summary = Summary("Therapy summary", Period(), MADE_ON, None, "Private.", [Section("s", "Section", parts)])
    return render(summary, "pdf")[0]


# --- tables --------------------------------------------------------------------------------------


def test_a_short_table_is_never_split_and_stays_with_its_heading():
    rows = [[f"ROW{i}", "a few words of wording", str(i)] for i in range(6)]
    crossed = 0
    # Pushed down a little further each time, the table reaches the foot of the first page.
    for filler in range(30, 46):
        parts = [Para(f"Filler line {n}.") for n in range(filler)]
        parts += [Heading("TABLEHEADING"), Table(["Name", "Wording", "Count"], rows)]
        pages = pdf_pages(one_section(parts))
        holding = [page for page in pages if "ROW" in page]
        assert len(holding) == 1, f"the table was split with {filler} lines above it"
        assert "TABLEHEADING" in holding[0] and "Wording" in holding[0]  # its heading and header row
        crossed += len(pages) > 1
    assert crossed, "the table never reached the foot of a page: the test proves nothing"


def test_a_table_longer_than_a_page_runs_on_with_its_header_repeated():
    rows = [[f"ROW{i}", "wording"] for i in range(80)]
    pages = pdf_pages(one_section([Table(["Name", "Wording"], rows)]))
    assert len(pages) >= 2
    assert all("Name" in page and "Wording" in page for page in pages)
    assert all(f"ROW{i}" in "".join(pages) for i in range(80))


def test_a_row_taller_than_a_page_is_written_out_in_full():
    """fpdf2 cannot draw a table row taller than a page (it raised, and no PDF was made)."""
    from trustroad.promises.records import Promise
    from trustroad.storage.files import PROMISES_FILE

    docs = documents()
    wording = " ".join(f"word{i}" for i in range(1500))
    docs[PROMISES_FILE].add_promise(Promise(wording=wording, share=True, created=datetime(2026, 11, 1, tzinfo=UTC)))
    data, warnings = render(build_summary(docs, content(), made_on=MADE_ON), "pdf")
    assert warnings == []
    text = "\n".join(pdf_pages(data))
    assert "Promise: word0 word1" in text  # the table as text, a line a column
    assert re.findall(r"word\d+", text) == wording.split()  # every word, in order
    assert "Text when I leave work" in text and "Whose: Mine" in text  # the other promise too


def test_columns_are_as_wide_as_their_content():
    from fpdf import FPDF

    from trustroad.export.pdf_style import FAMILY, FONT, FONT_BOLD
    from trustroad.export.pdf_table import SIZE, column_widths

    pdf = FPDF(format="A4")
    pdf.add_font(FAMILY, "", str(FONT))
    pdf.add_font(FAMILY, "B", str(FONT_BOLD))
    headers = ["Promise", "Whose", "When", "Status", "Kept", "Missed", "Owned up to"]
    second = ["active", "2", "0", "0"]  # the status and counts of the second promise
    rows = [
        ["Text Maya when I leave work.", "My partner's", "every day", "active", "12", "1", "1"],
        ["A 20-minute walk together on Sunday morning, and a coffee on the way back.", "Ours", "weekly, Sun", *second],
    ]
    widths = column_widths(pdf, headers, rows, 174)
    assert sum(widths) == pytest.approx(174)
    assert widths[0] == max(widths) and widths[0] > 174 / 3  # the wording gets the room
    pdf.set_font(FAMILY, "", SIZE)
    for col in range(1, 7):  # short values stay on one line
        assert widths[col] > max(pdf.get_string_width(row[col]) for row in rows)
    # When everything fits on one line, the table is only as wide as that.
    narrow = column_widths(pdf, ["Date", "Safety"], [["2026-11-15", "3"]], 174)
    assert sum(narrow) < 174 / 2


# --- check-ins: one row a week -------------------------------------------------------------------


def checkin_documents(answers: list[dict[str, str]]) -> dict:
    from trustroad.checkins import model as ci
    from trustroad.storage.files import CHECKINS_FILE, WORKBOOK_FILE
    from trustroad.workbook.model import Workbook

    checkins = ci.CheckIns()
    for day, written in enumerate(answers, start=10):
        checkins.add(ci.CheckIn.new(day - 7, 5, written, share=True, at=datetime(2026, 11, day, 20, tzinfo=UTC)))
    return {WORKBOOK_FILE: Workbook(), CHECKINS_FILE: checkins}


def checkin_section(content_real, answers: list[dict[str, str]]) -> Section:
    summary = build_summary(checkin_documents(answers), content_real, made_on=date(2026, 11, 30))
    return next(s for s in summary.sections if s.key == "checkins")


def test_checkins_are_one_row_a_week_beside_the_ratings(content_real):
    answers = [{"helped": "The pause | signal.", "hard": ""}, {"hard": "Two nights\nof no sleep."}]
    section = checkin_section(content_real, answers)
    assert [type(p).__name__ for p in section.parts] == ["Table"]
    table = section.parts[0]
    assert table.headers == [
        "Date",
        "Safety (0–10)",
        "Connection (0–10)",
        "What helped this week?",
        "What was hard this week?",
    ]
    assert table.rows == [
        ["2026-11-10", "3", "5", "The pause | signal.", ""],
        ["2026-11-11", "4", "5", "", "Two nights\nof no sleep."],
    ]
    summary = build_summary(checkin_documents(answers), content_real, made_on=date(2026, 11, 30))
    md = render(summary, "md")[0].decode()
    # One line a week in Markdown: the bar escaped, the line break a space, the empty answer blank.
    assert "| 2026-11-10 | 3 | 5 | The pause \\| signal. |   |" in md
    assert "| 2026-11-11 | 4 | 5 |   | Two nights of no sleep. |" in md
    assert "Twonightsofnosleep." in squeezed("".join(pdf_pages(render(summary, "pdf")[0])))


def test_a_very_long_checkin_answer_is_printed_under_its_question(content_real):
    answer = " ".join(f"word{i}" for i in range(2500))
    summary = build_summary(
        checkin_documents([{"helped": answer, "hard": ""}, {"hard": "SHORT"}]), content_real, made_on=date(2026, 11, 30)
    )
    text = "\n".join(pdf_pages(render(summary, "pdf")[0]))
    assert "2026-11-10\n" in text and "What helped this week? word0 word1" in text
    assert re.findall(r"word\d+", text) == answer.split()
    assert "What was hard this week? SHORT" in text
    assert text.count("What was hard this week?") == 1  # an empty answer is not printed as a question alone


def test_checkins_with_many_questions_answered_list_them_under_the_ratings(content_real):
    answers = [{"helped": "HELPED", "hard": "HARD", "therapy": "THERAPY"}, {"helped": "ALONE"}]
    section = checkin_section(content_real, answers)
    table, *entries = section.parts
    assert table.headers == ["Date", "Safety (0–10)", "Connection (0–10)"]  # columns would be too narrow
    assert [(e.title, e.text) for e in entries] == [
        (
            "Check-in of 2026-11-10",
            "What helped this week? HELPED\nWhat was hard this week? HARD\nOne thing to bring to therapy THERAPY",
        ),
        ("Check-in of 2026-11-11", "What helped this week? ALONE"),
    ]


# --- HTML on paper ---------------------------------------------------------------------------------


def test_html_prints_the_privacy_footer_in_the_page_margin():
    from trustroad.export.html import page_foot

    for everything, footer in (
        (False, "Private — therapy summary"),
        (True, "PRIVATE — my whole workbook, not for sharing"),
    ):
        html = render(build_summary(documents(), content(), made_on=MADE_ON, everything=everything), "html")[0].decode()
        assert f'@page {{ @bottom-center {{ content: "{footer}";' in html
        # Not a fixed element over the text (and no later rule hiding it on paper).
        assert "position: fixed" not in html and "print-foot" not in html
    assert page_foot('a "quoted" \\ word') == (
        '@page { @bottom-center { content: "a \\"quoted\\" \\\\ word"; font-size: 8pt; color: #555; } }\n'
    )
