"""Ended from outside: the terminal closes (SIGHUP), a shutdown (SIGTERM) or `kill -INT` (SIGINT).

Each saves everything first (drafts included: the forms were not closed by the person, so what
they were typing is shown next time), then the window closes.

The handlers are installed with signal.signal, not the event loop's add_signal_handler: Python
runs them in the main thread between any two bytecodes, even while the UI is stuck in a long
computation, whereas the loop's handlers wait for the loop. The handler asks the loop to save
and exit, and starts a watchdog: if the process is still here GRACE seconds later (the loop is
stuck, so it never got to save), it ends anyway. A window that cannot be closed is worse than
losing the last second of typing (the drafts are saved as the person pauses).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

GRACE = 5.0  # seconds a stuck window gets to save and close before the process ends anyway
SIGNALS = ("SIGHUP", "SIGTERM", "SIGINT")  # by name: Windows has no SIGHUP

# Leave the alternate screen, show the cursor, stop mouse reports: the terminal is usable again
# after a forced end (a closed terminal ignores this).
_RESTORE_TERMINAL = b"\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?25h\x1b[?1049l"


def save_on_hang_up(app: TrustroadApp) -> None:
    """Install the handlers (call from the app once mounted, in the main thread)."""
    loop = asyncio.get_running_loop()
    watchdog: list[threading.Thread] = []

    def handler(signum: int, _frame: FrameType | None) -> None:
        if not watchdog:  # the first signal: a second one changes nothing
            thread = threading.Thread(target=_end_after_grace, args=(signum,), name="trustroad-exit", daemon=True)
            watchdog.append(thread)
            thread.start()
            # Not saved here: the handler interrupts the UI thread at any bytecode, perhaps in the
            # middle of changing a document. The loop saves between two of its tasks.
            with contextlib.suppress(RuntimeError):  # the loop has closed: nothing left to save
                loop.call_soon_threadsafe(ended_from_outside, app)

    for name in SIGNALS:
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread, or not on this platform
            signal.signal(sig, handler)


def ended_from_outside(app: TrustroadApp) -> None:
    # Drafts stay: the forms were not closed by the person, so they are shown next time.
    app.saver.save_everything_and_wait()
    app.writer.close()
    app.exit()


def _end_after_grace(signum: int) -> None:
    # A daemon thread: when the window closes normally the process ends and this never wakes.
    threading.Event().wait(GRACE)
    with contextlib.suppress(OSError):
        if os.isatty(1):
            os.write(1, _RESTORE_TERMINAL)
    os._exit(128 + signum)
