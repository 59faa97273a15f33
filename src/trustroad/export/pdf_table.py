"""Tables in the PDF: columns as wide as their content needs, and a table kept in one piece.

fpdf2 gives every column the same width unless told otherwise, which squeezed a promise's wording
into three lines beside wide columns of single digits. The widths here follow the way a browser
lays out a table: each column gets at least its longest word, and the room left over goes to the
columns with the most text.

A table that fits on a page is never split (its last row alone on the next page read as a new
table); a longer one runs on, its header row repeated. A row taller than a whole page cannot be
drawn by fpdf2 at all, so such a table is written out row by row instead (every word kept).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trustroad.export.model import Table
from trustroad.export.pdf_style import FAMILY, LEADING, RULE

if TYPE_CHECKING:
    from fpdf import FPDF

SIZE = 9.5  # points: the smallest text in the summary a person wrote, still easy to read on paper
LINE = SIZE * LEADING  # mm per line
PAD = 0.8  # mm inside each cell
HEAD_FILL = (238, 243, 248)
ROOM_ABOVE = 30  # mm: a table up to a page less this is kept whole, with a title and heading above it


def _words(text: str) -> list[str]:
    return text.split() or [""]


def column_widths(pdf: FPDF, headers: list[str], rows: list[list[str]], width: float) -> list[float]:
    """Widths in mm, at most `width` together: every column at least as wide as its longest word."""
    slack = 2 * PAD + 1.2  # padding, the border line and a little air
    least, most = [], []
    for col, header in enumerate(headers):
        pdf.set_font(FAMILY, "B", SIZE)
        head_words = [pdf.get_string_width(w) for w in _words(header)]
        head_full = pdf.get_string_width(header)
        pdf.set_font(FAMILY, "", SIZE)
        cells = [row[col] if col < len(row) else "" for row in rows]
        words = [pdf.get_string_width(w) for cell in cells for w in _words(cell)]
        lines = [pdf.get_string_width(line) for cell in cells for line in cell.splitlines() or [""]]
        least.append(max([*head_words, *words]) + slack)
        # A header may wrap onto two lines rather than widen a column of short values.
        most.append(max([max(head_words), head_full / 2, *lines]) + slack)
    if sum(least) >= width:  # too many long words: shrink them all alike (fpdf2 breaks a word that must)
        return [w * width / sum(least) for w in least]
    if sum(most) <= width:  # every cell on one line: the table is only as wide as that
        return most
    # The widest columns give way first, down to a common width (never below their longest word):
    # short values ("every day", "12") stay on one line and the wording wraps in the room left.
    low, high = 0.0, max(most)
    for _ in range(40):
        cap = (low + high) / 2
        if sum(max(lo, min(hi, cap)) for lo, hi in zip(least, most, strict=True)) > width:
            high = cap
        else:
            low = cap
    widths = [max(lo, min(hi, low)) for lo, hi in zip(least, most, strict=True)]
    spare = width - sum(widths)
    wide = [i for i, w in enumerate(widths) if w < most[i]] or [len(widths) - 1]
    for i in wide:  # what the search left over (a fraction of a mm)
        widths[i] += spare / len(wide)
    return widths


def row_heights(pdf: FPDF, headers: list[str], rows: list[list[str]], widths: list[float]) -> list[float]:
    """The height in mm of each row as fpdf2 will draw it, the header row first."""
    from fpdf.enums import MethodReturnValue
    from fpdf.util import Padding

    heights = []
    for index, cells in enumerate([headers, *rows]):
        pdf.set_font(FAMILY, "B" if index == 0 else "", SIZE)
        tallest = 0.0
        for text, width in zip(cells, widths, strict=False):
            height = pdf.multi_cell(
                width,
                LINE,
                text,
                max_line_height=LINE,
                padding=Padding.new(PAD),
                dry_run=True,
                output=MethodReturnValue.HEIGHT,
            )
            tallest = max(tallest, float(height))  # type: ignore[arg-type]  # HEIGHT alone is a float
        heights.append(tallest)
    return heights


def _layout(
    pdf: FPDF, table: Table, t: Callable[[str], str]
) -> tuple[list[str], list[list[str]], list[float], list[float]]:
    """The header and rows as drawn, the column widths and the row heights (the header row first)."""
    headers = [t(h) for h in table.headers]
    rows = [[t(c) for c in row] for row in table.rows]
    widths = column_widths(pdf, headers, rows, pdf.epw)
    return headers, rows, widths, row_heights(pdf, headers, rows, widths)


def table_height(pdf: FPDF, table: Table, t: Callable[[str], str]) -> float:
    """The height the whole table takes (for keeping a heading with the table under it)."""
    return sum(_layout(pdf, table, t)[3])


def moves_whole(pdf: FPDF, height: float) -> bool:
    """Whether a table this tall is kept in one piece: it fits on a page below a title and a heading."""
    return height <= pdf.eph - ROOM_ABOVE


def draw_table(pdf: FPDF, table: Table, t: Callable[[str], str], rows_as_text: Callable[[Table], None]) -> None:
    """Draw `table` across the page; `rows_as_text` writes it out instead when a row is taller than a page."""
    from fpdf.fonts import FontFace

    headers, rows, widths, heights = _layout(pdf, table, t)
    if max(heights) > pdf.eph - heights[0]:  # fpdf2 cannot draw it (it raises)
        rows_as_text(table)
        return
    if moves_whole(pdf, sum(heights)) and pdf.will_page_break(sum(heights)):
        pdf.add_page()  # the whole table on the next page, rather than its last rows alone there
    pdf.set_font(FAMILY, "", SIZE)
    pdf.set_draw_color(*RULE)
    pdf.set_fill_color(255, 255, 255)  # body cells stay white whatever was drawn before
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="LEFT",
        text_align="LEFT",
        v_align="TOP",
        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
        line_height=LINE,
        padding=PAD,
    ) as out:
        for cells in [headers, *rows]:
            row = out.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(2)
