"""The private safety check (issue 13): a few questions, each "no", "not sure" or "yes".

No text box on purpose: nothing to write, no details to leave in a file someone might read.
Any answer other than "no" opens the safety screen in its place; otherwise a thank-you.
The questions and words come from content/support/safety-check.yaml.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, RadioSet, Static

from trustroad.content.support import SafetyCheckSpec
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.toggles import StateCheckbox, StateRadio
from trustroad.workbook.safety_check import REPLY_LABELS

SHARE_LABEL = "Include these answers in my therapy summary"


class SafetyCheckScreen(TrustroadScreen[None]):
    IN_SUPPORT = True
    BINDINGS = [Binding("escape", "app.pop_screen", "Not now")]
    DEFAULT_CSS = """
    SafetyCheckScreen #safety-check { padding: 0 1; }
    SafetyCheckScreen .safety-question { margin-top: 1; }
    SafetyCheckScreen RadioSet { layout: horizontal; width: 100%; height: auto; border: none; padding: 0; }
    SafetyCheckScreen RadioSet > RadioButton { width: auto; margin-right: 2; }
    SafetyCheckScreen #safety-share { margin-top: 1; }
    """

    def compose(self) -> ComposeResult:
        spec = self.spec
        yield Header()
        with VerticalScroll(id="safety-check"):
            if spec is None:
                yield Static("This workbook's text has no safety check.", markup=False)
            else:
                yield Static(spec.title, classes="step-title", markup=False)
                yield Static(spec.intro, classes="prompt-help", markup=False)
                for question in spec.questions:
                    yield Static(question.label, classes="safety-question", markup=False)
                    with RadioSet(id=f"reply--{question.id}", classes="safety-reply"):
                        for reply, label in REPLY_LABELS.items():
                            yield StateRadio(label, name=reply)
                yield StateCheckbox(SHARE_LABEL, self.app.workbook.safety_check.share, id="safety-share")
                with Horizontal(classes="modal-buttons"):
                    yield Button("Save my answers", id="safety-save", variant="primary")
                    yield Button("Not now", id="safety-not-now")
        yield Footer()

    @property
    def spec(self) -> SafetyCheckSpec | None:
        support = self.app.content.support
        return support.safety_check if support else None

    def on_mount(self) -> None:
        self.title = "trustroad · A private safety check"
        first = self.query(".safety-reply")
        if first:
            first.first().focus()

    def answers(self) -> dict[str, str]:
        """The chosen reply of each question answered (a question left alone is not in it)."""
        chosen: dict[str, str] = {}
        for group in self.query(".safety-reply").results(RadioSet):
            button = group.pressed_button
            if button is not None and button.name:
                chosen[(group.id or "").removeprefix("reply--")] = button.name
        return chosen

    @on(Button.Pressed, "#safety-not-now")
    def _not_now(self) -> None:
        self.app.pop_screen()

    @on(Button.Pressed, "#safety-save")
    def save(self) -> None:
        spec = self.spec
        if spec is None:
            return
        check = self.app.workbook.safety_check
        check.record(self.answers(), self.query_one("#safety-share", Checkbox).value)
        self.app.changed()
        if check.concern_kinds(spec):
            from trustroad.tui.screens.safety import SafetyScreen

            # In the check's place: Esc from the safety screen goes back to where the person was.
            self.app.switch_screen(SafetyScreen())
        else:
            self.app.pop_screen()
            self.app.notify(spec.all_clear, title="Safety check", timeout=8, markup=False)
