"""A chart in the PDF: a line over a fixed scale, drawn with lines (no image), its text real text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trustroad.export.model import Chart
from trustroad.export.pdf_style import ACCENT, BODY, FAMILY, INK, MUTED, RULE

if TYPE_CHECKING:
    from fpdf import FPDF

CHART_HEIGHT = 25  # mm, the plot itself: its title comes above it and its first and last dates below


def draw_chart(pdf: FPDF, chart: Chart, t: Callable[[str], str]) -> None:
    width, height = pdf.w - pdf.l_margin - pdf.r_margin - 12, CHART_HEIGHT
    if pdf.will_page_break(height + 14):  # with its title and dates
        pdf.add_page()
    scale = f"{chart.low:g}–{chart.high:g}" + (f" {chart.unit}" if chart.unit else "")
    pdf.set_font(FAMILY, "B", BODY)
    pdf.set_text_color(*INK)
    pdf.cell(0, 5, t(f"{chart.title} ({scale})"), new_x="LMARGIN", new_y="NEXT")
    left, top = pdf.l_margin + 10, pdf.get_y() + 2
    span = (chart.high - chart.low) or 1
    count = len(chart.values)

    def x(i: int) -> float:
        return left + (width * i / (count - 1) if count > 1 else width / 2)

    def y(v: float) -> float:
        return top + height * (1 - (v - chart.low) / span)

    pdf.set_font(FAMILY, "", 7.5)
    pdf.set_text_color(*MUTED)
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)
    for value in (chart.low, (chart.low + chart.high) / 2, chart.high):
        pdf.line(left, y(value), left + width, y(value))
        pdf.set_xy(left - 10, y(value) - 2)
        pdf.cell(8, 4, f"{value:g}", align="R")
    pdf.set_draw_color(*ACCENT)
    pdf.set_fill_color(*ACCENT)
    pdf.set_line_width(0.5)
    if count > 1:
        pdf.polyline([(x(i), y(v)) for i, v in enumerate(chart.values)])
    if count <= 60:
        for i, v in enumerate(chart.values):
            pdf.circle(x(i), y(v), 0.9, style="F")
    if chart.labels:
        pdf.set_xy(left, top + height + 1)
        pdf.cell(width / 2, 4, t(chart.labels[0]), align="L")
        if count > 1:
            pdf.cell(width / 2, 4, t(chart.labels[-1]), align="R")
    pdf.set_text_color(*INK)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, top + height + 7)
