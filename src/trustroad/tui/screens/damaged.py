"""A data file could not be read at start: say which and why, and offer the newest good backup.

The window starts here instead of the road map (tui/open_workbook.py), holding the folder's
lock, with nothing loaded. Restoring moves the damaged file to the quarantine folder (never
deleted), keeps the other files as a backup, and opens the workbook from the backup. Quitting
leaves every file exactly as it was, and the message is printed again in the terminal.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from trustroad.recovery import Described, offer_text
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.screens.unlock import UnlockScreen

LEFT_AS_IT_WAS = "trustroad cannot open your workbook, and left every file as it was."


class DamagedScreen(TrustroadScreen[None]):
    TAKES_APP_ACTIONS = UnlockScreen.TAKES_APP_ACTIONS  # nothing is open yet: only quit and hide
    BINDINGS = [Binding("ctrl+q", "app.quit", "Quit", priority=True)]
    DEFAULT_CSS = """
    DamagedScreen { align: center middle; }
    #damaged-box { width: 90%; max-width: 76; height: auto; max-height: 100%; padding: 1 2; border: round $warning; }
    #damaged-buttons { height: auto; margin-top: 1; }
    #damaged-buttons > Button { margin-right: 2; }
    """

    def __init__(self, problem: str, found: Described) -> None:
        super().__init__()
        self.problem = problem
        self.found = found

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="damaged-box"):
            yield Static("A file of your workbook cannot be read", classes="step-title", markup=False)
            yield Static(self.problem, classes="prompt-help", markup=False)
            yield Static(offer_text(self.found), id="damaged-offer", markup=False)
            yield Static(
                "The damaged file is moved to the quarantine folder, never deleted; the other files are kept "
                "as a backup first.",
                classes="prompt-help",
                markup=False,
            )
            yield Static("", id="damaged-status", markup=False)
            with Horizontal(id="damaged-buttons"):
                yield Button("Restore it", id="restore", variant="warning")
                yield Button("Quit and leave it as it is", id="quit", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad"
        # Printed in the terminal after the window closes, unless the backup is restored.
        self.app.save_problem = (
            f"{LEFT_AS_IT_WAS}\n{self.problem}\n{offer_text(self.found)} (trustroad restore {self.found.backup.id})"
        )
        self.query_one("#quit").focus()

    @on(Button.Pressed, "#quit")
    async def _quit(self) -> None:
        await self.app.action_quit()

    @on(Button.Pressed, "#restore")
    def _restore(self) -> None:
        from trustroad.documents import load_all
        from trustroad.recovery import restore
        from trustroad.tui.secret_work import plain_reason

        try:
            restored, moved_to = restore(self.app.store, self.found.backup.id)
            documents = load_all(restored)
            self.app.save_problem = None
            self.app.opened(restored, documents)
        except Exception as error:  # plain words; a traceback would show the locals
            self.query_one("#damaged-status", Static).update(plain_reason(error))
            return
        where = f" The damaged file is in {moved_to}." if moved_to else ""
        self.app.notify(
            f"Restored the backup from {self.found.when}.{where}", title="Backups", timeout=10, markup=False
        )
