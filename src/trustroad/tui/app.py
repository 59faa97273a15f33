"""The Textual application: holds the documents in memory, starts, saves and quits.

Screens change a document and call `app.changed(name)`; when that is saved is the save
controller's business (tui/save.py), what a half-written form leaves behind the drafts
keeper's (tui/drafts.py). Where the keys lead is tui/navigation.py, the palette's entries
are in tui/commands.py and a closed terminal is handled by tui/signals.py.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, TextArea

from trustroad.content.model import Content
from trustroad.safe_text import printable
from trustroad.storage.files import (
    WORKBOOK_FILE,
)
from trustroad.storage.record import Document
from trustroad.storage.store import Store
from trustroad.storage.writer import BackgroundWriter
from trustroad.tui.commands import LiteralCommands, system_commands
from trustroad.tui.drafts import DraftKeeper
from trustroad.tui.navigation import NEEDS_THE_WORKBOOK, Navigation
from trustroad.tui.save import SaveController
from trustroad.tui.screens.hidden import Privacy
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.signals import save_on_hang_up
from trustroad.tui.themes import DARK, DARK_NAME, LIGHT, LIGHT_NAME
from trustroad.tui.typed_documents import TypedDocuments

THEMES = {"dark": DARK_NAME, "light": LIGHT_NAME}
STYLES = Path(__file__).with_name("styles")
STYLE_FILES = (
    "roadmap.tcss",
    "agreements_checkin.tcss",
    "summary_export.tcss",
    "promises_support.tcss",
    "journal.tcss",
    "recovered_hidden_together.tcss",
    "fields_sizes_go_to_find.tcss",  # last: these rules win over a page's own
)
WORKBOOK_MODE = "workbook"  # the screen stack of an encrypted workbook, once unlocked


class TrustroadApp(Navigation, TypedDocuments):
    TITLE = "trustroad"
    COMMANDS = {LiteralCommands}  # the palette, with workbook titles shown as written (tui/commands.py)
    # One stylesheet in several files, one per part of the app; read in this order, as if one
    # file, so that on equal selectors a later file wins (the rules for every page come last).
    # Absolute: Textual reads a relative path beside the module of the class it is given, so an
    # app subclass in another folder (bench/, the tests) would look for the styles there.
    CSS_PATH = [STYLES / name for name in STYLE_FILES]
    # Classes on every screen by terminal width, for the styles: side lists give way under 70
    # columns; the text keeps a readable measure however wide (issue 14).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-normal"), (150, "-wide")]
    BINDINGS = [
        # Hide works everywhere (each screen shows it first in its footer). ctrl+backslash is a control key every
        # terminal sends (0x1c; ctrl+h would be backspace), no text box uses and any laptop has.
        Binding("ctrl+backslash", "hide", "Hide", show=False, priority=True),  # shown by each screen
        # Support (issue 13): the grounding card, safety and help, from anywhere; shown by each screen.
        Binding("ctrl+g", "support", "Support", show=False, priority=True),
        # Go to… (ctrl+o): every place one letter away, on keyboards whose F-keys belong to the system.
        # The footer keeps to Hide, Support, Go to and each screen's own few keys, so that it fits at
        # 80 columns; help and quit are in Go to, and every key is in help (F1) and the palette (ctrl+p).
        Binding("ctrl+o", "go_to", "Go to", priority=True),
        Binding("f1", "help", "Help", show=False, priority=True),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("f3", "journal", "Journal", show=False, priority=True),
        Binding("f2", "settings", "Settings", show=False, priority=True),
        Binding("ctrl+s", "save_now", "Save", show=False, priority=True),
        Binding("f10", "therapy_summary", "Summary", show=False, priority=True),  # therapy summary (issue 5)
        Binding("f7", "agreements", "Agreements", show=False, priority=True),
        Binding("f8", "checkin", "Weekly check-in", show=False, priority=True),
        Binding("f9", "promises", "Promises", show=False, priority=True),
    ]

    def __init__(
        self, content: Content, store: Store, documents: dict[str, Document] | None, unlock: Screen | None = None
    ) -> None:
        """`documents` None: the workbook is encrypted, and `unlock` (tui/screens/unlock.py) shows
        first, while `store` holds the folder's lock; it calls `opened()` with the real ones."""
        super().__init__()
        self.register_theme(DARK)
        self.register_theme(LIGHT)
        self.content = content
        self.store = store
        self.documents = documents or {}
        # Dark until an encrypted workbook, once unlocked, says which.
        self._first_theme(THEMES[self.workbook.theme] if self.documents else DARK_NAME)
        self._unlock = unlock
        self.test_kdf = False  # Settings.test_kdf, for new key files (storage/kdf.py new_params)
        self.saver = SaveController(self)
        self.draft_keeper = DraftKeeper(self)
        self.privacy = Privacy(self)
        self._quit_anyway = False
        self.save_problem: str | None = None  # printed by the CLI after the window closes
        self.exit_on_ready = False
        # Per phase id, the step last shown there: reopening the phase returns to it (tui/screens/phase.py).
        # In memory only, for this window.
        self.last_steps: dict[str, str] = {}

    @property
    def writer(self) -> BackgroundWriter:
        return self.saver.writer

    # --- start-up -------------------------------------------------------------------------------

    def on_mount(self) -> None:
        if not self.is_headless:
            save_on_hang_up(self)
        if self.documents:
            self._workbook_shown()

    def _workbook_shown(self) -> None:
        self.screen_change_signal.subscribe(self, self.draft_keeper.forget_closed)
        if self.draft_keeper.start():
            self.call_after_refresh(self.show_recovered)
        self.privacy.start()
        if self.workbook.needs_first_run:  # a new folder (or one closed before the welcome ended)
            self.show_first_run()
        warning = self.store.privacy_warning()
        if warning:
            self.notify(warning, title="Privacy", severity="warning", timeout=20, markup=False)

    def show_first_run(self, closed: Callable[[None], None] | None = None) -> None:
        """The welcome (tui/screens/first_run.py), if the content has one; `closed` runs after it."""
        from trustroad.tui.screens.first_run import FirstRunScreen

        if self.content.first_run is not None and not isinstance(self.screen, FirstRunScreen):
            self.push_screen(FirstRunScreen(self.content.first_run), closed)

    def get_default_screen(self) -> Screen:
        # The road map is the bottom of the stack (once an encrypted workbook is unlocked).
        return HomeScreen() if self.documents or self._unlock is None else self._unlock

    def opened(self, store: Store, documents: dict[str, Document]) -> None:
        """The unlock screen opened the workbook: from now on, its documents, through `store`."""
        hidden = self.privacy.hidden  # the hide key while the passphrase was being checked
        self.use_store(store)
        self.documents = documents
        self.theme = THEMES[self.workbook.theme]
        # The road map starts a screen stack of its own (Textual cannot replace the bottom
        # screen in place); the unlock screen stays behind in the first, inert, its field empty.
        self.add_mode(WORKBOOK_MODE, HomeScreen)
        self.switch_mode(WORKBOOK_MODE)
        self._workbook_shown()
        if hidden:  # it stays hidden, now over the road map (and asks for the passphrase again)
            self.privacy.hide()

    def use_store(self, store: Store) -> None:
        """Save through a new Store from now on (after unlocking, or turning encryption on or off).
        The caller saved everything before the switch (the old Store would write the old way).
        The folder's lock changes hands with no gap (Store.take_lock_from); FolderInUseError if
        another trustroad took the folder while the old Store held it (its lock file removed)."""
        from trustroad.commands.data_folder import hand_over_lock

        hand_over_lock(self.store, store)
        self.saver.writer.close()
        self.store = store
        self.saver = SaveController(self)

    def on_ready(self) -> None:
        # trustroad's one start-up policy for the garbage collector: what exists at the first
        # frame (content, documents, widgets) lives as long as the window, so it is frozen
        # out of the collector's sight; the collector runs from here on, whatever paused it
        # while the files loaded.
        gc.freeze()
        gc.enable()
        if self.exit_on_ready:
            self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.privacy.hidden:  # behind the neutral page, only the way back works
            return action == "hide"
        if not self.documents and action in NEEDS_THE_WORKBOOK:
            return False  # still locked, here or in the support place over the unlock screen
        # A screen can take over an app-wide key (the journal entry editor saves its form with
        # ctrl+s, and asks before ctrl+q would drop unsaved words): the app's binding gives way.
        return action not in getattr(self.screen, "TAKES_APP_ACTIONS", ())

    def needs_passphrase_to_return(self) -> bool:
        """Whether coming back from the hidden page asks for the passphrase first: when the
        files are saved encrypted (tui/screens/locked.py then checks it against the key file)."""
        return self.store.io.sealing_key() is not None

    # --- the drafts safety net ----------------------------------------------------------------

    def show_recovered(self) -> None:
        from trustroad.tui.screens.recovered import RecoveredScreen

        if self.drafts.items:
            self.push_screen(RecoveredScreen())

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.draft_keeper.keep(event.text_area, event.text_area.text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.draft_keeper.keep(event.input, event.value)

    # --- saving and quitting --------------------------------------------------------------------

    def changed(self, name: str = WORKBOOK_FILE) -> None:
        """A document changed (by its file name): save soon, once the person pauses."""
        self.saver.changed(name)

    def save_and_wait(self) -> bool:
        return self.saver.save_and_wait()

    def action_save_now(self) -> None:
        self.saver.retry_failed()
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
        if self.documents:  # an encrypted workbook may be closed before it was unlocked
            self.draft_keeper.forget_all_forms()
        self.saver.retry_failed()
        if self.save_and_wait() or self._quit_anyway:
            if self.writer.failed:
                self.save_problem = f"trustroad quit without saving the latest changes to {self.saver.failed_paths()}."
            self.writer.close()
            self.exit()
            return
        self._quit_anyway = True
        self.notify(
            "Your latest writing could not be saved. Free some space or fix the folder, then press "
            "ctrl+s. Press ctrl+q again to quit without saving it.",
            title="Not saved",
            severity="error",
            timeout=15,
            markup=False,
        )

    def _fatal_error(self) -> None:
        # Textual's default prints a traceback with local variables, which could put a
        # person's writing into the terminal's scrollback. Save what we can, say little.
        try:
            saved = self.saver.save_everything_and_wait()
        except Exception:
            saved = False
        kind = type(self._exception).__name__ if self._exception else "error"
        where = "Your writing was saved." if saved else "The latest changes may not have been saved."
        self.save_problem = f"trustroad stopped after an unexpected problem ({kind}). {where}"
        self._close_messages_no_wait()

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        # trustroad makes no network connections: a link in a worksheet (or anything else Textual
        # would hand to the browser) is never opened. Its address is shown instead, as plain text.
        self.notify(f"trustroad does not open links. The address is: {printable(url)}", title="Link", markup=False)

    # --- theme and palette ------------------------------------------------------------------------

    def _first_theme(self, name: str) -> None:
        """The theme the window opens in, given before its stylesheets are first parsed.

        Setting `theme` runs Textual's watcher, which has every stylesheet parsed again and the
        screen restyled once the app runs; at start that would be a second parse of everything.
        For a dark theme the rest of what the watcher does, Textual's own start has already done
        (the -dark-mode class, the dark mapping of ANSI colours): so the value is set without it,
        the stylesheet is given the theme's colours (Textual made it with its default theme's),
        and the class naming the theme is added as the watcher would. A light theme goes through
        the watcher: it also changes the ANSI colour mapping, which Textual keeps private.
        """
        theme = self.get_theme(name)
        if theme is not None and theme.dark and self.current_theme.dark:
            self.set_reactive(App.theme, name)
            self.stylesheet.set_variables(self.get_css_variables())  # Textual's start read the default theme's
            self.add_class(f"-theme-{name}", update=False)
        else:
            self.theme = name

    def set_theme(self, name: str) -> None:
        self.workbook.set_theme(name)
        self.theme = THEMES[name]
        self.changed()

    def action_toggle_theme(self) -> None:
        self.set_theme("light" if self.workbook.theme == "dark" else "dark")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return system_commands(self, screen)
