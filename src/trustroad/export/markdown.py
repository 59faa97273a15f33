"""Markdown (CommonMark) that also reads well as plain text.

Every piece of the person's text goes through `md_text`, which backslash-escapes what
CommonMark would otherwise interpret (emphasis, links, HTML, headings, lists, tables),
so the text means exactly what was typed, in any Markdown viewer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trustroad.export.model import Bullets, Chart, Entry, Heading, Para, Summary, Table
from trustroad.sparkline import sparkline

# Characters CommonMark may interpret anywhere in a line: a backslash in front keeps them
# literal. str.translate does this at C speed, which matters for a summary of 10,000 entries.
_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~!"})
# Line starts that would become a heading, quote, list item, rule or setext underline.
_LINE_MARKS = "#>+=-"
# "1." or "1)" at a line start is an ordered list: escape the punctuation (a digit cannot be escaped).
_ORDERED = re.compile(r"\d+(?=[.)])")


def _line_start(line: str) -> str:
    first = line[:1]
    if first and first in _LINE_MARKS:
        return "\\" + line
    if first.isdigit() and ("." in line or ")" in line):  # cheap test first: dates start many titles
        match = _ORDERED.match(line)
        if match:
            return line[: match.end()] + "\\" + line[match.end():]
    return line


def md_text(text: str) -> str:
    """Escape one piece of user text; keeps its line breaks (as hard breaks) and paragraphs.

    Lines are stripped (indentation would turn them into code); blank lines separate
    paragraphs; two trailing spaces make a hard line break, invisible in plain text.
    Plain one-line text (most titles and labels) is returned as it is.
    """
    # Twelve substring tests at C speed: about five times quicker than one character-class
    # regex scan on a journal entry, and this runs three times per entry of the summary.
    if (
        "\\" in text or "`" in text or "*" in text or "_" in text or "[" in text or "]" in text
        or "<" in text or ">" in text or "&" in text or "|" in text or "~" in text or "!" in text
    ):
        text = text.translate(_INLINE)
    if "\n" not in text and "\r" not in text:
        first = text[:1]
        if first and (first.isspace() or first in _LINE_MARKS or first.isdigit() or text[-1].isspace()):
            return _line_start(text.strip())
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            first = line[0]
            lines.append(_line_start(line) if first in _LINE_MARKS or first.isdigit() else line)
        elif lines:
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
    append = lines.append
    # Entry metas repeat ("intensity 4/10" thousands of times in a long journal): escape each once.
    meta_text = lru_cache(maxsize=1024)(md_text)
    for section in summary.sections:
        lines += [f"## {md_text(section.title)}", ""]
        for part in section.parts:
            if isinstance(part, Entry):  # here rather than in _part: a long summary is mostly entries
                title = md_text(part.title)
                append(f"**{title}** ({meta_text(part.meta)})" if part.meta else f"**{title}**")
                append("")
                append(md_text(part.text))
                append("")
            else:
                lines += _part(part)
    # One newline at the very end. Dropping the trailing blank lines before the join saves
    # copying a summary of several megabytes twice (rstrip, then + "\n").
    while lines and not lines[-1]:
        lines.pop()
    lines.append("")
    text = "\n".join(lines)
    if not text or text.endswith("\n\n"):  # no lines at all, or a last line with its own newline
        text = text.rstrip("\n") + "\n"
    return text


def _part(part) -> list[str]:
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
        return out + [""]
    if isinstance(part, Table):
        return _table(part.headers, part.rows) + [""]
    if isinstance(part, Chart):
        rows = [[label, _number(value)] for label, value in zip(part.labels, part.values)]
        scale = f"{_number(part.low)}–{_number(part.high)}{(' ' + part.unit) if part.unit else ''}"
        line = f"**{md_text(part.title)}** ({md_text(scale)}): `{sparkline(part.values)}`"
        return [line, "", *(_table(["Date", "Value"], rows) + [""] if part.table else [])]
    return []
