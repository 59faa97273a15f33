"""Saving off the UI thread: one thread, newest snapshot wins, saves never overlap and never
go back in time."""

from __future__ import annotations

import threading
from collections.abc import Callable


class BackgroundWriter:
    """Writes snapshots on one background thread: per file, the newest pending one wins.

    The UI thread turns the model into bytes (cheap, and consistent because only the
    UI thread changes models) and hands them over; disk waits and fsyncs happen here,
    one file at a time, so saves never overlap and never go back in time.
    """

    def __init__(
        self,
        write: Callable[[str, bytes], None],
        on_error: Callable[[str, Exception], None] | None = None,
        on_written: Callable[[], None] | None = None,
    ) -> None:

        self._write = write
        self._on_error = on_error
        self._on_written = on_written
        self._pending: dict[str, bytes] = {}
        self._busy = False
        self._closed = False
        self._cond = threading.Condition()
        self.failed: dict[str, Exception] = {}  # file name -> the error of its last write
        self._thread = threading.Thread(target=self._run, name="trustroad-writer", daemon=True)
        self._thread.start()

    def submit(self, name: str, data: bytes) -> None:
        with self._cond:
            self._pending[name] = data
            self._cond.notify_all()

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Wait until every submitted snapshot is written; False if any last write failed."""
        with self._cond:
            # wait_for's result matters: after a timeout a write may still be in progress.
            idle = self._cond.wait_for(lambda: not self._pending and not self._busy, timeout=timeout)
            return idle and not self.failed

    def is_idle(self) -> bool:
        """Nothing waiting and nothing being written: every submitted snapshot is on disk (or failed)."""
        with self._cond:
            return not self._pending and not self._busy

    def close(self) -> bool:
        ok = self.flush()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=5)
        return ok

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if not self._pending:
                    return
                name = next(iter(self._pending))
                data = self._pending.pop(name)
                self._busy = True
            try:
                self._write(name, data)
                error = None
            except Exception as exc:  # disk full, folder removed…: the data stays in memory; tell the UI
                error = exc
            with self._cond:
                if error is None:
                    self.failed.pop(name, None)
                else:
                    self.failed[name] = error
                self._busy = False
                self._cond.notify_all()
            try:
                if error is None:
                    if self._on_written is not None:
                        self._on_written()
                elif self._on_error is not None:
                    self._on_error(name, error)
            except Exception:  # a failing report (e.g. the UI already gone) must not stop later saves
                pass
