"""One rule for what reaches a terminal or an export: no control characters, no escape sequences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trustroad.safe_text import printable

CONTROL = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def test_the_audit_cases_lose_their_sequences_whole():
    assert printable("x \x1b]2;PWNED\x1b\\ \x1b]52;c;UFdORURDTElQ\x1b\\ end\n") == "x   end\n"
    assert printable("before\x1b[2Jafter") == "beforeafter"
    assert printable("bell\x07 and \x9b31m C1") == "bell and  C1"
    assert printable("8-bit \x9d0;title\x9c and \x90q\x9c gone") == "8-bit  and  gone"
    assert printable("title\x1b]0;set\x07done") == "titledone"
    assert printable("\x1bPq#0;2;0;0;0\x1b\\sixel gone") == "sixel gone"
    assert printable("lone escape at the end\x1b") == "lone escape at the end"


def test_ordinary_writing_is_unchanged():
    text = "Tabs\tand\nnewlines, «quotes», emoji 🙂, 日本語, Ünïcödé, [brackets] and a back\\slash"
    assert printable(text) == text


@given(st.text(alphabet=st.characters(codec=None, categories=None), max_size=200))
def test_no_control_character_survives_and_everything_else_does(text):
    out = printable(text)
    assert not CONTROL & set(out)
    # Nothing that is not part of an escape is lost: removing the controls from the original
    # and from the result leaves the result a subsequence of the original's ordinary characters.
    ordinary = [c for c in text if c not in CONTROL]
    it = iter(ordinary)
    assert all(c in it for c in out)
    # Only an escape sequence (7-bit ESC or an 8-bit introducer: CSI, OSC, DCS, SOS, PM, APC)
    # takes ordinary characters with it; any other control goes alone.
    if not set(text) & set("\x1b\x9b\x9d\x90\x98\x9e\x9f"):
        assert out == "".join(ordinary)
