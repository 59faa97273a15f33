"""Settings: which partner you are, where you are on the road map, what kind of rupture, the
welcome again, light or dark, hiding, encryption."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.widgets import Button, Footer, Header, RadioSet, SelectionList, Static

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.screens.hidden import NEUTRAL_TITLE
from trustroad.tui.widgets.first_run_pages import kind_choices
from trustroad.tui.widgets.toggles import StateRadio
from trustroad.workbook.model import ROLE_LABELS

NOT_SET = "not-set"
IDLE_CHOICES = (1, 5, 15, 30, 60)  # minutes; a hand-edited value in range is offered as well
NEVER = "never"


class SettingsScreen(TrustroadScreen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]
    # No focus while the page is composed: with the page no longer a Tab stop, Textual's own first
    # focus went to the first choice before the page had its size, and the scroll to it opened
    # the page lower down, its first heading out of sight. on_mount focuses that choice instead.
    AUTO_FOCUS = ""

    def compose(self) -> ComposeResult:
        workbook = self.app.workbook
        yield Header()
        # Not a Tab stop of its own (Shift+Tab from the first choice landed on it, and nothing
        # looked focused): its scroll keys (PgUp/PgDn, Home/End) reach it from the focused control.
        with VerticalScroll(id="settings", can_focus=False):
            yield Static("Which partner are you?", classes="setting-title", markup=False)
            yield Static(
                "Some questions are meant for one partner. This only changes which questions you see; "
                "nothing you wrote is removed.",
                classes="prompt-help",
                markup=False,
            )
            with RadioSet(id="role"):
                for role, label in self._role_labels().items():
                    yield StateRadio(Text(label), value=workbook.role == role, name=role)
            yield Static("Where are you on the road map?", classes="setting-title", markup=False)
            yield Static(
                "Healing is not a straight line; mark the phase that feels closest right now.",
                classes="prompt-help",
                markup=False,
            )
            with RadioSet(id="current-phase"):
                yield StateRadio("Not set", value=workbook.current_phase is None, name=NOT_SET)
                for phase in self.app.content.phases:
                    yield StateRadio(Text(phase.title), value=workbook.current_phase == phase.id, name=phase.id)
            yield from self._first_run_settings()
            yield Static("Colours", classes="setting-title", markup=False)
            with RadioSet(id="theme"):
                yield StateRadio("Dark", value=workbook.theme == "dark", name="dark")
                yield StateRadio("Light", value=workbook.theme == "light", name="light")
            yield from self._privacy_settings()
            yield from self._encryption_settings()
            yield Static("Backups", classes="setting-title", markup=False)
            yield Button("See and restore backups…", id="backups")
            yield Static("Your data folder", classes="setting-title", markup=False)
            yield Static(str(self.app.store.folder), classes="prompt-help", markup=False)
        yield Footer()

    def _role_labels(self) -> dict[str, str]:
        # The welcome's blame-free words, one source for both (content/first-run/welcome.yaml).
        spec = self.app.content.first_run
        return {choice.id: choice.label for choice in spec.role.choices} if spec else ROLE_LABELS

    def on_mount(self) -> None:
        self.title = "trustroad · Settings"
        self._highlight_choices()
        self.query_one("#role").focus()
        self._show_encryption()

    def _highlight_choices(self) -> None:
        # Textual's RadioSet highlights its first choice, not the chosen one: the role group
        # looked as if the first role were chosen, and Enter would choose it.
        for group in self.query(RadioSet):
            if group.pressed_index >= 0:
                group._selected = group.pressed_index

    # --- the welcome's answers: rupture kinds, and the welcome itself (tui/screens/first_run.py) ---

    def _first_run_settings(self) -> ComposeResult:
        spec = self.app.content.first_run
        if spec is None:
            return
        yield Static(spec.kinds.title, classes="setting-title", markup=False)
        yield Static(spec.kinds.help, classes="prompt-help", markup=False)
        yield kind_choices(spec.kinds, list(self.app.workbook.rupture_kinds), id="rupture-kinds")
        yield Button("Show the welcome again…", id="first-run-again")

    @on(SelectionList.SelectedChanged, "#rupture-kinds")
    def _kinds_changed(self, event: SelectionList.SelectedChanged) -> None:
        if self.app.workbook.set_rupture_kinds(event.selection_list.selected):
            self.app.changed()

    @on(Button.Pressed, "#first-run-again")
    def _first_run_again(self) -> None:
        self.app.show_first_run(self._welcome_done)

    def _welcome_done(self, _result: None) -> None:
        self.call_later(self._welcome_closed)

    async def _welcome_closed(self) -> None:
        # The welcome may have changed the role, the kinds or "I am here": show them as they are now.
        await self.recompose()
        self._highlight_choices()
        self._show_encryption()
        self.query_one("#first-run-again").focus()

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

    # --- hiding: the idle lock and the window title (tui/screens/hidden.py) ----------------------

    def _privacy_settings(self) -> ComposeResult:
        workbook = self.app.workbook
        yield Static("Hide after a while", classes="setting-title", markup=False)
        yield Static(
            "With no key pressed and no mouse moved for this long, a plain notes page covers "
            "everything, as ctrl+backslash does; Enter brings you back.",
            classes="prompt-help",
            markup=False,
        )
        current = workbook.idle_lock_minutes
        with RadioSet(id="idle-lock"):
            for minutes in sorted({*IDLE_CHOICES, current or IDLE_CHOICES[0]}):
                label = "After 1 minute" if minutes == 1 else f"After {minutes} minutes"
                yield StateRadio(label, value=current == minutes, name=str(minutes))
            yield StateRadio("Never", value=current is None, name=NEVER)
        yield Static("The terminal's title", classes="setting-title", markup=False)
        with RadioSet(id="window-title"):
            yield StateRadio(
                'Left as it is ("notes" only while hidden)', value=not workbook.neutral_title, name="usual"
            )
            yield StateRadio('Always "notes"', value=workbook.neutral_title, name=NEUTRAL_TITLE)

    @on(RadioSet.Changed, "#idle-lock")
    def _idle_lock_changed(self, event: RadioSet.Changed) -> None:
        choice = event.pressed.name
        minutes = None if choice == NEVER or choice is None else int(choice)
        if self.app.workbook.set_idle_lock(minutes):
            self.app.changed()
            self.app.privacy.idle_lock.restart()

    @on(RadioSet.Changed, "#window-title")
    def _window_title_changed(self, event: RadioSet.Changed) -> None:
        if self.app.workbook.set_neutral_title(event.pressed.name == NEUTRAL_TITLE):
            self.app.changed()
            self.app.privacy.title.update()

    # --- encryption at rest (tui/modals/passphrase.py; storage/switch.py does the work) -----------

    def _encryption_settings(self) -> ComposeResult:
        yield Static("Encryption", classes="setting-title", markup=False)
        yield Static("", id="encryption-state", classes="prompt-help", markup=False)
        with Horizontal(id="encryption-buttons", classes="modal-buttons"):
            yield Button("Encrypt with a passphrase…", id="encryption-on")
            yield Button("Change passphrase…", id="encryption-change")
            yield Button("Stop encrypting…", id="encryption-off")

    def _show_encryption(self) -> None:
        from trustroad.storage.encrypted import EncryptedByteStore

        encrypted = isinstance(self.app.store.io, EncryptedByteStore)
        self.query_one("#encryption-state", Static).update(
            "Your workbook is encrypted: it opens only with your passphrase."
            if encrypted
            else "Your workbook is not encrypted: anyone who can open the data folder can read it."
        )
        self.query_one("#encryption-on").display = not encrypted
        self.query_one("#encryption-change").display = encrypted
        self.query_one("#encryption-off").display = encrypted

    @on(Button.Pressed, "#encryption-on, #encryption-change, #encryption-off")
    def _encryption_pressed(self, event: Button.Pressed) -> None:
        from trustroad.tui.modals.passphrase import Mode, PassphraseDialog

        modes: dict[str, Mode] = {"encryption-on": "on", "encryption-change": "change"}
        mode = modes.get(event.button.id or "", "off")
        self.app.push_screen(PassphraseDialog(mode), lambda _done: self._show_encryption())

    @on(Button.Pressed, "#backups")
    def _backups_pressed(self) -> None:
        from trustroad.tui.screens.backups import BackupsScreen

        self.app.push_screen(BackupsScreen())
