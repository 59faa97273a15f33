"""The support place (ctrl+g from anywhere): the grounding card, safety, the self-check, the
stuck signals from the person's own notes, and the therapy agenda (issue 13).

The grounding card's essentials (its short lines, the person's time-out phrase) are at the top,
so that the one key shows them to someone flooded (issue 15); the whole card is the first choice.

It opens over whatever was on screen and closes nothing: Esc comes back to it as it was.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.grounding_glance import GroundingGlance
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

NOT_HELP = (
    "trustroad is not therapy and not emergency help, and it never contacts anyone. "
    "If anyone is in danger right now, call your local emergency number."
)
SAFETY_STEP = "support-safety"  # content/phases/4-support/40-safety-and-privacy.md


class SupportScreen(TrustroadScreen[None]):
    IN_SUPPORT = True  # the support key stays here (tui/navigation.py)
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]
    DEFAULT_CSS = """
    SupportScreen #support-body { padding: 0 1; }
    SupportScreen #support-not-help { color: $text-muted; margin: 1 0; }
    SupportScreen #support-choices { height: auto; max-height: 100%; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="support-body"):
            yield GroundingGlance()
            yield Static(NOT_HELP, id="support-not-help", markup=False)
            yield ReadableOptionList(*self._choices(), id="support-choices")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Support"
        self.query_one("#support-choices").focus()

    def on_screen_resume(self) -> None:
        # A safety check taken from here changes what the list offers.
        choices = self.query_one("#support-choices", OptionList)
        keep = choices.highlighted
        choices.set_options(self._choices())
        choices.highlighted = keep

    def _choices(self) -> list[Option]:
        support = self.app.content.support
        has_workbook = bool(self.app.documents)  # an encrypted workbook not unlocked yet has none
        check = self.app.workbook.safety_check if has_workbook else None
        taken = f" (last taken {check.taken.date().isoformat()})" if check and check.taken else ""
        choices = [
            Option("The whole grounding card, step by step", id="grounding"),
            Option("Safety and privacy: if anyone is in danger", id="safety-page"),
        ]
        if support and support.safety_check and has_workbook:
            choices.append(Option(f"A private safety check{taken}", id="safety-check"))
            if check and check.concerns(q.id for q in support.safety_check.questions):
                choices.append(Option("What can help now, after your safety check", id="safety"))
        if support and support.self_check:
            choices.append(Option("When to seek support: a self-check", id="self-check"))
        if has_workbook:
            choices.append(Option("Anything looking stuck? What your own notes suggest", id="stuck"))
            choices.append(Option("What I want to talk about: your therapy agenda", id="agenda"))
        return choices

    @on(OptionList.OptionSelected, "#support-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.open(event.option.id or "")

    def open(self, choice: str) -> None:
        if choice == "grounding":
            from trustroad.tui.modals.grounding import GroundingDialog

            self.app.push_screen(GroundingDialog())
        elif choice == "safety-page":
            from trustroad.tui.screens.reading import ReadingScreen

            self.app.push_screen(ReadingScreen(SAFETY_STEP))
        elif choice == "safety-check":
            self.app.action_safety_check()
        elif choice == "safety":
            from trustroad.tui.screens.safety import SafetyScreen

            self.app.push_screen(SafetyScreen())
        elif choice == "self-check":
            from trustroad.tui.screens.self_check import SelfCheckScreen

            self.app.push_screen(SelfCheckScreen())
        elif choice == "stuck":
            from trustroad.tui.modals.stuck_signals import StuckSignalsDialog

            self.app.push_screen(StuckSignalsDialog())
        elif choice == "agenda":
            self.app.action_agenda()
