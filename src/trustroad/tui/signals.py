"""Closing the terminal window (SIGHUP) or a shutdown (SIGTERM) saves everything first."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


def save_on_hang_up(app: TrustroadApp) -> None:
    """Install the handlers on the running event loop (call from the app, once mounted)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGHUP, signal.SIGTERM):
        # Not on this platform (Windows, or a loop without signal support): nothing to install.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
            loop.add_signal_handler(sig, ended_from_outside, app)


def ended_from_outside(app: TrustroadApp) -> None:
    # Drafts stay: the forms were not closed by the person, so they are shown next time.
    app.saver.save_everything_and_wait()
    app.writer.close()
    app.exit()
