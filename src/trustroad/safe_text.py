"""Text from a person or a content file, made safe to draw on a terminal or write to an export.

Stored text is always kept exactly as typed; this is applied only on the way out. A terminal obeys
escape sequences wherever they appear: an entry holding `ESC ] 52 ;` could overwrite the clipboard
on every repaint, `ESC [ 2 J` could blank the screen, BEL rings. So every control character goes:
C0 (except tab and newline), DEL, C1, and whole escape sequences (not only their ESC, which would
leave the rest of the sequence on screen as noise).
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    r"""
      (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?              # CSI, 7-bit (ESC [) or 8-bit, with its parameters
    | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC, ended by BEL or by ST
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC: ended by ST
    | \x1b[\x20-\x2f]*[\x30-\x7e]?                   # any other escape (a lone ESC included)
    | [\x00-\x08\x0b-\x1f\x7f-\x9f]                  # C0 but tab and newline; DEL; any other C1
    """,
    re.VERBOSE,
)


# Every sequence above starts with a control character, and almost no text holds one: a scan for
# a single character class is much quicker than trying each alternative at every position.
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without control characters or escape sequences; tabs, newlines and all other
    characters (any language, emoji) unchanged."""
    if _ANY_CONTROL.search(text) is None:
        return text
    return _UNSAFE.sub("", text)
