"""When the documents are saved: once the person pauses, on ctrl+s and on quit.

Screens change a document and call `app.changed(name)`. The controller waits for a pause,
turns each changed document into bytes on the UI thread (only the UI thread changes
models, so the snapshot is consistent) and hands the bytes to the background writer. The
header's sub-title says "saving…", "all changes saved" or "not saved".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.timer import Timer

from trustroad.storage.errors import ChangedOnDiskError, FolderInUseError
from trustroad.storage.writer import BackgroundWriter

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

SAVE_DELAY = 1.2  # seconds after the last keystroke


class SaveController:
    def __init__(self, app: TrustroadApp) -> None:
        self.app = app
        self.writer = BackgroundWriter(
            app.store.write_bytes,
            on_error=self._write_failed,
            on_written=self._written,
        )
        self._timer: Timer | None = None
        self._dirty: set[str] = set()

    def changed(self, name: str) -> None:
        """A document changed (by its file name): save soon, once the person pauses."""
        self._dirty.add(name)
        self.app.sub_title = "saving…"
        # A new timer per change: Timer.reset() only takes effect when the running interval
        # ends, which would let a save slip to twice the delay after the last keystroke.
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(SAVE_DELAY, self._save_soon)

    def save_and_wait(self) -> bool:
        """Hand every changed document to the writer now and wait; False if a write failed."""
        self._submit()
        return self.writer.flush()

    def save_everything_and_wait(self) -> bool:
        """As save_and_wait, for every document (the window is going away unexpectedly)."""
        self._dirty |= set(self.app.documents)
        return self.save_and_wait()

    def retry_failed(self) -> None:
        """Write again the files whose last write failed (on ctrl+s and on quit)."""
        self._dirty |= set(self.writer.failed)

    def failed_paths(self) -> str:
        """The files not saved, for the message printed after quitting."""
        return ", ".join(str(self.app.store.path(n)) for n in sorted(self.writer.failed))

    def _save_soon(self) -> None:
        self._timer = None
        self._submit()

    def _submit(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        dirty, self._dirty = self._dirty, set()
        for name in sorted(dirty):
            self.writer.submit(name, self.app.store.encode(self.app.documents[name]))

    def _written(self) -> None:
        # Runs on the writer thread once bytes are on disk (fsynced): only then may the header
        # say so. A slow disk (a USB stick) keeps "saving…" up until it is true.
        self.app.call_later(self._show_saved)

    def _show_saved(self) -> None:
        if not self.writer.failed and not self._dirty and self.writer.is_idle():
            self.app.sub_title = "all changes saved"

    def _write_failed(self, name: str, error: Exception) -> None:
        # Runs on the writer thread. The text stays in memory; the file is written again on
        # the next change, on ctrl+s and on quit.
        if isinstance(error, (ChangedOnDiskError, FolderInUseError)):
            message = str(error)  # names the files and what to do; holds none of the person's words
        else:
            reason = getattr(error, "strerror", None) or type(error).__name__
            message = (
                f"Could not save to {self.app.store.path(name)} ({reason}). "
                "Your writing is still here; trustroad will try again."
            )
        # call_later posts a message (thread-safe) and does not wait. call_from_thread would
        # block this thread until the UI ran it, while a quitting UI waits for this thread:
        # quitting without saving froze for 5 seconds.
        self.app.call_later(self._tell_save_failed, name, message)

    def _tell_save_failed(self, name: str, message: str) -> None:
        self._dirty.add(name)
        self.app.sub_title = "not saved"
        self.app.notify(message, title="Not saved", severity="error", timeout=10, markup=False)
