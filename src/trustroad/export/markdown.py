"""Markdown (CommonMark) that also reads well as plain text.

Every piece of the person's text goes through `md_text`, which drops control characters
(`export.text.plain`: a summary printed with `-o -` goes to a terminal) and backslash-escapes
what CommonMark would otherwise interpret (emphasis, links, HTML, headings, lists, tables),
so the text means exactly what was typed, in any Markdown viewer.
"""

from __future__ import annotations

import re
from typing import assert_never

from trustroad.export.model import Bullets, Chart, Entry, Heading, Para, Part, Summary, Table
from trustroad.export.text import plain
from trustroad.sparkline import sparkline

# Characters CommonMark may interpret anywhere in a line: a backslash in front keeps them literal.
_INLINE_MARKS = "\\`*_[]<>&|~!"
_HAS_INLINE_MARK = re.compile(f"[{re.escape(_INLINE_MARKS)}]")
_ESCAPE_INLINE = str.maketrans({mark: "\\" + mark for mark in _INLINE_MARKS})
# Line starts that would become a heading, quote, list item, rule or setext underline.
_BLOCK_MARKS = ("#", ">", "+", "=", "-")
# "1." or "1)" at a line start is an ordered list: escape the punctuation (a digit cannot be escaped).
_ORDERED = re.compile(r"\d+(?=[.)])")


def _line_start(line: str) -> str:
    if line.startswith(_BLOCK_MARKS):
        return "\\" + line
    if line[:1].isdigit():  # perhaps an ordered list
        match = _ORDERED.match(line)
        if match:
            return line[: match.end()] + "\\" + line[match.end() :]
    return line


def md_text(text: str) -> str:
    """Escape one piece of user text; keeps its line breaks (as hard breaks) and paragraphs.

    Lines are stripped (indentation would turn them into code); blank lines separate
    paragraphs; two trailing spaces make a hard line break, invisible in plain text.
    """
    # First: escaping first would split an escape sequence (ESC then a backslash-escaped "[").
    text = plain(text)
    if _HAS_INLINE_MARK.search(text):
        text = text.translate(_ESCAPE_INLINE)
    if "\n" not in text and "\r" not in text:  # one line: no breaks or paragraphs to keep
        return _line_start(text.strip())
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        if line:
            lines.append(_line_start(line))
        elif lines:  # a blank line ends a paragraph
            paragraphs.append("  \n".join(lines))
            lines = []
    if lines:
        paragraphs.append("  \n".join(lines))
    return "\n\n".join(paragraphs)


def _cell(text: str) -> str:
    return md_text(text).replace("  \n", " ").replace("\n", " ") or " "


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _number(value: float) -> str:
    return f"{value:g}"


def render_markdown(summary: Summary) -> str:
    lines: list[str] = [f"# {md_text(summary.title)}", ""]
    if summary.name:
        lines += [f"**For:** {md_text(summary.name)}  "]
    lines += [
        f"**Period:** {md_text(summary.period.label)}  ",
        f"**Made on:** {summary.made_on.isoformat()}",
        "",
        f"> {md_text(summary.privacy)}",
        "",
    ]
    if not summary.sections:
        lines += ["Nothing has been chosen for this summary yet.", ""]
    for section in summary.sections:
        lines += [f"## {md_text(section.title)}", ""]
        for part in section.parts:
            lines += _part(part)
    return "\n".join(lines).rstrip("\n") + "\n"


def _part(part: Part) -> list[str]:
    if isinstance(part, Entry):
        title = md_text(part.title)
        heading = f"**{title}** ({md_text(part.meta)})" if part.meta else f"**{title}**"
        return [heading, "", md_text(part.text), ""]
    if isinstance(part, Heading):
        return [f"### {md_text(part.text)}", ""]
    if isinstance(part, Para):
        text = md_text(part.text)
        return [f"*{text}*" if part.muted and "\n" not in text else text, ""]
    if isinstance(part, Bullets):
        out = []
        for index, item in enumerate(part.items):
            check = part.check(index)
            box = "" if check is None else ("[x] " if check else "[ ] ")
            # Continuation lines of a multi-line item are indented under the bullet.
            body = md_text(item).replace("\n", "\n  ")
            out.append(f"- {box}{body}")
        return [*out, ""]
    if isinstance(part, Table):
        return [*_table(part.headers, part.rows), ""]
    if isinstance(part, Chart):
        # Not strict: the builders give every value a label, and a table is no place to fail on one missing.
        rows = [[label, _number(value)] for label, value in zip(part.labels, part.values, strict=False)]
        scale = f"{_number(part.low)}–{_number(part.high)}{(' ' + part.unit) if part.unit else ''}"
        line = f"**{md_text(part.title)}** ({md_text(scale)}): `{sparkline(part.values)}`"
        return [line, "", *([*_table(["Date", "Value"], rows), ""] if part.table else [])]
    assert_never(part)
