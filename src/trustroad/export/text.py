"""A person's text (or a content file's) as every export format shows it.

The one way in for the renderers (`md_text`, `esc`, the PDF's `t`): line ends become "\n",
then `safe_text.printable` drops control characters and escape sequences, so no format can
carry ESC, BEL and the like to a terminal that prints the file. The line ends come first
because a lone CR is a line break (old files, pasted text), and printable alone would drop it
and run two lines together.
"""

from __future__ import annotations

from trustroad.safe_text import printable


def plain(text: str) -> str:
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"))
