"""A "ledger" step's list on the phase screen (the question ledger), by keyboard only.

Type a question in the box: it is kept as you type (like an answer box), and Enter starts the
next one. In the list below, Enter edits a question, c changes its category, s its status, and
ctrl+t shares it in the therapy summary (the phase screen's share key). Clearing a question's
words removes it: the person did that themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.content.model import LedgerSpec
from trustroad.tui.person_text import for_editing, shown
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.workbook.ledger import CATEGORY_HELP, CATEGORY_LABELS, STATUS_LABELS, Ledger, LedgerItem

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

HINT = "In the list: Enter edits · c category · s status · ctrl+t share in my therapy summary"


def item_label(item: LedgerItem) -> Text:
    share = Text.styled("  · shared", "$accent") if item.share else Text("")
    return Text.assemble(
        Text.styled(f"{CATEGORY_LABELS[item.category]} · {STATUS_LABELS[item.status]}", "bold"),
        share,
        "\n",
        shown(item.text),  # the person's words: printable, never markup
    )


class LedgerList(ReadableOptionList):
    # Named in the hint under the list (HINT), not in the footer: at 80 columns the footer has room
    # for Hide, Support and the phase screen's keys only (they pushed Next and Go to out of sight).
    BINDINGS = [
        Binding("c", "category", "Category", show=False),
        Binding("s", "status", "Status", show=False),
    ]

    def on_focus(self) -> None:
        # Arriving in the list puts the first question under the cursor, so c, s and ctrl+t act at once.
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def action_category(self) -> None:
        if isinstance(self.parent, LedgerPanel):
            self.parent.cycle("category")

    def action_status(self) -> None:
        if isinstance(self.parent, LedgerPanel):
            self.parent.cycle("status")


class LedgerPanel(Vertical):
    app: TrustroadApp

    DEFAULT_CSS = """
    LedgerPanel { height: auto; }
    LedgerPanel #ledger-items { height: auto; max-height: 14; margin-bottom: 1; }
    LedgerPanel #ledger-new { margin-bottom: 1; }
    """

    def __init__(self, step_id: str, spec: LedgerSpec) -> None:
        super().__init__(id="ledger")
        self.step_id = step_id
        self.spec = spec
        self.editing: str | None = None  # the item the box is writing into, if any

    @property
    def ledger(self) -> Ledger:
        """The list to change (made the first time something is written)."""
        return self.app.workbook.ledger(self.step_id)

    @property
    def shown(self) -> Ledger:
        """The list to show: looking adds nothing to the workbook."""
        return self.app.workbook.ledgers.get(self.step_id) or Ledger()

    def compose(self) -> ComposeResult:
        yield Static(self.spec.label, classes="prompt-label", markup=False)
        if self.spec.help:
            yield Static(self.spec.help, classes="prompt-help", markup=False)
        legend = "\n".join(f"• {CATEGORY_LABELS[k]}: {CATEGORY_HELP[k]}" for k in CATEGORY_LABELS)
        yield Static(legend, classes="prompt-help", markup=False)
        yield Input(
            # A str: an Input draws its placeholder as plain text, never markup.
            placeholder=self.spec.placeholder or "Write a question; Enter starts the next one",
            id="ledger-new",
        )
        yield LedgerList(id="ledger-items")
        yield Static(HINT, classes="prompt-help", markup=False)

    def on_mount(self) -> None:
        self.refresh_items()

    def refresh_items(self) -> None:
        items = self.query_one(LedgerList)
        keep = items.highlighted
        listed = self.shown.items
        items.set_options(Option(item_label(i), id=i.id) for i in listed)
        if not listed:
            items.add_option(Option(Text.styled("No questions yet.", "italic"), disabled=True))
        elif keep is not None:
            items.highlighted = min(keep, len(listed) - 1)

    def _changed(self) -> None:
        self.app.changed()
        self.refresh_items()

    @on(Input.Changed, "#ledger-new")
    def _typed(self, event: Input.Changed) -> None:
        # Kept as typed, like an answer box: no word waits for Enter to be safe.
        text = event.value
        if self.editing is None:
            if not text.strip():
                return  # nothing written yet: nothing to keep
            item = self.ledger.add(text)
            if item is not None:
                self.editing = item.id
                self._changed()
        elif self.ledger.find(self.editing) is None:
            self.editing = None
        elif self.ledger.set_text(self.editing, text):
            if self.ledger.find(self.editing) is None:  # cleared: the question is gone
                self.editing = None
            self._changed()

    @on(Input.Submitted, "#ledger-new")
    def _next_question(self, event: Input.Submitted) -> None:
        event.stop()
        self.editing = None
        event.input.clear()

    @on(OptionList.OptionSelected, "#ledger-items")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self.shown.find(event.option.id or "")
        if item is None:
            return
        self.editing = item.id
        box = self.query_one("#ledger-new", Input)
        box.value = for_editing(item.text)
        box.focus()

    def _highlighted(self) -> LedgerItem | None:
        items = self.query_one(LedgerList)
        if items.highlighted is None:
            return None
        return self.shown.find(items.get_option_at_index(items.highlighted).id or "")

    def cycle(self, what: str) -> None:
        item = self._highlighted()
        if item is None:
            return
        if what == "category":
            label = CATEGORY_LABELS[self.ledger.cycle_category(item.id)]
        else:
            label = STATUS_LABELS[self.ledger.cycle_status(item.id)]
        self._changed()
        self.notify(f"Now: {label}.", timeout=2, markup=False)  # fixed labels, kept literal all the same

    def toggle_share(self) -> bool | None:
        """ctrl+t on the list: share the highlighted question (or not). None when none is highlighted."""
        item = self._highlighted()
        if item is None:
            return None
        self.ledger.set_shared(item.id, not item.share)
        self._changed()
        return item.share


def ledger_step_widgets(step_id: str, spec: LedgerSpec | None, role: str) -> list:
    """What a ledger step shows under its text: the list, or a word on whose list it is."""
    if spec is None:
        return []
    if spec.shown_to(role):
        return [LedgerPanel(step_id, spec)]
    return [
        Static(
            "This list is meant for the other partner. "
            "To see it, choose “rather not say” in Settings (ctrl+o then o, or F2).",
            classes="prompt-help",
            markup=False,
        )
    ]
