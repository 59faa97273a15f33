"""Hide and lock: a plain "notes" page over everything, the idle lock, and the window title.

One key (ctrl+backslash, app-wide and priority, so it works in text boxes and dialogs) or
the idle lock puts HiddenScreen over the whole stack. It is a full screen, not a modal, so
nothing underneath is drawn; it has no header, no footer and no notifications, and nothing on
it says what the program is. The same key or Enter pops it, and Textual gives the screen
below back its focus: the person is exactly where they were. When the workbook is encrypted,
the passphrase page (tui/screens/locked.py) comes first, and only the right passphrase pops it.

The idle lock keeps one monotonic timestamp, moved by every key, mouse and paste event (a
float assignment, cheap enough for mouse moves), and one timer that re-arms itself for
what is left of the delay when it fires early.

The window title: trustroad never writes one unless it must hide. "notes" goes up while hidden,
or for the whole session with the neutral title setting; the title the terminal had before is
pushed on the terminal's title stack first and popped afterwards (xterm's CSI 22/23 t:
terminals without a title stack, tmux among them, keep "notes", which gives nothing away).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Static

from trustroad.tui.screens.base import TrustroadScreen

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

NEUTRAL_TITLE = "notes"
_PUSH_TITLE = "\x1b[22;2t"  # save the window title on the terminal's stack
_POP_TITLE = "\x1b[23;2t"  # and put it back


class HiddenScreen(TrustroadScreen[None]):
    """A blank page titled "notes": nothing of the person's words, nor of trustroad."""

    BINDINGS = [Binding("enter", "app.hide", show=False)]

    def compose(self) -> ComposeResult:
        yield Static(NEUTRAL_TITLE, id="hidden-title", markup=False)


class Privacy:
    """The hide key and the idle lock: what they hide, and the way back."""

    def __init__(self, app: TrustroadApp) -> None:
        self.app = app
        self.title = WindowTitle(app)
        self.idle_lock = IdleLock(app)

    @property
    def hidden(self) -> bool:
        return isinstance(self.app.screen, HiddenScreen)

    def start(self) -> None:
        self.title.update()
        self.idle_lock.restart()

    def toggle(self) -> None:
        from trustroad.tui.screens.locked import LockedScreen

        if isinstance(self.app.screen, LockedScreen):
            self.app.switch_screen(HiddenScreen())  # back to the bare page, the field forgotten
        elif self.hidden:
            self.come_back()
        else:
            self.hide()

    def hide(self) -> None:
        if self.hidden:
            return
        self.app.push_screen(HiddenScreen())
        self.title.update(hidden=True)
        # Hidden first, saved next: the screen goes at the next frame, the save waits for the disk.
        self.app.call_after_refresh(self.app.save_and_wait)

    def come_back(self) -> None:
        from trustroad.tui.screens.locked import LockedScreen

        if not self.hidden or isinstance(self.app.screen, LockedScreen):
            return
        if self.app.needs_passphrase_to_return():
            # The passphrase page takes this one's place; it calls returned() only for the right one.
            self.app.switch_screen(LockedScreen())
            return
        self.returned()

    def returned(self) -> None:
        """Back where the person was: the screen below gets its focus back from Textual."""
        self.app.pop_screen()
        self.title.update(hidden=False)
        self.idle_lock.restart()


class WindowTitle:
    """The terminal's title: "notes" while hidden or when the person asked for it always."""

    def __init__(self, app: TrustroadApp) -> None:
        self.app = app
        self.shown: str | None = None  # what trustroad has put up; None: the terminal's own

    def update(self, hidden: bool = False) -> None:
        neutral = hidden or (bool(self.app.documents) and self.app.workbook.neutral_title)
        if neutral and self.shown is None:
            self._write(f"{_PUSH_TITLE}\x1b]2;{NEUTRAL_TITLE}\x07")
            self.shown = NEUTRAL_TITLE
        elif not neutral and self.shown is not None:
            self._write(_POP_TITLE)
            self.shown = None

    def _write(self, sequence: str) -> None:
        driver = self.app._driver  # Textual offers no public writer for a title
        if driver is not None and not self.app.is_headless:
            driver.write(sequence)
            driver.flush()


class IdleLock:
    """Hides the window after the workbook's idle_lock_minutes without a key or the mouse."""

    def __init__(self, app: TrustroadApp) -> None:
        self.app = app
        self.minute = 60.0  # seconds; tests make it short
        self.last_activity = time.monotonic()
        self._timer: Timer | None = None

    @property
    def delay(self) -> float | None:
        if not self.app.documents:  # still on the unlock screen: nothing to hide yet
            return None
        minutes = self.app.workbook.idle_lock_minutes
        return None if minutes is None else minutes * self.minute

    def activity(self) -> None:
        self.last_activity = time.monotonic()

    def restart(self) -> None:
        """From now: after start-up, a change of the setting, or coming back from hiding."""
        self.activity()
        self._arm(self.delay)

    def _arm(self, seconds: float | None) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if seconds is not None:
            self._timer = self.app.set_timer(seconds, self._check, name="idle-lock")

    def _check(self) -> None:
        self._timer = None
        delay = self.delay
        if delay is None or isinstance(self.app.screen, HiddenScreen):
            return
        left = delay - (time.monotonic() - self.last_activity)
        if left > 0:
            self._arm(left)
        else:
            self.app.privacy.hide()
