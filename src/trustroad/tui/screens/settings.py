"""Settings: which partner you are, where you are on the road map, and light or dark."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.widgets import Footer, Header, RadioButton, RadioSet, Static

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.workbook.model import ROLE_LABELS

NOT_SET = "not-set"


class SettingsScreen(TrustroadScreen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        workbook = self.app.workbook
        yield Header()
        with VerticalScroll(id="settings"):
            yield Static("Which partner are you?", classes="setting-title", markup=False)
            yield Static(
                "Some questions are meant for one partner. This only changes which questions you see; "
                "nothing you wrote is removed.",
                classes="prompt-help",
                markup=False,
            )
            with RadioSet(id="role"):
                for role, label in ROLE_LABELS.items():
                    yield RadioButton(Text(label), value=workbook.role == role, name=role)
            yield Static("Where are you on the road map?", classes="setting-title", markup=False)
            yield Static(
                "Healing is not a straight line; mark the phase that feels closest right now.",
                classes="prompt-help",
                markup=False,
            )
            with RadioSet(id="current-phase"):
                yield RadioButton("Not set", value=workbook.current_phase is None, name=NOT_SET)
                for phase in self.app.content.phases:
                    yield RadioButton(Text(phase.title), value=workbook.current_phase == phase.id, name=phase.id)
            yield Static("Colours", classes="setting-title", markup=False)
            with RadioSet(id="theme"):
                yield RadioButton("Dark", value=workbook.theme == "dark", name="dark")
                yield RadioButton("Light", value=workbook.theme == "light", name="light")
            yield Static("Your data folder", classes="setting-title", markup=False)
            yield Static(str(self.app.store.folder), classes="prompt-help", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Settings"
        # Textual's RadioSet highlights its first choice, not the chosen one: the role group
        # looked as if "The partner who was hurt" were chosen, and Enter would choose it.
        for group in self.query(RadioSet):
            if group.pressed_index >= 0:
                group._selected = group.pressed_index
        self.query_one("#role").focus()

    @on(RadioSet.Changed)
    def _changed(self, event: RadioSet.Changed) -> None:
        choice = event.pressed.name
        if choice is None:
            return  # every button on this screen is made with a name
        workbook = self.app.workbook
        if event.radio_set.id == "role" and workbook.set_role(choice):
            self.app.changed()
        elif event.radio_set.id == "current-phase":
            phase = None if choice == NOT_SET else choice
            if workbook.set_current_phase(phase):
                self.app.changed()
        elif event.radio_set.id == "theme" and choice != workbook.theme:
            self.app.set_theme(choice)
