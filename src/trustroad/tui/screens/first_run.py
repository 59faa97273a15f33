"""The welcome: a new workbook folder's first screen, and Settings' "show the welcome again".

Six pages (tui/widgets/first_run_pages.py, words from first-run/welcome.yaml), keyboard only.
Nothing reaches the workbook until the person finishes or skips: then the choices made so far
are kept (Workbook.finish_first_run) and saved at once. Closed any other way (quitting, a lost
terminal), the next start shows the welcome again.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, ContentSwitcher, Footer, RadioSet, SelectionList, Static

from trustroad.content.first_run import FirstRunSpec
from trustroad.tui.screens.base import HIDE, SUPPORT, TrustroadScreen
from trustroad.tui.widgets.first_run_pages import PAGES, page

# The app-wide keys that would open something over the welcome, or close it on the way home.
WAITS_FOR_THE_WELCOME = ("journal", "settings", "agreements", "checkin", "promises", "therapy_summary")


class FirstRunScreen(TrustroadScreen[None]):
    TAKES_APP_ACTIONS = WAITS_FOR_THE_WELCOME
    BINDINGS = [
        HIDE,
        SUPPORT,  # the support place opens over the welcome too, and Esc comes back to it
        Binding("escape", "skip", "Skip the rest"),
        Binding("escape", "finish", "Start"),  # the same, on the last page: nothing is left to skip
        Binding("n", "next", "Next"),
        Binding("b", "back", "Back"),
    ]
    # CSS, not DEFAULT_CSS: these rules must win over styles/roadmap.tcss (.step-title's margin).
    CSS = """
    FirstRunScreen { align: center top; }
    #fr-pages { width: 100%; max-width: 78; height: 1fr; padding: 0 1; }
    .fr-page { height: 1fr; }
    .fr-count { color: $text-muted; }
    .fr-page .step-title { margin-top: 0; }
    .fr-line { margin-top: 1; }
    .fr-page RadioSet, .fr-page SelectionList { width: 100%; }
    #fr-encrypt { margin-top: 1; }
    #fr-nav { height: auto; width: 100%; max-width: 78; padding: 0 1; margin-top: 1; }
    #fr-nav > Button { margin-right: 2; }
    """

    def __init__(self, spec: FirstRunSpec) -> None:
        super().__init__()
        self.spec = spec
        self.page_name = PAGES[0]

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial=f"fr-page-{PAGES[0]}", id="fr-pages"):
            for name in PAGES:
                yield from page(name, self.spec, self.app.workbook, self.app.store.folder)
        with Horizontal(id="fr-nav"):
            # Compact (one line each): the page keeps the room at 60x20.
            yield Button("Back", id="fr-back", compact=True)
            yield Button("Next", id="fr-next", variant="primary", compact=True)
            yield Button("Skip the rest", id="fr-skip", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Welcome"
        # Textual's RadioSet highlights its first choice, not the chosen one (as in Settings).
        for group in self.query(RadioSet):
            if group.pressed_index >= 0:
                group._selected = group.pressed_index
        self._show_encryption()
        self._show(PAGES[0])

    # --- moving between pages -----------------------------------------------------------------

    def _show(self, name: str) -> None:
        self.page_name = name
        self.query_one(ContentSwitcher).current = f"fr-page-{name}"
        first, last = name == PAGES[0], name == PAGES[-1]
        self.query_one("#fr-back").display = not first
        self.query_one("#fr-next").display = not last
        self.query_one("#fr-skip").display = not last  # the last page's own buttons finish
        # The page's own choice has the focus; pages with none start on the way forward.
        current = self.query_one(f"#fr-page-{name}")
        targets = current.query("RadioSet, SelectionList, #fr-start")
        (targets.first() if targets else self.query_one("#fr-next")).focus()
        self.refresh_bindings()  # n and b leave the footer where they have nowhere to go

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.page_name != PAGES[-1]
        if action == "back":
            return self.page_name != PAGES[0]
        if action in ("skip", "finish"):
            return (self.page_name == PAGES[-1]) == (action == "finish")
        return True

    def action_next(self) -> None:
        index = PAGES.index(self.page_name)
        if index + 1 < len(PAGES):
            self._show(PAGES[index + 1])

    def action_back(self) -> None:
        index = PAGES.index(self.page_name)
        if index > 0:
            self._show(PAGES[index - 1])

    @on(Button.Pressed, "#fr-next")
    def _next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#fr-back")
    def _back_pressed(self) -> None:
        self.action_back()

    # --- the privacy page -----------------------------------------------------------------------

    @on(RadioSet.Changed, "#fr-privacy")
    def _privacy_answered(self, event: RadioSet.Changed) -> None:
        choice = next(c for c in self.spec.privacy.choices if c.id == event.pressed.name)
        self.query_one("#fr-advice", Static).update(choice.advice)

    def _show_encryption(self) -> None:
        from trustroad.storage.encrypted import EncryptedByteStore

        encrypted = isinstance(self.app.store.io, EncryptedByteStore)
        self.query_one("#fr-encrypted").display = encrypted
        self.query_one("#fr-encrypt").display = not encrypted

    @on(Button.Pressed, "#fr-encrypt")
    def _encrypt(self) -> None:
        # The same dialog as Settings' "Encrypt with a passphrase…" (tui/modals/passphrase.py).
        from trustroad.tui.modals.passphrase import PassphraseDialog

        self.app.push_screen(PassphraseDialog("on"), lambda _done: self._encrypted())

    def _encrypted(self) -> None:
        self._show_encryption()
        if self.query_one("#fr-encrypted").display:
            self.query_one("#fr-next").focus()

    # --- leaving: the answers are kept only now -------------------------------------------------

    def _answers(self) -> dict:
        role = self.query_one("#fr-role", RadioSet).pressed_button
        stage = self.query_one("#fr-stage", RadioSet).pressed_button
        phase = next((c.phase for c in self.spec.stage.choices if stage and c.id == stage.name), None)
        kinds: SelectionList[str] = self.query_one("#fr-kinds", SelectionList)
        return {"role": role.name if role else None, "kinds": kinds.selected, "phase_id": phase}

    def _keep(self) -> None:
        if self.app.workbook.finish_first_run(**self._answers()):
            self.app.changed()
            self.app.save_and_wait()
        self.dismiss()

    def action_skip(self) -> None:
        self._keep()

    def action_finish(self) -> None:
        self._keep()

    @on(Button.Pressed, "#fr-skip")
    def _skip_pressed(self) -> None:
        self._keep()

    @on(Button.Pressed, "#fr-start")
    def _start(self) -> None:
        self._keep()

    @on(Button.Pressed, "#fr-safety-check")
    async def _safety_check(self) -> None:
        self._keep()
        await self.app.run_action("safety_check")  # the private safety check, over the road map
