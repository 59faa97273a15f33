"""The two accounts of how this happened, and "the story we can both live with".

Each partner writes their own account; once both have sent theirs, they show side by side.
Either may draft the shared story; it is agreed only when both said yes to the very same words.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Static, TextArea

from trustroad.letters.joint import stories_side_by_side
from trustroad.letters.together import STORY
from trustroad.storage.files import TOGETHER_FILE
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.toggles import StateCheckbox


class TogetherStoryScreen(TrustroadScreen[None]):
    BINDINGS = [Binding("escape", "back", "Back")]

    def compose(self) -> ComposeResult:
        together = self.app.together
        yield Header()
        with VerticalScroll(id="together-story"):
            yield Static("My account of how this happened", classes="setting-title", markup=False)
            yield Static(
                "Your own understanding, in your words: what happened, what led there, what it meant. "
                "It goes to your partner only if you choose to send it (below).",
                classes="prompt-help",
                markup=False,
            )
            yield TextArea(for_editing(together.my_story), id="my-story")
            yield StateCheckbox("Send my account to my partner", together.will_send(STORY), id="send-story")
            yield Static("Your partner's account", classes="setting-title", markup=False)
            yield Static("", id="their-story")
            yield Static("The story we can both live with", classes="setting-title", markup=False)
            yield Static(
                "Either of you may draft it. It is agreed only when both of you say yes to the very same words.",
                classes="prompt-help",
                markup=False,
            )
            yield TextArea(for_editing(together.shared_story), id="shared-story")
            yield StateCheckbox("I say yes to these words", together.shared_story_yes, id="story-yes")
            with Horizontal(classes="modal-buttons"):
                yield Button("Start from my partner's draft", id="take-draft")
            yield Static("", id="shared-state", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Our two accounts"
        self.query_one("#my-story", TextArea).focus()
        self._show()

    def _show(self) -> None:
        together = self.app.together
        both = stories_side_by_side(together)
        their = self.query_one("#their-story", Static)
        if both is None:
            their.update("Shown here once both of you have sent your own account.")
        else:
            their.update(shown(both[1]))
        partner_draft = together.partner.shared_story
        self.query_one("#take-draft").display = partner_draft is not None
        if together.shared_story_agreed():
            state = "Agreed by both of you."
        elif partner_draft is None:
            state = "Your partner has not sent a draft."
        elif partner_draft.wording == together.shared_story:
            state = "Your partner's draft has the same words" + (" and their yes." if partner_draft.yes else ".")
        else:
            state = "Your partner's draft has other words: start from theirs, or send yours."
        self.query_one("#shared-state", Static).update(state)

    @on(TextArea.Changed, "#my-story")
    def _my_story(self, event: TextArea.Changed) -> None:
        text = as_edited(event.text_area.text, self.app.together.my_story)
        if self.app.together.set_my_story(text):
            self.app.changed(TOGETHER_FILE)

    @on(TextArea.Changed, "#shared-story")
    def _shared_story(self, event: TextArea.Changed) -> None:
        together = self.app.together
        if together.set_shared_story(as_edited(event.text_area.text, together.shared_story)):
            self.app.changed(TOGETHER_FILE)
            self.query_one("#story-yes", Checkbox).value = False
            self._show()

    @on(Checkbox.Changed, "#send-story")
    def _send_story(self, event: Checkbox.Changed) -> None:
        if self.app.together.set_send(STORY, event.value):
            self.app.changed(TOGETHER_FILE)

    @on(Checkbox.Changed, "#story-yes")
    def _story_yes(self, event: Checkbox.Changed) -> None:
        together = self.app.together
        if together.say_yes_to_shared_story(event.value):
            self.app.changed(TOGETHER_FILE)
        elif event.value and not together.shared_story.strip():
            event.checkbox.value = False
        self._show()

    @on(Button.Pressed, "#take-draft")
    def _take_draft(self) -> None:
        together = self.app.together
        if together.take_partner_story_draft():
            self.query_one("#shared-story", TextArea).load_text(for_editing(together.shared_story))
            self.app.changed(TOGETHER_FILE)
        self._show()

    def action_back(self) -> None:
        self.dismiss(None)
