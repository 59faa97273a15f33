"""The Textual application: owns the workbook in memory and decides when it is saved.

Screens change the workbook and call `app.changed()`; this class debounces, turns
the model into bytes on the UI thread and hands them to the background writer.
"""

from __future__ import annotations

from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.timer import Timer

from trustroad.content.model import Content
from trustroad.storage.files import DRAFTS_FILE, WORKBOOK_FILE
from trustroad.storage.record import Document
from trustroad.storage.store import Store
from trustroad.storage.writer import BackgroundWriter
from trustroad.tui.screens.home import HomeScreen
from trustroad.workbook.drafts import Drafts
from trustroad.workbook.model import Workbook

SAVE_DELAY = 1.2  # seconds after the last keystroke
# Fields whose words are kept only when their form is saved: their text also goes to the
# drafts safety net while the form is open (see trustroad.drafts). id -> what it is.
DRAFT_FIELDS = {
    "entry-text": "A journal entry",
    "wording": "A promise's wording",
    "visibility": "How a promise can be seen kept",
    "note": "A note",
    "what": "What was done to repair",
    "agenda-new": "Something to talk about",
}
RECOVERED = "recovered"  # key prefix of drafts found at start-up: kept until the person removes them
THEMES = {"dark": "textual-dark", "light": "textual-light"}


class TrustroadApp(App[None]):
    TITLE = "trustroad"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("f1", "help", "Help", priority=True),
        Binding("f3", "journal", "Journal", priority=True),
        Binding("f2", "settings", "Settings", priority=True),
        Binding("ctrl+s", "save_now", "Save", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f10", "therapy_summary", "Summary", show=False, priority=True),  # therapy summary (issue 5)
        Binding("f7", "agreements", "Agreements", show=False, priority=True),
        Binding("f8", "checkin", "Weekly check-in", show=False, priority=True),
        Binding("f9", "promises", "Promises", show=False, priority=True),
    ]

    def __init__(self, content: Content, store: Store, documents: dict[str, Document]) -> None:
        super().__init__()
        self.content = content
        self.store = store
        self.documents = documents
        self.writer = BackgroundWriter(store.write_bytes, on_error=self._write_failed)
        self._save_timer: Timer | None = None
        self._dirty: set[str] = set()
        self._quit_anyway = False
        self.save_problem: str | None = None
        self.exit_on_ready = False
        self.theme = THEMES[self.workbook.theme]

    @property
    def workbook(self) -> Workbook:
        return self.documents[WORKBOOK_FILE]  # type: ignore[return-value]

    @property
    def drafts(self) -> Drafts:
        return self.documents[DRAFTS_FILE]  # type: ignore[return-value]

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._forget_closed_drafts)
        if self.drafts.items:
            # Left by a run that ended unexpectedly: keep them apart from this run's forms.
            self.drafts.items = {
                (key if key.startswith(RECOVERED + "/") else f"{RECOVERED}/{n}"): draft
                for n, (key, draft) in enumerate(self.drafts.items.items())
            }
            self.call_after_refresh(self.show_recovered)
        if not self.is_headless:
            self._save_on_hang_up()

    # --- the drafts safety net ------------------------------------------------------------

    def show_recovered(self) -> None:
        from trustroad.tui.screens.recovered import RecoveredScreen

        if self.drafts.items:
            self.push_screen(RecoveredScreen())

    def on_text_area_changed(self, event) -> None:
        self._keep_draft(event.text_area, event.text_area.text)

    def on_input_changed(self, event) -> None:
        self._keep_draft(event.input, event.value)

    def _keep_draft(self, widget, text: str) -> None:
        where = DRAFT_FIELDS.get(widget.id or "")
        if where is None:
            return
        if self.drafts.keep(f"{id(widget.screen)}/{widget.id}", where, text):
            self.changed(DRAFTS_FILE)

    def _forget_closed_drafts(self, _screen: Screen) -> None:
        open_forms = {str(id(screen)) for screen in self.screen_stack} | {RECOVERED}
        if self.drafts.drop(open_forms):
            self.changed(DRAFTS_FILE)

    def _save_on_hang_up(self) -> None:
        """Closing the terminal window (SIGHUP) or a shutdown (SIGTERM) saves everything first."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self._ended_from_outside)
            except (NotImplementedError, RuntimeError, ValueError, AttributeError):
                pass  # not on this platform

    def _ended_from_outside(self) -> None:
        # Drafts stay: the forms were not closed by the person, so they are shown next time.
        self._dirty |= set(self.documents)
        self.save_and_wait()
        self.writer.close()
        self.exit()

    def get_default_screen(self) -> Screen:
        # The road map is the bottom of the stack: one screen less to build at start-up.
        # TRUSTROAD_START_SCREEN=journal starts on the journal instead (bench/ uses it); the
        # road map is then built when first asked for (go_home).
        import os

        if os.environ.get("TRUSTROAD_START_SCREEN") == "journal":
            from trustroad.tui.screens.journal import JournalScreen

            return JournalScreen()
        return HomeScreen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A screen can take over an app-wide key (the journal entry editor saves its form with
        # ctrl+s, and asks before ctrl+q would drop unsaved words): the app's binding gives way.
        if action in getattr(self.screen, "TAKES_APP_ACTIONS", ()):
            return False
        return True

    def on_ready(self) -> None:
        import gc

        # What exists now (content, documents, widgets) lives as long as the window: freeze it
        # out of the collector's sight, then let the collector run again (the CLI paused it).
        gc.freeze()
        gc.enable()
        if self.exit_on_ready:
            self.exit()

    # --- saving --------------------------------------------------------------------------

    def changed(self, name: str = WORKBOOK_FILE) -> None:
        """A document changed (by its file name): save soon, once the person pauses."""
        self._dirty.add(name)
        self.sub_title = "saving…"
        # A new timer per change: Timer.reset() only takes effect when the running interval
        # ends, which would let a save slip to twice the delay after the last keystroke.
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_soon)

    def _save_soon(self) -> None:
        self._save_timer = None
        self._submit()

    def _submit(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        dirty, self._dirty = self._dirty, set()
        for name in sorted(dirty):
            self.writer.submit(name, self.store.encode(self.documents[name]))
        if dirty:
            self.set_timer(0.3, self._show_saved)

    def _show_saved(self) -> None:
        if not self.writer.failed and not self._dirty:
            self.sub_title = "all changes saved"

    def _write_failed(self, name: str, error: Exception) -> None:
        # Runs on the writer thread. The text stays in memory; the file is written again on
        # the next change, on ctrl+s and on quit.
        reason = getattr(error, "strerror", None) or type(error).__name__
        message = f"Could not save to {self.store.path(name)} ({reason}). Your writing is still here; trustroad will try again."
        # call_later posts a message (thread-safe) and does not wait. call_from_thread would
        # block this thread until the UI ran it, while a quitting UI waits for this thread:
        # quitting without saving froze for 5 seconds.
        self.call_later(self._tell_save_failed, name, message)

    def _tell_save_failed(self, name: str, message: str) -> None:
        self._dirty.add(name)
        self.sub_title = "not saved"
        self.notify(message, title="Not saved", severity="error", timeout=10, markup=False)

    def save_and_wait(self) -> bool:
        self._submit()
        return self.writer.flush()

    def _retry_failed(self) -> None:
        self._dirty |= set(self.writer.failed)

    def action_save_now(self) -> None:
        self._retry_failed()
        if self.save_and_wait():
            self.sub_title = "all changes saved"
            self.notify("Saved.", timeout=2)

    async def action_quit(self) -> None:
        for screen in self.screen_stack:  # forms that save as they close keep their words now
            before_quit = getattr(screen, "before_quit", None)
            if before_quit is not None:
                before_quit()
        # Quitting on purpose closes every form: the journal editor has already asked about
        # unsaved words, and the promise editor saves as it closes.
        if any(not key.startswith(RECOVERED + "/") for key in self.drafts.items):
            self._forget_closed_drafts_on_quit()
        self._retry_failed()
        if self.save_and_wait() or self._quit_anyway:
            if self.writer.failed:
                files = ", ".join(str(self.store.path(n)) for n in sorted(self.writer.failed))
                self.save_problem = f"trustroad quit without saving the latest changes to {files}."
            self.writer.close()
            self.exit()
            return
        self._quit_anyway = True
        self.notify(
            "Your latest writing could not be saved. Free some space or fix the folder, then press "
            "ctrl+s. Press ctrl+q again to quit without saving it.",
            title="Not saved", severity="error", timeout=15, markup=False,
        )

    def _forget_closed_drafts_on_quit(self) -> None:
        if self.drafts.drop({RECOVERED}):
            self.changed(DRAFTS_FILE)

    def _fatal_error(self) -> None:
        # Textual's default prints a traceback with local variables, which could put a
        # person's writing into the terminal's scrollback. Save what we can, say little.
        try:
            self._dirty |= set(self.documents)
            saved = self.save_and_wait()
        except Exception:
            saved = False
        kind = type(self._exception).__name__ if self._exception else "error"
        where = "Your writing was saved." if saved else "The latest changes may not have been saved."
        self.save_problem = f"trustroad stopped after an unexpected problem ({kind}). {where}"
        self._close_messages_no_wait()

    # --- navigation, theme, palette -------------------------------------------------------

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
        if isinstance(self.screen, (JournalScreen, ModalScreen)):
            return
        self.push_screen(JournalScreen())

    def action_new_journal_entry(self) -> None:
        from trustroad.tui.screens.journal_entry import JournalEntryScreen

        if isinstance(self.screen, ModalScreen):
            return
        self.action_journal()
        self.push_screen(JournalEntryScreen(None), self._journal_entry_written)

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
        if not isinstance(self.screen, (AgreementsScreen, ModalScreen)):
            self.go_home()
            self.push_screen(AgreementsScreen())

    def action_checkin(self) -> None:
        from trustroad.tui.screens.checkin import CheckinScreen

        # Never over a modal: going home would close something still being written.
        if not isinstance(self.screen, (CheckinScreen, ModalScreen)):
            self.go_home()
            self.push_screen(CheckinScreen())

    def open_phase(self, phase_id: str, step_id: str | None = None) -> None:
        from trustroad.tui.screens.phase import PhaseScreen

        self.go_home()
        self.push_screen(PhaseScreen(phase_id, step_id))

    def go_home(self) -> None:
        # The road map is at the bottom; when trustroad started on another screen
        # (TRUSTROAD_START_SCREEN) it is built now, on top of that one.
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.push_screen(HomeScreen())

    def set_theme(self, name: str) -> None:
        self.workbook.set_theme(name)
        self.theme = THEMES[name]
        self.changed()

    def action_toggle_theme(self) -> None:
        self.set_theme("light" if self.workbook.theme == "dark" else "dark")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Road map", "Go to the road map (home)", self.go_home)
        for phase in self.content.phases:
            yield SystemCommand(f"Open: {phase.title}", phase.purpose, lambda p=phase.id: self.open_phase(p))
        for phase in self.content.phases:
            for step in phase.steps:
                yield SystemCommand(
                    f"Step: {step.title}", f"{phase.title} · {step.summary}",
                    lambda p=phase.id, s=step.id: self.open_phase(p, s), discover=False,
                )
        yield SystemCommand("Journal", "Your journal entries and the intensity trend (F3)", self.action_journal)
        yield SystemCommand("New journal entry", "Write a journal entry or log a rupture talk", self.action_new_journal_entry)
        yield SystemCommand("Agreements", "Stabilize's short-term agreements: wording, status, review (F7)", self.action_agreements)
        yield SystemCommand("Weekly check-in", "Safety and connection ratings, and a few questions (F8)", self.action_checkin)
        yield SystemCommand("Promises", "Small promises: record kept or not, add a repair (F9)", self.action_promises)
        yield SystemCommand("New promise", "Write a small promise, with the coach reading along", self.action_new_promise)
        yield SystemCommand("Setbacks", "Log a hard moment and its repair; how quickly repair comes", self.action_setbacks)
        yield SystemCommand("Therapy summary", "Preview and write a summary of what you chose to share (F10)", self.action_therapy_summary)
        yield SystemCommand("What I want to talk about", "Your list for the next therapy session", self.action_agenda)
        if any(key.startswith(RECOVERED + "/") for key in self.drafts.items):
            yield SystemCommand("Recovered writing", "What you were typing when trustroad last closed unexpectedly", self.show_recovered)
        yield SystemCommand("Settings", "Your role, where you are, light or dark", self.action_settings)
        yield SystemCommand("Help", "Every key, and what trustroad is", self.action_help)
        yield SystemCommand("Light / dark", "Switch between the light and dark theme", self.action_toggle_theme)
        yield SystemCommand("Save now", "Write everything to disk now", self.action_save_now)
        yield SystemCommand("Quit", "Save and close trustroad", self.action_quit)
        # Textual's "Screenshot" command is left out on purpose: it would write a person's
        # words to a file outside their data folder.

    # --- promises and setbacks (issue 4) ----------------------------------------------------

    def action_promises(self) -> None:
        from trustroad.tui.screens.promises import PromisesScreen

        if not isinstance(self.screen, PromisesScreen):
            self.go_home()
            self.push_screen(PromisesScreen())

    def action_new_promise(self, wording: str = "") -> None:
        from trustroad.tui.screens.promise_edit import PromiseEditScreen

        self.push_screen(PromiseEditScreen(wording=wording))

    def action_setbacks(self) -> None:
        from trustroad.tui.screens.setbacks import SetbacksScreen

        if not isinstance(self.screen, SetbacksScreen):
            self.push_screen(SetbacksScreen())

    # --- therapy summary (issue 5) -----------------------------------------------------------

    def action_therapy_summary(self) -> None:
        from trustroad.tui.screens.export import ExportScreen

        if not isinstance(self.screen, ExportScreen):
            self.push_screen(ExportScreen())

    def action_agenda(self) -> None:
        from trustroad.tui.screens.agenda import AgendaScreen

        if not isinstance(self.screen, AgendaScreen):
            self.push_screen(AgendaScreen())
