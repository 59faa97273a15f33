"""Where trustroad's app-wide keys and palette entries lead: one screen each.

The screens are imported when first opened, each in its action: the road map is all that
start-up has to build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.screen import ModalScreen

from trustroad.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from trustroad.tui.screens.hidden import Privacy

# The app's actions that open or change the workbook: before an encrypted one is unlocked there
# is none, and they wait (the app's check_action), over the support place too. The rest (hide,
# support, help, quit) need no workbook. The palette is here because it lists these places.
NEEDS_THE_WORKBOOK = frozenset(
    {
        "go_to",
        "command_palette",
        "journal",
        "new_journal_entry",
        "find_answers",
        "settings",
        "agreements",
        "checkin",
        "promises",
        "new_promise",
        "setbacks",
        "safety_check",
        "therapy_summary",
        "together",
        "agenda",
        "save_now",
        "toggle_theme",
    }
)


class Navigation(App[None]):
    """The base of TrustroadApp: opening screens, never over something still being written."""

    privacy: Privacy  # set by TrustroadApp: the hide key and the idle lock

    async def on_event(self, event: events.Event) -> None:
        # Every key, mouse and paste event, whichever widget it goes to, puts the idle lock off.
        if isinstance(event, (events.InputEvent, events.Paste)):
            self.privacy.idle_lock.activity()
        await super().on_event(event)

    def action_hide(self) -> None:
        # The same key hides and comes back; Enter on the hidden page comes back too.
        self.privacy.toggle()

    def action_support(self) -> None:
        from trustroad.tui.screens.support import SupportScreen

        # Over whatever is open, closing nothing: a dialog or an entry being written waits
        # underneath, as it was, until Esc comes back to it. Inside the support place, it stays.
        if not getattr(self.screen, "IN_SUPPORT", False):
            self.push_screen(SupportScreen())

    def action_safety_check(self) -> None:
        from trustroad.tui.screens.safety_check import SafetyCheckScreen

        if not isinstance(self.screen, SafetyCheckScreen):
            self.push_screen(SafetyCheckScreen())

    def action_help(self) -> None:
        from trustroad.tui.screens.help import HelpScreen

        # F1 toggles: this priority binding runs before the help screen's own F1 could.
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        else:
            self.push_screen(HelpScreen())

    def action_journal(self) -> None:
        from trustroad.tui.screens.journal import JournalScreen

        # Never over a modal (an entry being written must not be closed by a key press).
        if not isinstance(self.screen, (JournalScreen, ModalScreen)):
            self.push_screen(JournalScreen())

    def action_new_journal_entry(self, text: str = "", recovered: str | None = None) -> None:
        """A new entry; `text` and `recovered` bring back recovered writing (tui/screens/recovered.py)."""
        from trustroad.tui.screens.journal_entry import JournalEntryScreen

        if isinstance(self.screen, ModalScreen):
            return
        self.action_journal()
        self.push_screen(JournalEntryScreen(None, text=text, recovered=recovered), self._journal_entry_written)

    def _journal_entry_written(self, result: str | None) -> None:
        from trustroad.tui.screens.journal import JournalScreen

        if result and isinstance(self.screen, JournalScreen):
            self.screen.journal_changed()

    def action_settings(self) -> None:
        from trustroad.tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_agreements(self) -> None:
        from trustroad.tui.screens.agreements import AgreementsScreen

        # Never over a modal: going home would close something still being written.
        if not isinstance(self.screen, AgreementsScreen) and self.go_home():
            self.push_screen(AgreementsScreen())

    def action_checkin(self) -> None:
        from trustroad.tui.screens.checkin import CheckinScreen

        # Never over a modal: going home would close something still being written.
        if not isinstance(self.screen, CheckinScreen) and self.go_home():
            self.push_screen(CheckinScreen())

    def action_promises(self) -> None:
        from trustroad.tui.screens.promises import PromisesScreen

        if not isinstance(self.screen, PromisesScreen) and self.go_home():
            self.push_screen(PromisesScreen())

    def action_new_promise(self, wording: str = "") -> None:
        from trustroad.tui.screens.promise_edit import PromiseEditScreen

        self.push_screen(PromiseEditScreen(wording=wording))

    def action_setbacks(self) -> None:
        from trustroad.tui.screens.setbacks import SetbacksScreen

        if not isinstance(self.screen, SetbacksScreen):
            self.push_screen(SetbacksScreen())

    def action_therapy_summary(self) -> None:
        from trustroad.tui.screens.export import ExportScreen

        if not isinstance(self.screen, ExportScreen):
            self.push_screen(ExportScreen())

    def action_together(self) -> None:
        from trustroad.tui.screens.together import TogetherScreen

        if not isinstance(self.screen, (TogetherScreen, ModalScreen)):
            self.push_screen(TogetherScreen())

    def action_agenda(self) -> None:
        from trustroad.tui.screens.agenda import AgendaScreen

        if not isinstance(self.screen, AgendaScreen):
            self.push_screen(AgendaScreen())

    def action_find_answers(self) -> None:
        from trustroad.tui.screens.find_answers import FindAnswersScreen

        # A place of its own, like the journal: never over a form still being written.
        if not isinstance(self.screen, FindAnswersScreen) and self.go_home():
            self.push_screen(FindAnswersScreen())

    def open_phase(self, phase_id: str, step_id: str | None = None) -> None:
        from trustroad.tui.screens.phase import PhaseScreen

        if self.go_home():
            self.push_screen(PhaseScreen(phase_id, step_id))

    def go_home(self) -> bool:
        """Back to the road map (False, with a word why, while a form is open: going home
        would close it, and its unsaved words with it)."""
        if self.form_open():
            return False
        # The road map is at the bottom; an app that starts on another screen (bench/ does)
        # builds it now, on top of that one.
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.push_screen(HomeScreen())
        return True

    def form_open(self) -> bool:
        """Whether a form or dialog is on top (a place that replaces the screens would close it):
        if so, says how to go on."""
        if not isinstance(self.screen, ModalScreen):
            return False
        self.notify(
            "This form is still open. Save it (ctrl+s) or close it (Esc) first, then go there.",
            title="Still open",
            timeout=5,
            markup=False,
        )
        return True

    def action_go_to(self) -> None:
        """ctrl+o: the Go to… menu (tui/modals/go_to.py); the same key closes it."""
        from trustroad.tui.modals.go_to import GoToMenu

        if isinstance(self.screen, GoToMenu):
            self.screen.dismiss(None)
            return
        self.push_screen(GoToMenu(has_support=hasattr(self, "action_support")), self._go)

    async def _go(self, action: str | None) -> None:
        from trustroad.tui.screens.help import HelpScreen

        if action and action != "help" and isinstance(self.screen, HelpScreen):
            await self.pop_screen()  # help is only read: it makes way for the place chosen
        if action == "go_home":
            self.go_home()
        elif action:
            await self.run_action(action)
