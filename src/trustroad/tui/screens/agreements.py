"""Stabilize agreements: the list on the left; the chosen one's wording, status, review and history on the right."""

from __future__ import annotations

from typing import TypeGuard

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    OptionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from trustroad.agreements import model as ag
from trustroad.agreements.model import Agreement, Agreements
from trustroad.clock import now
from trustroad.storage.files import AGREEMENTS_FILE
from trustroad.tui.modals.agreement_template import BLANK, AgreementTemplateModal
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.tui.widgets.toggles import ShareSwitch

EMPTY = (
    "No agreements written down yet.\n\n"
    "Press n to start one from a suggested wording, or from a blank page. "
    "You can change every word, and nothing is settled until you both say so."
)


def _is_status(value: str) -> TypeGuard[ag.Status]:
    # ag.STATUSES is typed as plain strings; this tells the checker a member is a Status.
    return value in ag.STATUSES


class WordingBox(TextArea):
    """The agreement's wording; knows which agreement it belongs to, so a late event edits the right one."""

    def __init__(self, text: str, agreement_id: str) -> None:
        super().__init__(text, id="agreement-wording", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        self.agreement_id = agreement_id


class AgreementsScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "new", "New"),
        Binding("r", "reviewed", "Reviewed"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.selected: str | None = None
        self._shown: str | None = "--nothing--"

    @property
    def document(self) -> Agreements:
        return self.app.agreements

    @property
    def agreement(self) -> Agreement | None:
        return self.document.get(self.selected) if self.selected else None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="agreements-body"):
            yield ReadableOptionList(id="agreement-list")
            yield VerticalScroll(id="agreement-pane", can_focus=False)  # its fields take the focus, and it follows
        yield Footer()

    async def on_mount(self) -> None:
        self.title = "trustroad · Agreements"
        items = self.document.agreements
        due = self.document.due_for_review(now().date())
        # Open on the agreement most in need of a look, otherwise the newest.
        self.selected = due[0].id if due else (items[-1].id if items else None)
        self.refresh_list()
        self.query_one("#agreement-list", OptionList).focus()
        await self.show_agreement()

    # --- the list ---------------------------------------------------------------------------

    def _label(self, agreement: Agreement) -> Text:
        today = now().date()
        if agreement.is_due(today):
            mark = Text.styled("● ", "bold $warning")
        elif agreement.status == "agreed":
            mark = Text.styled("✓ ", "bold $success")
        else:
            mark = Text("· ")
        title = agreement.title or ag.topic_label(agreement.topic)
        return Text.assemble(mark, shown(title), "\n  ", Text.styled(ag.STATUS_LABELS[agreement.status], "$text-muted"))

    def refresh_list(self) -> None:
        listing = self.query_one("#agreement-list", OptionList)
        items = self.document.agreements
        listing.set_options(Option(self._label(a), id=a.id) for a in items)
        ids = [a.id for a in items]
        if self.selected in ids:
            listing.highlighted = ids.index(self.selected)
        due = len(self.document.due_for_review(now().date()))
        listing.border_title = f"Agreements · {due} to review" if due else "Agreements"

    @on(OptionList.OptionHighlighted, "#agreement-list")
    async def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.selected = event.option.id
        await self.show_agreement()

    @on(OptionList.OptionSelected, "#agreement-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on an agreement: go to its wording.
        box = self.query("#agreement-wording")
        if box:
            box.first().focus()

    # --- the pane -----------------------------------------------------------------------------

    async def show_agreement(self) -> None:
        if self._shown == self.selected:
            return
        self._shown = self.selected
        pane = self.query_one("#agreement-pane", VerticalScroll)
        # Awaited: the old widgets (same ids) must be gone before the new ones arrive.
        await pane.remove_children()
        await pane.mount_all(self._pane_widgets())
        pane.scroll_home(animate=False)
        self.refresh_details()

    def _pane_widgets(self) -> list[Widget]:
        agreement = self.agreement
        if agreement is None:
            return [Static(EMPTY, id="agreement-empty", markup=False)]
        return [
            Static(ag.topic_label(agreement.topic), classes="step-meta", markup=False),
            Static("Name", classes="prompt-label", markup=False),
            Field(
                for_editing(agreement.title),
                id="agreement-title",
                placeholder="A short name for this agreement",
            ),
            Static("Our agreement, in our own words", classes="prompt-label", markup=False),
            WordingBox(for_editing(agreement.wording), agreement.id),  # printable: see tui/person_text.py
            Static(id="agreement-status", classes="agreement-status", markup=False),
            Horizontal(
                *(
                    Button(ag.STATUS_LABELS[s], id=f"status--{s}", classes="status-button", compact=True)
                    for s in ag.STATUSES
                ),
                id="status-row",
            ),
            Horizontal(
                Static("Next review", classes="review-label", markup=False),
                Field(
                    agreement.review_on.isoformat(),
                    id="agreement-review-on",
                    compact=True,
                    restrict=r"[0-9-]{0,10}",
                    placeholder="YYYY-MM-DD",
                    tooltip="Type a date, like 2026-05-31",
                ),
                id="review-row",
            ),
            Button("We looked at it again (r)", id="agreement-reviewed", compact=True),
            ShareSwitch(agreement.share, id="agreement-share", compact=True),
            Static("History", classes="prompt-label", markup=False),
            Static(id="agreement-history", classes="step-meta", markup=False),
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reviewed":  # only a proposed or agreed one has a review: not in the footer otherwise
            return self.agreement is not None and self.agreement.status in ag.REVIEWABLE
        return True

    def refresh_details(self) -> None:
        """Status line, status buttons and history: what changes without rebuilding the pane."""
        self.refresh_bindings()  # r Reviewed follows the agreement shown and its status
        agreement = self.agreement
        if agreement is None or not self.query("#agreement-status"):
            return
        today = now().date()
        status = ag.STATUS_LABELS[agreement.status]
        self.query_one("#agreement-status", Static).update(f"Status: {status} · {agreement.review_phrase(today)}")
        for s in ag.STATUSES:
            button = self.query_one(f"#status--{s}", Button)
            button.variant = "primary" if s == agreement.status else "default"
            button.disabled = s == agreement.status
        for part in ("#review-row", "#agreement-reviewed"):
            self.query_one(part).display = agreement.status in ag.REVIEWABLE
        review_input = self.query_one("#agreement-review-on", Input)
        if ag.parse_review_date(review_input.value, today) != agreement.review_on and not review_input.has_focus:
            review_input.value = agreement.review_on.isoformat()
        lines = [h.describe() for h in reversed(agreement.history)]
        self.query_one("#agreement-history", Static).update("\n".join(lines))

    # --- changes ----------------------------------------------------------------------------

    @on(TextArea.Changed, "#agreement-wording")
    def _wording_changed(self, event: TextArea.Changed) -> None:
        box = event.text_area
        agreement = self.document.get(getattr(box, "agreement_id", ""))
        # edit_wording returns False for loads and no-op changes, so opening an agreement never saves.
        if agreement is not None and agreement.edit_wording(as_edited(box.text, agreement.wording)):
            self.app.changed(AGREEMENTS_FILE)
            self.refresh_details()

    @on(Input.Changed, "#agreement-title")
    def _title_changed(self, event: Input.Changed) -> None:
        agreement = self.agreement
        if agreement is not None and agreement.edit_wording(
            agreement.wording, title=as_edited(event.value, agreement.title)
        ):
            self.app.changed(AGREEMENTS_FILE)
            self.refresh_list()
            self.refresh_details()

    @on(Input.Changed, "#agreement-review-on")
    def _review_on_changed(self, event: Input.Changed) -> None:
        agreement = self.agreement
        day = ag.parse_review_date(event.value, now().date())
        # Half-typed or past dates change nothing; a whole, real date moves the review.
        if agreement is not None and day is not None and agreement.set_review_on(day):
            self.app.changed(AGREEMENTS_FILE)
            self.refresh_list()
            self.refresh_details()

    @on(Button.Pressed, ".status-button")
    def _status_pressed(self, event: Button.Pressed) -> None:
        agreement = self.agreement
        status = (event.button.id or "").removeprefix("status--")
        if agreement is None or not _is_status(status):
            return
        if agreement.set_status(status):
            self.app.changed(AGREEMENTS_FILE)
            self.refresh_list()
            self.refresh_details()
            self.notify(f"Now {ag.STATUS_LABELS[status].lower()}.", timeout=2, markup=False)

    @on(Button.Pressed, "#agreement-reviewed")
    def _reviewed_pressed(self) -> None:
        self.action_reviewed()

    @on(Checkbox.Changed, "#agreement-share")
    def _share_changed(self, event: Checkbox.Changed) -> None:
        agreement = self.agreement
        if agreement is not None and agreement.set_share(event.value):
            self.app.changed(AGREEMENTS_FILE)

    def action_reviewed(self) -> None:
        agreement = self.agreement
        if agreement is None or agreement.status not in ag.REVIEWABLE:
            return
        agreement.mark_reviewed()
        self.app.changed(AGREEMENTS_FILE)
        self.refresh_list()
        self.refresh_details()
        self.notify(
            f"Thank you for looking at it together. Next review: {agreement.review_on.isoformat()}.",
            timeout=3,
            markup=False,
        )

    def action_new(self) -> None:
        self.app.push_screen(AgreementTemplateModal(self.app.content.agreement_templates()), self._create)

    async def _create(self, choice: str | None) -> None:
        if choice is None:
            return
        template = None if choice == BLANK else self.app.content.agreement_template(choice)
        agreement = self.document.add(Agreement.new(template))
        self.app.changed(AGREEMENTS_FILE)
        self.selected = agreement.id
        self.refresh_list()
        await self.show_agreement()
        self.query_one("#agreement-wording", WordingBox).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
