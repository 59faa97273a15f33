"""The skeleton every dialog shares: a box with a title, its own body, a row of buttons.

Esc (and a button with id "cancel") dismisses with `cancelled()`, None unless a dialog
says otherwise, asking first when words typed into it would be lost; the first widget
matching FOCUS has the focus when the dialog opens.
The title is plain text, never markup. A dialog taller than the window (a small terminal, a long
text, the dialog's own footer taking the last row) scrolls instead of cutting off its last lines
and buttons: the focused widget stays in sight, and the arrows and PgUp/PgDn scroll the box while
a button keeps the focus.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Footer, Static, TextArea

from trustroad.tui.screens.base import TrustroadModalScreen
from trustroad.tui.widgets.field import Field

ResultT = TypeVar("ResultT")


class Dialog(TrustroadModalScreen[ResultT]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    FOCUS: ClassVar[str] = ""  # a selector: what has the focus first
    BOX_CLASSES: ClassVar[str] = "modal-box"
    BOX_ID: ClassVar[str | None] = None
    BUTTON_ROW_CLASSES: ClassVar[str] = "modal-buttons"
    # A card that is read, not filled in (the grounding card, the stuck signals): when it is taller
    # than the window, it opens at its heading with the box itself focused, not at the button.
    READ_FROM_TOP: ClassVar[bool] = False
    # Every dialog sits in the middle of the window, over the screen it was opened from.
    DEFAULT_CSS = """
    Dialog { align: center middle; }
    """

    def heading(self) -> str:
        raise NotImplementedError

    def body(self) -> Iterable[Widget]:
        return ()

    def buttons(self) -> Iterable[Button]:
        return ()

    def compose(self) -> ComposeResult:
        # Not a Tab stop of its own: its scroll keys reach it from the focused button inside.
        with VerticalScroll(classes=self.BOX_CLASSES, id=self.BOX_ID, can_focus=False) as self._box:
            yield Static(self.heading(), classes="modal-title", markup=False)
            yield from self.body()
            buttons = list(self.buttons())
            if buttons:
                with Horizontal(classes=self.BUTTON_ROW_CLASSES):
                    yield from buttons
        # Its own footer, over the one of the screen underneath, whose keys wait while it is open.
        yield Footer()

    def on_mount(self) -> None:
        self._as_opened = self._typed()
        if self.FOCUS:
            self.query_one(self.FOCUS).focus()
        self.call_after_refresh(self._open_at_top)

    def _open_at_top(self) -> None:
        # The focus came before the box had its size, which can leave a box taller than the
        # window scrolled to its end: it opens at the top instead, with the heading, as far down
        # as the focused widget needs.
        if self.READ_FROM_TOP and self._box.max_scroll_y > 0:
            # Close, at the foot, would have pulled the card to its end. A flooded person starts
            # at the heading and the first line, so the card takes the focus (marked by its
            # border): the arrows, PgDn and End read on, Tab goes on to Close, Esc closes it.
            self._box.can_focus = True
            self.set_focus(self._box, scroll_visible=False)  # now: Widget.focus waits a turn
        self._box.scroll_home(animate=False)
        if self.focused is not None:
            self.focused.scroll_visible(animate=False)

    def _typed(self) -> tuple[str, ...]:
        """The words in the dialog's fields and text boxes (not a passphrase box: not a Field)."""
        return tuple(
            box.value if isinstance(box, Field) else box.text
            for box in self.query("Field, TextArea").results()
            if isinstance(box, (Field, TextArea)) and not (isinstance(box, TextArea) and box.read_only)
        )

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def cancelled(self) -> ResultT | None:
        """What Esc and the "cancel" button dismiss with."""
        return None

    def action_cancel(self) -> None:
        # Esc means leave, everywhere: with something typed here, ask first (issue 14).
        if self._typed() == getattr(self, "_as_opened", ()):
            self.dismiss(self.cancelled())
            return
        from trustroad.tui.modals.confirm_discard_entry import DISCARD, ConfirmDiscardEntry

        def chosen(choice: str | None) -> None:
            if choice == DISCARD:
                self.dismiss(self.cancelled())

        self.app.push_screen(ConfirmDiscardEntry("note", can_save=False), chosen)
