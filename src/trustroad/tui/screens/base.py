"""Screens that know their app: `self.app` is a TrustroadApp, with its typed documents.

Textual types `Screen.app` as any App; every trustroad screen runs inside TrustroadApp,
so the annotation below tells the type checker so (it adds nothing at run time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from trustroad.tui.reveal import reveal_soon

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

ResultT = TypeVar("ResultT")


# Hide is the app's key (it works everywhere); each screen repeats it for its footer, first,
# so that even a crowded footer at 80 columns shows it.
HIDE = Binding("ctrl+backslash", "app.hide", "Hide", priority=True)
# Support (issue 13) comes next, for the same reason: the way to help is never crowded out.
SUPPORT = Binding("ctrl+g", "app.support", "Support", priority=True)


class TrustroadScreen(Screen[ResultT]):
    app: TrustroadApp
    BINDINGS: ClassVar[list[BindingType]] = [HIDE, SUPPORT]

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        reveal_soon(event.widget)  # the question comes into view with its field


class TrustroadModalScreen(ModalScreen[ResultT]):
    app: TrustroadApp

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        reveal_soon(event.widget)
