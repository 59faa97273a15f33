"""ctrl+o "Go to…": every place in trustroad one letter away, from any screen, without F-keys.

Many laptops and macOS keep the F-keys for themselves; this small menu is the way everywhere
that works on every keyboard, even while a text box has the focus (the app's binding is a
priority one). It dismisses with the name of an app action, which the app then runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

# (letter, place, the app action that opens it). Support ("When to seek support", once the
# app has an `action_support`) is added by `places()` below with the letter u.
PLACES: tuple[tuple[str, str, str], ...] = (
    ("r", "Road map", "go_home"),
    ("j", "Journal", "journal"),
    ("f", "Find in my worksheets", "find_answers"),
    ("a", "Agreements", "agreements"),
    ("c", "Weekly check-in", "checkin"),
    ("p", "Promises", "promises"),
    ("s", "Setbacks", "setbacks"),
    ("t", "Agenda: what to talk about", "agenda"),
    ("e", "Therapy summary", "therapy_summary"),
    ("l", "Together: letters", "together"),
    ("o", "Settings", "settings"),
    ("h", "Help: every key", "help"),
    ("q", "Save and quit", "quit"),
)


def places(has_support: bool) -> list[tuple[str, str, str]]:
    found = list(PLACES)
    if has_support:
        found.insert(1, ("u", "Support: flooded, safety", "support"))
    return found


class GoToMenu(Dialog[str | None]):
    """Dismisses with an app action name, or None (Esc)."""

    BOX_CLASSES = ""
    BOX_ID = "go-to-box"
    FOCUS = "#go-to-list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+o", "cancel", "Close", show=False, priority=True),  # the same key closes it
    ]

    def __init__(self, has_support: bool = False) -> None:
        super().__init__()
        self.places = places(has_support)

    def heading(self) -> str:
        return "Go to…"

    def body(self) -> Iterable[Widget]:
        yield ReadableOptionList(
            *(
                Option(Content.assemble(Content.styled(f" {key} ", "bold reverse"), f"  {label}"), id=action)
                for key, label, action in self.places
            ),
            id="go-to-list",
        )
        yield Static("Press a letter, or ↑↓ and Enter · Esc closes", classes="modal-hint", markup=False)

    def on_key(self, event: events.Key) -> None:
        # A letter goes straight to its place (the list itself uses no letters).
        for key, _label, action in self.places:
            if event.key == key:
                event.stop()
                self.dismiss(action)
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
