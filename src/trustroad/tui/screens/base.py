"""Screens that know their app: `self.app` is a TrustroadApp, with its typed documents.

Textual types `Screen.app` as any App; every trustroad screen runs inside TrustroadApp,
so the annotation below tells the type checker so (it adds nothing at run time).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events
from textual.binding import ActiveBinding, Binding, BindingType
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
# "?" opens help as F1 does, on every screen and dialog. Not priority: a focused text box takes
# the key first and "?" is typed (a person writes questions); only a key no box took reaches this.
# On each screen rather than the app: over a dialog, Textual looks no further than the dialog.
HELP_KEY = Binding("question_mark", "app.help", "Help", show=False)


@cache
def _declared_rank(screen_type: type) -> dict[str, int]:
    """Each key's place in the screen class's BINDINGS, base classes first (once per class)."""
    declared = [
        key.strip()
        for cls in reversed(screen_type.__mro__)
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ()))
        for key in binding.key.split(",")
    ]
    return {key: index for index, key in reversed(list(enumerate(declared)))}


def in_declared_order(screen: Screen[Any], found: dict[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """The screen's own keys in the order the screen declares them (Hide and Support first).

    Textual lists a key at the place it first appears on the way up from the focused widget, so
    a screen key that overrides a text area's own hidden one (TextArea binds f6 to "select line")
    jumped to the front of the footer, before Hide. The focused widget's keys still come first
    and the app's last; only the screen's own are put back in their order."""
    rank = _declared_rank(type(screen))
    mine = sorted((key for key, active in found.items() if active.node is screen), key=lambda k: rank.get(k, len(rank)))
    before = [key for key, active in found.items() if active.node is not screen and active.node is not screen.app]
    after = [key for key, active in found.items() if active.node is screen.app]
    return {key: found[key] for key in before + mine + after}


class TrustroadScreen(Screen[ResultT]):
    app: TrustroadApp
    BINDINGS: ClassVar[list[BindingType]] = [HIDE, SUPPORT, HELP_KEY]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return in_declared_order(self, super().active_bindings)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        reveal_soon(event.widget)  # the question comes into view with its field


class TrustroadModalScreen(ModalScreen[ResultT]):
    app: TrustroadApp
    # The app's keys already work over a dialog (priority bindings); naming them here shows them in a
    # dialog's own footer (Textual lists a modal's bindings only, not the app's).
    BINDINGS: ClassVar[list[BindingType]] = [HIDE, SUPPORT, HELP_KEY]

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return in_declared_order(self, super().active_bindings)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        reveal_soon(event.widget)
