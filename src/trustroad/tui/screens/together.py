"""Together: sealed letters with the partner's workbook (issue 17; the core is trustroad.letters).

Pairing, what the next letter will hold (chosen item by item), writing and opening letters,
and what the two workbooks say side by side. trustroad sends nothing: a person carries the
file. The partner's items are shown here read-only; acting on them (saying yes to an
agreement, noting what was seen of a promise) changes only this person's own documents.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.widgets import Button, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad import clock
from trustroad.letters.choices import travel_choices
from trustroad.letters.outbox import NOTHING_NEW, Draft, compose, describe
from trustroad.letters.overview import partner_items, side_by_side
from trustroad.letters.together import STORY
from trustroad.storage.files import AGREEMENTS_FILE, PAIRING_FILE, TOGETHER_FILE
from trustroad.tui.person_text import shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

INTRO = (
    "Letters carry what you choose to your partner's trustroad, sealed so that only their "
    "workbook can open them. trustroad sends nothing: you carry the file (a USB stick, an email "
    "attachment, a shared folder)."
)


class TogetherScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("w", "write_letter", "Write"),
        Binding("o", "open_letter", "Open"),
        Binding("s", "stories", "Our story", show=False),
        Binding("space", "toggle_choice", "Send / not", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="together"):
            yield Static(INTRO, classes="prompt-help", markup=False)
            yield Static("Pairing", classes="setting-title", markup=False)
            yield Static("", id="pair-state", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button("Pair…", id="pair")
                yield Button("Unpair…", id="unpair")
            yield Static("Send to my partner", classes="setting-title", markup=False)
            yield Static(
                "Each is off until you switch it on (Enter or space). Separate from sharing in your therapy summary.",
                classes="prompt-help",
                markup=False,
            )
            yield ReadableOptionList(id="send-choices")
            yield Static("", id="next-letter", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button("Write a letter…", id="write")
                yield Button("Open a letter…", id="open")
                yield Button("Our two accounts…", id="stories")
            yield Static("From your partner", classes="setting-title", markup=False)
            yield ReadableOptionList(id="partner-items")
            yield Static("Side by side", classes="setting-title", markup=False)
            yield Static("", id="side-by-side", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Together"
        self.refresh_all()
        # The top of the page first (where pairing stands); the focused list starts in sight below it.
        self.query_one("#pair" if not self.app.pairing.paired else "#send-choices").focus(scroll_visible=False)

    # --- what is shown --------------------------------------------------------------------------

    def draft(self) -> Draft:
        app = self.app
        return compose(app.together, app.agreements, app.promises, app.checkins, app.agenda, clock.today())

    def refresh_all(self) -> None:
        from trustroad.letters.keys import code

        app = self.app
        pairing = app.pairing
        if pairing.paired:
            state = f"Paired since {pairing.paired_on}. Your words: {code(pairing)}."
            missing = pairing.missing()
            if missing:
                state += f" Letter {missing[0]} from your partner has not been opened; a later one has."
        elif pairing.has_partner:
            state = "Your partner's offer is open here; compare the six words to finish pairing (Pair…)."
        else:
            state = "Not paired yet. Pair once, together, before any letter can be written or opened."
        self.query_one("#pair-state", Static).update(state)
        self.query_one("#unpair").display = pairing.has_partner
        choices = self.query_one("#send-choices", OptionList)
        highlighted = choices.highlighted
        choices.clear_options()
        for choice in travel_choices(app.agreements, app.promises, app.checkins):
            # The state in words and a mark, never colour alone (it decides what leaves this computer).
            mark = "☑ send    " if app.together.will_send(choice.key) else "☐ private "
            choices.add_option(Option(Text.assemble(mark, shown(choice.label)), id=choice.key))
        if choices.option_count:  # space acts on the highlighted choice: there always is one
            choices.highlighted = min(highlighted or 0, choices.option_count - 1)
        lines = describe(self.draft().body)
        preview = "Your next letter will hold:\n  " + "\n  ".join(lines) if lines else "Nothing new to send yet."
        self.query_one("#next-letter", Static).update(preview)
        items = self.query_one("#partner-items", OptionList)
        items.clear_options()
        for key, label in partner_items(app.agreements, app.together):
            items.add_option(Option(shown(label), id=key))
        if items.option_count:
            items.highlighted = 0  # Enter acts on the highlighted item: there always is one
        else:
            items.add_option(Option("Nothing from your partner yet.", disabled=True))
        self.query_one("#side-by-side", Static).update(
            side_by_side(app.agreements, app.promises, app.checkins, app.agenda, app.together)
        )

    # --- choices --------------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#send-choices")
    def _choice_selected(self) -> None:
        self.action_toggle_choice()

    def action_toggle_choice(self) -> None:
        choices = self.query_one("#send-choices", OptionList)
        if self.focused is not choices or choices.highlighted is None:
            return
        key = choices.get_option_at_index(choices.highlighted).id or ""
        together = self.app.together
        if together.set_send(key, not together.will_send(key)):
            self.app.changed(TOGETHER_FILE)
            self.refresh_all()

    # --- pairing --------------------------------------------------------------------------------

    @on(Button.Pressed, "#pair")
    def _pair(self) -> None:
        from trustroad.tui.modals.pairing import PairingDialog

        self.app.push_screen(PairingDialog(), lambda _done: self.refresh_all())

    @on(Button.Pressed, "#unpair")
    def _unpair(self) -> None:
        from trustroad.tui.modals.confirm import ConfirmDialog

        def unpair(yes: bool | None) -> None:
            if yes:
                self.app.pairing.unpair()
                self.app.changed(PAIRING_FILE)
                self.refresh_all()

        self.app.push_screen(
            ConfirmDialog(
                "Unpair?",
                "Both keys are forgotten: letters written before open nothing, and you pair again from the start "
                "(for example after a lost laptop). What your partner sent stays here.",
                "Unpair",
            ),
            unpair,
        )

    # --- letters --------------------------------------------------------------------------------

    @on(Button.Pressed, "#write")
    def action_write_letter(self) -> None:
        from trustroad.tui.modals.letter_write import LetterWriteDialog

        if not self.app.pairing.paired:
            self.notify("Pair with your partner first (Pair…).", title="Not paired", markup=False)
            return
        draft = self.draft()
        if draft.body.is_empty():
            self.notify(NOTHING_NEW, markup=False)
            return
        self.app.push_screen(LetterWriteDialog(draft), self._letter_written)

    def _letter_written(self, path: Path | None) -> None:
        if path is not None:
            self.notify(f"Sealed letter written to {path}", title="Letter written", markup=False, timeout=12)
        self.refresh_all()

    @on(Button.Pressed, "#open")
    def action_open_letter(self) -> None:
        from trustroad.tui.modals.letter_open import LetterOpenDialog

        self.app.push_screen(LetterOpenDialog(), self._letter_opened)

    def _letter_opened(self, summary: str | None) -> None:
        if summary is not None:
            self.notify(summary, title="Letter opened", markup=False, timeout=12)
        self.refresh_all()

    @on(Button.Pressed, "#stories")
    def action_stories(self) -> None:
        from trustroad.tui.screens.together_story import TogetherStoryScreen

        self.app.push_screen(TogetherStoryScreen(), lambda _done: self.refresh_all())

    # --- the partner's items --------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#partner-items")
    def _partner_item(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        kind, _, item_id = key.partition(":")
        if kind == "agreement":
            from trustroad.tui.modals.partner_agreement import PartnerAgreementDialog

            def answered(yes: bool | None) -> None:
                if yes:
                    self.app.changed(AGREEMENTS_FILE)
                    self.app.changed(TOGETHER_FILE)
                self.refresh_all()

            self.app.push_screen(PartnerAgreementDialog(item_id), answered)
        elif kind == "promise":
            from trustroad.tui.modals.promise_seen import PromiseSeenDialog

            self.app.push_screen(PromiseSeenDialog(item_id), lambda _done: self.refresh_all())
        elif kind == STORY:
            self.action_stories()
