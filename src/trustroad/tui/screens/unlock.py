"""Opening an encrypted workbook: the passphrase first, then the documents, then the road map.

The window starts here when the data folder has a key file (tui/open_workbook.py has taken the
folder's lock and settled any interrupted switch). The key derivation and the loading run on a
worker thread, so the screen stays responsive. A wrong passphrase says so calmly and may be
tried again as often as the person likes; nothing on disk changes. A damaged key file shows
its DataFileError message, and the person can only quit: trustroad touches nothing. A damaged
data file, once unlocked, leads to the same offer as in a plain workbook: the newest backup that
opens (tui/screens/damaged.py), with the unlocked Store holding the lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Header, Input, Static

from trustroad.storage.record import Document
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.secret_work import run_with_secrets
from trustroad.tui.widgets.passphrase_input import PassphraseInput, take_secret

if TYPE_CHECKING:
    from trustroad.recovery import Described
    from trustroad.storage.keyfile import KeyFile
    from trustroad.storage.store import Store

# The unlocked Store and either its documents, or (a damaged file with a good backup) the
# problem and the backup to offer.
Opened = tuple["Store", "dict[str, Document] | tuple[str, Described]"]


class _AllButQuitAndHide:
    """The app-wide keys this screen takes over: every one but quit, hide and support (nothing is
    open yet; the support place then offers what needs no workbook: grounding, safety, self-check),
    and Tab and shift+Tab, the only way between the damaged-file screen's buttons without a mouse."""

    def __contains__(self, action: object) -> bool:
        return action not in ("quit", "hide", "support", "focus_next", "focus_previous")


class UnlockScreen(TrustroadScreen[None]):
    TAKES_APP_ACTIONS = _AllButQuitAndHide()
    BINDINGS = [Binding("ctrl+q", "app.quit", "Quit", priority=True)]
    DEFAULT_CSS = """
    UnlockScreen { align: center middle; }
    #unlock-box { width: 90%; max-width: 70; height: auto; padding: 1 2; border: round $primary; }
    #unlock-status { margin-top: 1; }
    #unlock-status.problem { color: $warning; }
    """

    def __init__(self, folder: Path, key_file: KeyFile | None, problem: str | None = None) -> None:
        """`key_file` None: it could not be read, and `problem` says why."""
        super().__init__()
        self.folder = folder
        self.key_file = key_file
        self.problem = problem
        self._working = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="unlock-box"):
            yield Static("This workbook is encrypted", classes="step-title", markup=False)
            if self.key_file is not None:
                yield Static("Type your passphrase and press Enter to open it.", classes="prompt-help", markup=False)
                yield PassphraseInput(id="passphrase", placeholder="passphrase")
            yield Static(self.problem or "", id="unlock-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad"
        if self.key_file is None:
            self._say(f"{self.problem}\nPress ctrl+q to quit.", problem=True)
        else:
            self.query_one(PassphraseInput).focus()

    def _say(self, message: str, problem: bool = False) -> None:
        status = self.query_one("#unlock-status", Static)
        status.update(message)
        status.set_class(problem, "problem")

    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        field = event.input
        if self._working or not field.value or self.key_file is None:
            return
        self._working = True
        secret = take_secret(field)
        field.disabled = True
        self._say("Opening…")
        folder, key_file = self.folder, self.key_file

        def job(secrets: list[bytearray]) -> Opened:
            from trustroad.commands.data_folder import encrypted_store
            from trustroad.documents import load_all
            from trustroad.recovery import newest_good
            from trustroad.storage.errors import DataFileError

            store = encrypted_store(folder, key_file, secrets[0])
            try:
                return store, load_all(store)
            except DataFileError as error:
                found = newest_good(store) if error.restorable else None
                if found is None:
                    raise
                return store, (str(error), found)

        run_with_secrets(self, [secret], job, self._opened, self._failed)

    def _opened(self, opened: Opened) -> None:
        store, documents = opened
        try:
            if isinstance(documents, dict):
                self.app.opened(store, documents)
                return
            from trustroad.tui.screens.damaged import DamagedScreen

            problem, found = documents
            self.app.use_store(store)  # the restore saves through the unlocked Store
            self.app.push_screen(DamagedScreen(problem, found))
        except Exception as error:  # the folder's lock taken by another trustroad in between
            from trustroad.tui.secret_work import plain_reason

            self._failed(plain_reason(error))

    def _failed(self, message: str) -> None:
        self._working = False
        field = self.query_one(PassphraseInput)
        field.disabled = False
        field.focus()
        self._say(message, problem=True)
