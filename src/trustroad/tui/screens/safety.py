"""The calm safety screen after a safety check with a concern (issue 13).

It says that couples exercises can wait and support for the person comes first, lists where
to turn (content/support/resources.yaml: the emergency number first), and, when the breach may
still be going on, why couples work rarely helps meanwhile. It decides nothing and contacts no
one: Esc goes back to the workbook, which stays open as before.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Footer, Header, Static

from trustroad.tui.screens.base import TrustroadScreen


class SafetyScreen(TrustroadScreen[None]):
    IN_SUPPORT = True
    BINDINGS = [Binding("escape", "app.pop_screen", "Back to my workbook")]
    DEFAULT_CSS = """
    SafetyScreen #safety { padding: 0 1; }
    SafetyScreen .safety-text { margin-bottom: 1; }
    SafetyScreen .resource-title { text-style: bold; }
    SafetyScreen .resource-text { margin-bottom: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="safety"):
            yield from self._sections()
            with Horizontal(classes="modal-buttons"):
                yield Button("I'm flooded right now", id="safety-grounding")
                yield Button("Back to my workbook", id="safety-back", variant="primary")
        yield Footer()

    def _sections(self) -> list[Widget]:
        support = self.app.content.support
        spec = support.safety_check if support else None
        kinds = self.app.workbook.safety_check.concern_kinds(spec) if spec else set()
        widgets: list[Widget] = [Static("You come first", classes="step-title", markup=False)]
        if spec is not None and "safety" in kinds:
            widgets.append(Static(spec.concern, id="safety-concern", classes="safety-text", markup=False))
        if spec is not None and "ongoing" in kinds:
            widgets.append(Static(spec.ongoing, id="safety-ongoing", classes="safety-text", markup=False))
        resources = support.resources if support else None
        if resources is not None and ("safety" in kinds or not kinds):
            widgets.append(Static(resources.title, classes="setting-title", markup=False))
            for resource in resources.resources:
                widgets.append(Static(resource.title, classes="resource-title", markup=False))
                widgets.append(Static(resource.text, classes="resource-text", markup=False))
        return widgets

    def on_mount(self) -> None:
        self.title = "trustroad · You come first"
        self.query_one("#safety").focus()

    @on(Button.Pressed, "#safety-grounding")
    def _grounding(self) -> None:
        from trustroad.tui.modals.grounding import GroundingDialog

        self.app.push_screen(GroundingDialog())

    @on(Button.Pressed, "#safety-back")
    def _back(self) -> None:
        self.app.pop_screen()
