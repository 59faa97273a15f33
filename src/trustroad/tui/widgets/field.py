"""A one-line text field that keeps what the person typed: undo and redo, and no select-all on focus.

Textual 8.2's Input has no undo, and selects all its text when Tab reaches it, so that one
key replaced a whole agreement name with no way back. Every one-line field a person types
into is a Field (the passphrase box is not: it keeps no history of a secret).
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

HISTORY = 100  # undo steps kept per field


class Field(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("ctrl+y", "redo", "Redo", show=False),
    ]

    def __init__(self, *args: Any, select_on_focus: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, select_on_focus=select_on_focus, **kwargs)
        self._undo: list[str] = []
        self._redo: list[str] = []
        self._last = self.value  # the value the history was last told about

    @on(Input.Changed)
    def _remember(self, event: Input.Changed) -> None:
        if event.input is not self or event.value == self._last:
            return  # another field's message, or the undo/redo itself arriving
        before, self._last = self._last, event.value
        if not (self._undo and _same_word(self._undo[-1], before, event.value)):
            self._undo.append(before)  # typing on within a word is one step, as in a text area
            del self._undo[:-HISTORY]
        self._redo.clear()

    def _restore(self, value: str) -> None:
        self._last = value
        self.value = value
        self.cursor_position = len(value)

    def action_undo(self) -> None:
        if self._undo:
            self._redo.append(self.value)
            self._restore(self._undo.pop())

    def action_redo(self) -> None:
        if self._redo:
            self._undo.append(self.value)
            self._restore(self._redo.pop())


def _same_word(step: str, before: str, after: str) -> bool:
    """Whether `after` carries on typing a word that `before` was already in the middle of
    (one character more, not a space, after a step that also typed at the end)."""
    return (
        len(after) == len(before) + 1
        and after.startswith(before)
        and not after[-1].isspace()
        and before.startswith(step)
        and len(before) > len(step)
        and not before[-1].isspace()
    )
