"""What a person wrote, on its way to the screen: one place for the rule, used by every widget.

Stored text is kept exactly as typed (`trustroad journal add` can bring in anything, escape
sequences included). A terminal obeys escape sequences wherever they are drawn, so every piece
of a person's text goes through trustroad.safe_text.printable first, and is made plain Content,
never markup (square brackets are just brackets). Content text needs none of this here: the
content loader cleans it once, when it is read.

An editor (TextArea, Input) is loaded with the printable text too; a person cannot type an
escape character there, so nothing they can type is lost. If they leave the text as it was
shown, the stored text stays exactly as it was (`as_edited`), so opening and closing a form
never rewrites anything.
"""

from __future__ import annotations

from textual.content import Content

from trustroad.safe_text import printable


def shown(text: str) -> Content:
    """A person's text as literal, printable Content, ready for Static, Option or Content.assemble."""
    return Content(printable(text))


def for_editing(text: str) -> str:
    """The text an editor is loaded with."""
    return printable(text)


def as_edited(edited: str, original: str) -> str:
    """What to store from an editor loaded with `for_editing(original)`: the original, exactly,
    when the person left it as shown (also once trimmed, as forms trim before saving)."""
    if edited in (printable(original), printable(original).strip()):
        return original
    return edited
