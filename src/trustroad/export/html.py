"""One self-contained HTML file: inline CSS and SVG, no fonts, scripts or images from anywhere.

Every piece of the person's text goes through `esc` (control characters dropped by
`export.text.plain`, then html.escape, quotes included), so `<script>`, `&` and markup-like
text show literally and no escape sequence reaches a terminal that prints the file. Readable on a phone (viewport,
fluid width) and clean on paper (print styles: sections run on, a heading never ends a page, a short
table is never split, and every printed page says at its foot that it is private).
"""

from __future__ import annotations

from html import escape
from typing import assert_never

from trustroad.export.model import Bullets, Chart, Entry, Heading, Para, Part, Summary, Table
from trustroad.export.text import plain

CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  line-height: 1.5; color: #1d1d1f; background: #fff; margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
h1 { font-size: 1.7rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #c9d6e3; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; color: #2b4a6b; }
.meta { color: #555; margin: .1rem 0; }
.privacy { background: #fff6e0; border-left: 4px solid #d8a200; padding: .6rem .8rem; margin: 1rem 0; }
.muted { color: #666; font-style: italic; }
.entry { margin: .8rem 0; }
.entry-title { font-weight: 600; }
.entry-meta { color: #666; font-size: .9rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .2rem 0 0; }
ul { padding-left: 1.4rem; }
li { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
li.open::marker { content: "☐  "; }
li.done::marker { content: "☑  "; }
li.done { color: #555; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #c9d6e3; padding: .3rem .6rem; text-align: left; vertical-align: top; }
td { white-space: pre-wrap; overflow-wrap: break-word; }
th { background: #eef3f8; }
figure { margin: .8rem 0; }
svg { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #444; }
@page { margin: 16mm 16mm 18mm; }
@media print {
  /* Paper: the PDF's sizes and spacing (about two pages for a month), never a page per section. */
  body { font-size: 10pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 17pt; margin: 0 0 .2rem; }
  h2 { font-size: 13pt; margin: .9rem 0 .35rem; }
  h3 { font-size: 11pt; margin: .55rem 0 .2rem; }
  p, ul, figure { margin: .3rem 0; }
  li { margin: .1rem 0; }
  .meta { display: inline; margin: 0 1.2em 0 0; }  /* who, which period, when: one line, as in the PDF */
  .entry { margin: .4rem 0; }
  .entry-meta { font-weight: normal; font-size: 8.5pt; }
  .text { margin: 0; }
  table { font-size: 9.5pt; margin: .3rem 0; }
  th, td { padding: .1rem .35rem; }
  .table-wrap { overflow: visible; }
  svg { height: 36mm; width: auto; }
  figcaption { font-size: 9pt; }
  h2, h3, .entry-title { break-after: avoid; page-break-after: avoid; }
  /* A short table moves whole to the next page; a long one breaks between rows, its header repeated. */
  .entry, tr, figure, table { break-inside: avoid; page-break-inside: avoid; }
  .privacy { background: none; border: 1px solid #999; padding: .3rem .5rem; margin: .5rem 0; }
}

"""


def page_foot(footer: str) -> str:
    """Every printed page says at its foot that it is private, in the page's bottom margin where it
    cannot cover a line of the summary (a fixed-position footer could sit over the last line of a
    full page; and a later `display: none` in the styles had kept it off paper altogether).

    A page margin box: Chromium-based browsers (from version 131) and WeasyPrint print it; Firefox
    and Safari do not yet. `footer` is the app's own wording, quoted as a CSS string."""
    quoted = '"' + footer.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"@page {{ @bottom-center {{ content: {quoted}; font-size: 8pt; color: #555; }} }}\n"


def esc(text: str) -> str:
    return escape(plain(text), quote=True)


def render_html(summary: Summary) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',
        f"<title>{esc(summary.title)}</title>",
        f"<style>{CSS}{page_foot(summary.footer)}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{esc(summary.title)}</h1>",
    ]
    if summary.name:
        out.append(f'<p class="meta"><strong>For:</strong> {esc(summary.name)}</p>')
    out += [
        f'<p class="meta"><strong>Period:</strong> {esc(summary.period.label)}</p>',
        f'<p class="meta"><strong>Made on:</strong> {esc(summary.made_on.isoformat())}</p>',
        f'<p class="privacy">{esc(summary.privacy)}</p>',
        "</header>",
    ]
    if not summary.sections:
        out.append("<p>Nothing has been chosen for this summary yet.</p>")
    for section in summary.sections:
        out.append(f'<section id="{esc(section.key)}">')
        out.append(f"<h2>{esc(section.title)}</h2>")
        for part in section.parts:
            out.append(_part(part))
        out.append("</section>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _part(part: Part) -> str:
    if isinstance(part, Heading):
        return f"<h3>{esc(part.text)}</h3>"
    if isinstance(part, Para):
        cls = ' class="muted"' if part.muted else ""
        return f"<p{cls}>{esc(part.text)}</p>"
    if isinstance(part, Entry):
        meta = f' <span class="entry-meta">({esc(part.meta)})</span>' if part.meta else ""
        return (
            f'<div class="entry"><div class="entry-title">{esc(part.title)}{meta}</div>'
            f'<p class="text">{esc(part.text)}</p></div>'
        )
    if isinstance(part, Bullets):
        items = []
        for index, item in enumerate(part.items):
            check = part.check(index)
            cls = "" if check is None else (' class="done"' if check else ' class="open"')
            items.append(f"<li{cls}>{esc(item)}</li>")
        return "<ul>" + "".join(items) + "</ul>"
    if isinstance(part, Table):
        head = "".join(f"<th>{esc(h)}</th>" for h in part.headers)
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in part.rows)
        return f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    if isinstance(part, Chart):
        return chart_svg(part)
    assert_never(part)


def chart_svg(chart: Chart, width: int = 600, height: int = 200) -> str:
    """A line chart as inline SVG, with a text description for screen readers."""
    pad_l, pad_r, pad_t, pad_b = 36, 12, 12, 28
    inner_w, inner_h = width - pad_l - pad_r, height - pad_t - pad_b
    span = (chart.high - chart.low) or 1
    count = len(chart.values)

    def x(i: int) -> float:
        return pad_l + (inner_w * i / (count - 1) if count > 1 else inner_w / 2)

    def y(v: float) -> float:
        return pad_t + inner_h * (1 - (v - chart.low) / span)

    grid = []
    for value in (chart.low, (chart.low + chart.high) / 2, chart.high):
        grid.append(
            f'<line x1="{pad_l}" y1="{y(value):.1f}" x2="{width - pad_r}" y2="{y(value):.1f}" '
            'stroke="#d5dde6" stroke-width="1"/>'
            f'<text x="{pad_l - 6}" y="{y(value) + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#555">{value:g}</text>'
        )
    points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(chart.values))
    dots = "".join(
        f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="#2b6cb0"/>' for i, v in enumerate(chart.values)
    )
    labels = ""
    if chart.labels:
        ends = {0: "start", count - 1: "end"} if count > 1 else {0: "middle"}
        for i, anchor in ends.items():
            labels += (
                f'<text x="{x(i):.1f}" y="{height - 8}" font-size="11" text-anchor="{anchor}" '
                f'fill="#555">{esc(chart.labels[i])}</text>'
            )
    scale = f"{chart.low:g}–{chart.high:g}" + (f" {chart.unit}" if chart.unit else "")
    desc = f"{chart.title}, {count} point{'s' if count != 1 else ''} on a scale of {scale}"
    return (
        f'<figure><svg viewBox="0 0 {width} {height}" role="img" aria-label="{esc(desc)}">'
        + "".join(grid)
        + (f'<polyline points="{points}" fill="none" stroke="#2b6cb0" stroke-width="2"/>' if count > 1 else "")
        + dots
        + labels
        + f"</svg><figcaption>{esc(chart.title)} ({esc(scale)})</figcaption></figure>"
    )
