"""The field a passphrase is typed into: its text cannot be copied out, and it leaves the field
once, as bytes, the field emptied at once (tui/secret_work.py zeroes the bytes after use).

It is never a draft: the drafts keeper keeps only the fields it names.
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.widgets import Input


class PassphraseInput(Input):
    """A password field whose text cannot be copied or cut to the clipboard."""

    def __init__(self, *, id: str, placeholder: str = "") -> None:
        super().__init__(id=id, password=True, placeholder=placeholder)

    def action_copy(self) -> None:
        raise SkipAction()

    def action_cut(self) -> None:
        self.delete_selection()


def take_secret(field: Input) -> bytearray:
    """The field's text as bytes, and the field emptied."""
    secret = bytearray(field.value.encode("utf-8"))
    field.value = ""
    return secret
