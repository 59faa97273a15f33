"""PDF with fpdf2 (imported only here, only when a PDF is made) and the bundled DejaVu Sans.

DejaVu Sans draws Latin with accents, curly quotes, dashes, Greek and Cyrillic. A
character it cannot draw (emoji, CJK …) is never dropped silently: it is written as a
visible code such as [U+1F600] and reported, with the advice that HTML keeps everything.
Text stays real text (selectable, searchable); charts are drawn with lines.

Every piece of text is drawn through `t` in `render_pdf` (control characters dropped by
`export.text.plain`). fpdf2's own warnings and log lines (such as "missing glyphs") quote the
text they are about, so they never reach the terminal: the command names undrawable characters
itself, in its own words.
"""

from __future__ import annotations

import logging
import unicodedata
import warnings
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from trustroad.export.model import Bullets, Chart, Entry, Heading, Para, Part, Summary, Table
from trustroad.export.pdf_chart import CHART_HEIGHT, draw_chart
from trustroad.export.pdf_style import BODY, FAMILY, FONT, FONT_BOLD, INK, LEADING, MUTED, RULE, Color
from trustroad.export.pdf_table import draw_table, moves_whole, table_height
from trustroad.export.text import plain

if TYPE_CHECKING:  # for annotations only: fpdf2 is imported when a PDF is made, not with this module
    from fpdf import FPDF

SECTION_TITLE = 13 * LEADING + 3.5  # mm a section's title takes, with its rule and space around
HEADING = 11 * LEADING + 1.5  # mm a heading inside a section takes
MARK_WIDTH = 5  # mm for a list item's bullet or check box
TWO_LINES = 2 * BODY * LEADING + 0.5  # mm: an entry never starts with its title alone at the foot of a page


class Write(Protocol):
    """`render_pdf`'s `write`: a block of text in the given size, style and colour, then a gap."""

    def __call__(
        self,
        text: str,
        size: float = ...,
        style: str = ...,
        color: Color = ...,
        gap: float = ...,
        indent: float = ...,
        mark: str = ...,
    ) -> None: ...


@lru_cache(maxsize=1)
def font_charset() -> frozenset[int]:
    """Code points the bundled font can draw (read once from its cmap with fontTools)."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # fontTools ships no types

    charsets = []
    for path in (FONT, FONT_BOLD):
        with TTFont(str(path), lazy=True) as font:
            charsets.append(set(font.getBestCmap()))
    # A character must be drawable in both weights, since titles are bold.
    return frozenset(charsets[0] & charsets[1])


def missing_characters(texts: list[str]) -> list[str]:
    """Sorted distinct characters the font cannot draw (control characters aside: they are not drawn)."""
    charset = font_charset()
    found = {ch for text in texts for ch in set(plain(text)) if ord(ch) >= 32 and ord(ch) not in charset}
    return sorted(found)


def describe(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')}"


def missing_warning(missing: list[str]) -> str:
    shown = ", ".join(describe(ch) for ch in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    count = len(missing)
    return (
        f"The PDF font cannot draw {count} character{'s' if count != 1 else ''}: {shown}{more}. "
        f"They appear in the PDF as codes like [U+{ord(missing[0]):04X}]. The HTML summary keeps every character."
    )


def quiet_fpdf() -> None:
    """Keep fpdf2's log lines (they quote the person's text) off stderr and out of any log file.

    For the whole process, not around each PDF: a logger switched back and forth races with a
    PDF made on another thread. A NullHandler also stops Python's last-resort stderr handler.
    """
    logger = logging.getLogger("fpdf")
    logger.propagate = False
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def render_pdf(summary: Summary) -> tuple[bytes, list[str]]:
    quiet_fpdf()
    # fpdf2's warnings may quote the text too; what matters is reported by `missing_warning`.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _render_pdf(summary)


def _render_pdf(summary: Summary) -> tuple[bytes, list[str]]:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    missing = missing_characters(summary.texts())
    swap = {ord(ch): f"[U+{ord(ch):04X}]" for ch in missing}

    def t(text: str) -> str:
        # Control characters are not text (and not in the font); nor are tabs, drawn as spaces.
        text = plain(text).replace("\t", "    ")
        return text.translate(swap) if swap else text

    class SummaryPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font(FAMILY, "", 8)
            self.set_text_color(*MUTED)
            self.cell(0, 8, f"{summary.footer} — page {self.page_no()}", align="C")

    pdf = SummaryPDF(format="A4")
    # fpdf2 would replace "{nb}" anywhere on a page, including in the person's own words.
    pdf.alias_nb_pages(None)  # type: ignore[arg-type]  # None turns the alias off
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(summary.title)
    pdf.set_creator("trustroad")
    pdf.add_font(FAMILY, "", str(FONT))
    pdf.add_font(FAMILY, "B", str(FONT_BOLD))
    pdf.set_text_color(*INK)

    def write(
        text: str,
        size: float = BODY,
        style: str = "",
        color: Color = INK,
        gap: float = 1.5,
        indent: float = 0,
        mark: str = "",
    ) -> None:
        pdf.set_font(FAMILY, style, size)
        pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + indent)
        if mark:  # a list item: its lines wrap under the text, not under the mark
            pdf.cell(MARK_WIDTH, size * LEADING, mark)
        pdf.multi_cell(0, size * LEADING, t(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            pdf.ln(gap)

    pdf.add_page()
    write(summary.title, 18, "B", gap=2)
    # Who, which period and when, on one line (it wraps if a name is long).
    facts = [f"For: {summary.name}"] if summary.name else []
    facts += [f"Period: {summary.period.label}", f"Made on: {summary.made_on.isoformat()}"]
    write("   ·   ".join(facts), gap=2)
    pdf.set_draw_color(216, 162, 0)
    pdf.set_font(FAMILY, "", BODY - 0.5)  # the size of table text and notes
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        0,
        (BODY - 0.5) * LEADING,
        t(summary.privacy),
        border=1,
        padding=2,
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    if not summary.sections:
        write("Nothing has been chosen for this summary yet.")

    for section in summary.sections:
        # Sections run on (a page each left most pages blank); a heading never ends a page, and
        # stays with what comes first under it.
        first = _keep(pdf, section.parts[0], t) if section.parts else 0
        if pdf.will_page_break(SECTION_TITLE + first):
            pdf.add_page()
        else:
            pdf.ln(1.5)
        write(section.title, 13, "B", gap=0)
        pdf.set_draw_color(*RULE)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.8, pdf.w - pdf.r_margin, pdf.get_y() + 0.8)
        pdf.ln(2)
        for index, part in enumerate(section.parts):
            after = section.parts[index + 1] if index + 1 < len(section.parts) else None
            if isinstance(part, Heading) and pdf.will_page_break(HEADING + (_keep(pdf, after, t) if after else 0)):
                pdf.add_page()  # never leave a heading alone at the foot of a page
            _part(pdf, part, write, t)

    return bytes(pdf.output()), ([missing_warning(missing)] if missing else [])


def _part(pdf: FPDF, part: Part, write: Write, t: Callable[[str], str]) -> None:
    if isinstance(part, Heading):
        pdf.ln(0.5)
        write(part.text, 11, "B", color=(43, 74, 107), gap=1)
    elif isinstance(part, Para):
        write(part.text, BODY - 0.5 if part.muted else BODY, color=MUTED if part.muted else INK, gap=1.5)
    elif isinstance(part, Entry):
        if pdf.will_page_break(TWO_LINES):
            pdf.add_page()
        # The title in bold and its details muted, on one line (wrapping if long), then the text.
        pdf.set_font(FAMILY, "B", BODY)
        pdf.set_text_color(*INK)
        pdf.write(BODY * LEADING, t(part.title))
        if part.meta:
            pdf.set_font(FAMILY, "", BODY - 1.5)
            pdf.set_text_color(*MUTED)
            pdf.write(BODY * LEADING, t(f"  ·  {part.meta}"))
        pdf.ln(BODY * LEADING)
        write(part.text, gap=1.5)
    elif isinstance(part, Bullets):
        for index, item in enumerate(part.items):
            check = part.check(index)
            mark = "•" if check is None else ("☑" if check else "☐")
            write(item, color=MUTED if check else INK, gap=0.6, indent=2, mark=mark)
        pdf.ln(1)
    elif isinstance(part, Table):
        pdf.set_text_color(*INK)
        draw_table(pdf, part, t, lambda table: _rows_as_text(table, write))
    elif isinstance(part, Chart):
        draw_chart(pdf, part, t)


def _keep(pdf: FPDF, part: Part, t: Callable[[str], str]) -> float:
    """The height that must fit below a heading for `part` to start on the same page (mm)."""
    if isinstance(part, Table):
        height = table_height(pdf, part, t)
        return height if moves_whole(pdf, height) else 20  # a longer one may start with a few rows
    if isinstance(part, Chart):
        return CHART_HEIGHT + 14  # with its title above and its dates below
    return TWO_LINES  # a title and a line of text


def _rows_as_text(table: Table, write: Write) -> None:
    """A table with a row too tall for a page, written out row by row: every word kept."""
    for cells in table.rows:
        lines = [_labelled(head, cell) for head, cell in zip(table.headers, cells, strict=False) if cell.strip()]
        for number, line in enumerate(lines):  # the other columns indented under the first
            write(line, gap=2 if number == len(lines) - 1 else 0.5, indent=3 if number else 0)


def _labelled(head: str, cell: str) -> str:
    """A cell under its column name: "Whose: Mine", or a question then its answer ("What helped? The walk")."""
    if not head:
        return cell
    return f"{head} {cell}" if head.endswith(("?", ":")) else f"{head}: {cell}"
