"""Content text, cleaned once as it is read: every screen and every export then shows it safely.

A content pack is text from outside, like a person's journal: it could hold escape sequences
(a terminal obeys them wherever they are drawn) or links (trustroad makes no network
connections and opens no link). The loader passes every field and every step body through here.
"""

from __future__ import annotations

import re

from trustroad.safe_text import printable

# A Markdown link or image, `[words](address "title")` or `![words](address)`. trustroad opens no
# links (it makes no network connections), so a link is rewritten as its words and its address,
# both shown as plain text: "words (address)".
_LINK = re.compile(r"""!?\[([^\[\]\n]*)\]\(\s*<?([^\s()<>]*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)""")


def _unlinked(match: re.Match[str]) -> str:
    words, address = match.group(1).strip(), match.group(2)
    if not address or words == address:
        return words or address
    return f"{words} ({address})" if words else address


def clean_text(text: str) -> str:
    """Content text as every screen and export shows it: no control characters or escape sequences
    (a pack could hold them as easily as a person's journal), cleaned once, here, when it is read."""
    return printable(text)


def clean_body(body: str) -> str:
    """A step's Markdown body: clean, and every link shown as its words and address."""
    return _LINK.sub(_unlinked, printable(body))


def clean_fields(value: object) -> object:
    """Every string in parsed YAML fields (keys included), cleaned; the rest unchanged."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_fields(k): clean_fields(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_fields(v) for v in value]
    return value
