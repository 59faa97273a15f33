"""The skeleton every dialog shares: a box with a title, its own body, a row of buttons.

Esc (and a button with id "cancel") dismisses with `cancelled()`, None unless a dialog
says otherwise; the first widget matching FOCUS has the focus when the dialog opens.
The title is plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.tui.screens.base import TrustroadModalScreen

ResultT = TypeVar("ResultT")


class Dialog(TrustroadModalScreen[ResultT]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    FOCUS: ClassVar[str] = ""  # a selector: what has the focus first
    BOX_CLASSES: ClassVar[str] = "modal-box"
    BOX_ID: ClassVar[str | None] = None
    BUTTON_ROW_CLASSES: ClassVar[str] = "modal-buttons"

    def heading(self) -> str:
        raise NotImplementedError

    def body(self) -> Iterable[Widget]:
        return ()

    def buttons(self) -> Iterable[Button]:
        return ()

    def compose(self) -> ComposeResult:
        with Vertical(classes=self.BOX_CLASSES, id=self.BOX_ID):
            yield Static(self.heading(), classes="modal-title", markup=False)
            yield from self.body()
            buttons = list(self.buttons())
            if buttons:
                with Horizontal(classes=self.BUTTON_ROW_CLASSES):
                    yield from buttons

    def on_mount(self) -> None:
        if self.FOCUS:
            self.query_one(self.FOCUS).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def cancelled(self) -> ResultT | None:
        """What Esc and the "cancel" button dismiss with."""
        return None

    def action_cancel(self) -> None:
        self.dismiss(self.cancelled())
