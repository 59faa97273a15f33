"""Markdown (CommonMark) that also reads well as plain text.

Every piece of the person's text goes through `md_text`, which drops control characters
(`export.text.plain`: a summary printed with `-o -` goes to a terminal) and backslash-escapes
what CommonMark would otherwise interpret (emphasis, links, HTML, headings, lists, tables),
so the text means exactly what was typed, in any Markdown viewer; and only that, so that read
as plain text it is still the person's own punctuation.
"""

from __future__ import annotations

import re
from typing import assert_never

from trustroad.export.model import Bullets, Chart, Entry, Heading, Para, Part, Summary, Table
from trustroad.export.text import plain
from trustroad.sparkline import sparkline

# Inline marks escaped only where CommonMark (or a common extension) could read them, so the file
# stays readable as plain text ("it's 5 p.m. - fine (really)" is left as it is):
#   ` * ~ |   always (code spans and fences, emphasis, strikethrough, table cells): rare in prose
#   [        always (links, images and reference definitions all start with it)
#   _        unless inside a word (snake_case cannot open or close emphasis)
#   <        before a letter, "/", "!" or "?" (an HTML tag, comment or autolink)
#   &        before "name;" or "#123;" (an entity)
#   \        before punctuation or at a line end (an escape itself, or a hard line break)
# Every one of them starts with one of these characters.
_MARK_START = r"[`*~|\[_<&\\]"
# The leading look-ahead lets every ordinary character fail at once, before the look-behind
# of the "_" rule is tried at each position of a long entry.
_INLINE = re.compile(
    rf"(?={_MARK_START})(?:"
    r"[`*~|\[]"
    r"|(?<![^\W_])_|_(?![^\W_])"
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#?\w+;)"
    r"|\\(?=[!-/:-@\[-`{-~]|$)"
    r")",
    re.MULTILINE,
)
# Most text holds none of those characters: one scan for a single character class settles that
# quicker than the whole pattern can.
_ANY_MARK_START = re.compile(_MARK_START)
# Line starts that would become a heading, quote, list item, rule or setext underline.
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_BULLET = re.compile(r"[-+*](?:[ \t]|$)")
_RULE_OR_UNDERLINE = re.compile(r"(?:[-_*=][ \t]*)+$")
# "1." or "1)" then a space: an ordered list; the punctuation is escaped (a digit cannot be).
# CommonMark's list numbers are ASCII digits only.
_ORDERED = re.compile(r"[0-9]{1,9}(?=[.)](?:[ \t]|$))")
# The first characters any of those line starts can have: a line beginning with anything else
# (most lines: a letter) is left as it is without trying each pattern.
_MAYBE_LINE_START = frozenset(">#-+*_=0123456789")


def _inline(text: str) -> str:
    if _ANY_MARK_START.search(text) is None:
        return text
    return _INLINE.sub(r"\\\g<0>", text)


def _line_start(line: str) -> str:
    if not line or line[0] not in _MAYBE_LINE_START:
        return line
    if line.startswith(">") or _HEADING.match(line) or _BULLET.match(line) or _RULE_OR_UNDERLINE.match(line):
        return "\\" + line
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
    text = _inline(plain(text))
    if "\n" not in text:  # one line (plain made every line end "\n"): no breaks or paragraphs to keep
        return _line_start(text.strip())
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
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
    # A table cell holds inline text only: no line start to escape, one line.
    return _inline(" ".join(plain(text).split())) or " "


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
