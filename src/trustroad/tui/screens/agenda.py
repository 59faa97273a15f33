"""'What I want to talk about': the agenda a person keeps for their next therapy session.

Add with the box at the bottom, tick off with space or Enter, reorder with shift+↑/↓.
The therapy summary lists the open items first.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.storage.files import AGENDA_FILE
from trustroad.tui.person_text import shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.workbook.agenda import Agenda, AgendaItem

INTRO = (
    "Things you want to bring to your next session. They go at the top of your therapy "
    "summary, open items first. This list is meant to be shared."
)
HINT = "Enter or space: tick off / reopen · shift+↑ ↓: move · Delete: remove · u: undo remove · Tab: add box"


class AgendaScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("space", "tick_off", "Tick off", show=False),
        Binding("shift+up", "move(-1)", "Move up", show=False),
        Binding("shift+down", "move(1)", "Move down", show=False),
        Binding("delete", "remove", "Remove", show=False),
        Binding("u", "undo", "Undo remove", show=False),
        Binding("a", "focus_add", "Add"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._removed: tuple[int, AgendaItem] | None = None

    @property
    def agenda(self) -> Agenda:
        return self.app.agenda

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="agenda-box"):
            yield Static(INTRO, id="agenda-intro", markup=False)
            yield ReadableOptionList(id="agenda-items")
            yield Field(placeholder="Add something to talk about, then press Enter", id="agenda-new")
            yield Static(HINT, id="agenda-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · What I want to talk about"
        self.refresh_items()
        items = self.query_one("#agenda-items", OptionList)
        (items if self.agenda.items else self.query_one("#agenda-new", Input)).focus()

    def refresh_items(self, highlight: int | None = None) -> None:
        items = self.query_one("#agenda-items", OptionList)
        keep = items.highlighted if highlight is None else highlight
        items.clear_options()
        for item in self.agenda.items:
            if item.done:
                prompt = Text.assemble(Text.styled("☑ ", "$success"), shown(item.text).stylize("$text-muted"))
            else:
                prompt = Text.assemble("☐ ", shown(item.text))
            items.add_option(Option(prompt))
        if not self.agenda.items:
            items.add_option(
                Option(Text.styled("Nothing yet. Type below to add the first thing.", "$text-muted"), disabled=True)
            )
        elif keep is not None:
            items.highlighted = max(0, min(keep, len(self.agenda.items) - 1))
        items.border_title = f"{sum(1 for i in self.agenda.items if not i.done)} open"

    def _changed(self, highlight: int | None = None) -> None:
        self.app.changed(AGENDA_FILE)
        self.refresh_items(highlight)

    def _index(self) -> int | None:
        items = self.query_one("#agenda-items", OptionList)
        if items.highlighted is None or not self.agenda.items or self.focused is not items:
            return None
        return items.highlighted

    @on(Input.Submitted, "#agenda-new")
    def _add(self, event: Input.Submitted) -> None:
        if self.agenda.add(event.value) is None:
            return
        event.input.value = ""
        self._changed(len(self.agenda.items) - 1)

    @on(OptionList.OptionSelected, "#agenda-items")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_tick_off()

    # Not action_toggle: Textual's DOMNode has one already (it flips a named attribute).
    def action_tick_off(self) -> None:
        index = self._index()
        if index is not None:
            self.agenda.toggle(index)
            self._changed(index)

    def action_move(self, delta: int) -> None:
        index = self._index()
        if index is not None:
            self._changed(self.agenda.move(index, delta))

    def action_remove(self) -> None:
        index = self._index()
        if index is None:
            return
        self._removed = (index, self.agenda.remove(index))
        self._changed(index)
        self.notify("Removed. Press u to bring it back.", timeout=4)

    def action_undo(self) -> None:
        if self._removed is None:
            return
        index, item = self._removed
        self._removed = None
        self.agenda.items.insert(min(index, len(self.agenda.items)), item)
        self._changed(index)

    def action_focus_add(self) -> None:
        self.query_one("#agenda-new", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
