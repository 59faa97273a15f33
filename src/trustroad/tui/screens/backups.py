"""Backups (from Settings): the backups beside the workbook, and restoring one after asking.

Each backup is opened and checked as the list is made (off the UI thread: a large journal
takes a moment), so a damaged one says so instead of offering itself. Restoring runs on the UI
thread on purpose: nothing else may save while the files are being replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.recovery import Described
from trustroad.storage.record import Document
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

INTRO = (
    "trustroad keeps a copy of your workbook beside it each time you start changing it (the last 5 "
    "sessions and the first of each of the last 7 days), and before a format update or a restore. "
    "An encrypted workbook's backups are encrypted with it. Choose one and press Enter to restore it."
)


class BackupsScreen(TrustroadScreen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]
    # A margin from the window's edge, as the other reading pages have.
    DEFAULT_CSS = "BackupsScreen #backups { padding: 0 1; }"

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Described] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="backups"):
            yield Static("Backups", classes="step-title", markup=False)
            yield Static(INTRO, classes="prompt-help", markup=False)
            yield ReadableOptionList(id="backup-list")
            yield Static("Looking at the backups…", id="backups-status", classes="prompt-help", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Backups"
        self.query_one(OptionList).focus()
        self.refresh_list()

    def refresh_list(self) -> None:
        from trustroad.recovery import list_described

        store = self.app.store

        def work() -> None:
            try:
                found = list_described(store)
            except OSError as error:
                self.app.call_from_thread(self._say, f"The backups could not be read ({error.strerror}).")
            else:
                self.app.call_from_thread(self._show, found)

        self.run_worker(work, name="backups", description="listing backups", thread=True, exit_on_error=False)

    def _say(self, message: str) -> None:
        self.query_one("#backups-status", Static).update(message)

    def _show(self, found: list[Described]) -> None:
        self.found = found
        options = self.query_one(OptionList)
        options.clear_options()
        # Plain text: a backup's line holds dates and counts only, never a person's words.
        options.add_options(Option(item.line(), id=item.backup.id) for item in found)
        if found:
            options.highlighted = 0
        self._say("" if found else "There are no backups yet: the first is made when you next change something.")

    @on(OptionList.OptionSelected, "#backup-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        from trustroad.tui.modals.confirm_restore import ConfirmRestore

        found = next((item for item in self.found if item.backup.id == event.option.id), None)
        if found is None:
            return
        if found.counts is None:
            self.notify(f"This backup cannot be restored: {found.problem}", severity="warning", markup=False)
            return
        self.app.push_screen(ConfirmRestore(found), lambda yes: self._restore(found) if yes else None)

    def _restore(self, found: Described) -> None:
        from trustroad.documents import load_all
        from trustroad.recovery import restore
        from trustroad.tui.secret_work import plain_reason

        app = self.app
        if not app.save_and_wait():
            self._say("Your latest changes could not be saved, so nothing was restored. Fix that first.")
            return
        try:
            restored, moved_to = restore(app.store, found.backup.id)
            documents = load_all(restored)
            app.use_store(restored)
        except Exception as error:  # plain words; a traceback would show the locals
            self._say(plain_reason(error))
            return
        put_in_place(app, documents)
        moved = f" A file that could not be read was moved to {moved_to}." if moved_to else ""
        app.notify(
            f"Restored the backup from {found.when}. What you had before is kept as a backup.{moved}",
            title="Backups",
            timeout=10,
            markup=False,
        )
        # The app's worker: this screen's own would be cancelled as the screen closes.
        app.run_worker(_back_to_the_road_map(app), name="back-to-road-map", description="closing screens")


def put_in_place(app: TrustroadApp, documents: dict[str, Document]) -> None:
    """The restored documents become the window's (the same dict, so every holder sees them)."""
    from trustroad.tui.app import THEMES

    app.documents.clear()
    app.documents.update(documents)
    app.theme = THEMES[app.workbook.theme]


async def _back_to_the_road_map(app: TrustroadApp) -> None:
    """Every screen above the road map showed the old documents: close them (the map refreshes)."""
    while len(app.screen_stack) > 1:
        await app.pop_screen()
