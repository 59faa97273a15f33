"""The value of a Select that always holds a choice.

Textual types `Select.value` as "a value or Select.NULL" because a Select may be blank; one made
with allow_blank=False never is, and this says so to the type checker in one place.
"""

from __future__ import annotations

from typing import TypeVar

from textual.widgets import Select
from textual.widgets.select import NoSelection

ValueT = TypeVar("ValueT")


def chosen(select: Select[ValueT]) -> ValueT:
    """The choice in `select`, which must have been made with allow_blank=False."""
    value = select.value
    if isinstance(value, NoSelection):
        # Only a Select that allows a blank can get here: a programming error, not a person's.
        raise ValueError(f"the Select #{select.id} has no choice; make it with allow_blank=False")
    return value
