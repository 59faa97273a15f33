"""Work done with a passphrase, off the UI thread: the key derivation is slow.

A passphrase reaches the work as bytes (a bytearray, zeroed after the key derivation and again
here). It is never in a message and never in a traceback: the worker catches every error itself
and reports it in plain words, because Textual prints tracebacks with their local variables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.widget import Widget

T = TypeVar("T")


def plain_reason(error: Exception) -> str:
    """What went wrong, in words that hold no passphrase and none of the person's writing."""
    from trustroad.storage.errors import DataFileError, FolderInUseError, WrongPassphrase

    if isinstance(error, WrongPassphrase | DataFileError | FolderInUseError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"trustroad could not use the data folder{where}: {error.strerror or type(error).__name__}."
    return f"trustroad could not finish ({type(error).__name__})."


def run_with_secrets(
    widget: Widget,
    secrets: list[bytearray],
    job: Callable[[list[bytearray]], T],
    done: Callable[[T], None],
    failed: Callable[[str], None],
) -> None:
    """Run `job(secrets)` on a worker thread; then `done(result)` or `failed(message)` on the UI
    thread. The secrets are zeroed afterwards whatever happens."""
    app = widget.app  # found now: from the thread, a widget no longer mounted cannot find it

    def work() -> None:
        try:
            result = job(secrets)
        except Exception as error:  # every error: a traceback would show the locals
            message = plain_reason(error)
            del error
            app.call_from_thread(failed, message)
        else:
            app.call_from_thread(done, result)
        finally:
            for secret in secrets:
                secret[:] = bytes(len(secret))

    # An explicit description: Textual's default is the repr of the work.
    widget.run_worker(work, name="passphrase", description="key derivation", thread=True, exit_on_error=False)
