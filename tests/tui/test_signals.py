"""Issue 11, items 4 and 5: ended from outside, the window always closes, and keeps the writing.

Each test runs trustroad's app in a child process on a pseudo-terminal (so it is a real,
non-headless window that installs its signal handlers), then signals it as a closing terminal,
a shutdown or `kill -INT` would.
"""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import textwrap
import threading
import time
from pathlib import Path

import pytest

from trustroad.tui.signals import GRACE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and pseudo-terminals")

TYPED = "words typed a moment ago"

CHILD = textwrap.dedent(f"""\
    import sys
    from pathlib import Path

    from trustroad.content.loader import load_content
    from trustroad.documents import load_all
    from trustroad.storage.paths import builtin_content_dir
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp

    folder, mode, marker = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])


    class Stuck(TrustroadApp):
        def on_ready(self):
            super().on_ready()
            marker.write_text("stuck")
            while True:  # the UI thread never comes back (a huge step body did this)
                pass


    class Typing(TrustroadApp):
        def on_ready(self):
            super().on_ready()
            self.action_new_journal_entry()
            self.set_interval(0.05, self.typed)

        def typed(self):
            boxes = self.screen.query("#entry-text")
            if boxes and not boxes.first().text:
                boxes.first().insert({TYPED!r})
            # Kept in memory as a draft; its save to disk waits for a pause in the typing.
            if any(d.text == {TYPED!r} for d in self.drafts.items.values()):
                marker.write_text("typed")


    store = Store(folder)
    store.lock()
    app = (Stuck if mode == "stuck" else Typing)(load_content(builtin_content_dir()), store, load_all(store))
    app.run()
    store.unlock()
    """)


class Child:
    """The app in a child process, on a pty whose output is read (and dropped) as it comes."""

    def __init__(self, tmp_path: Path, mode: str) -> None:
        script = tmp_path / "child.py"
        script.write_text(CHILD, encoding="utf-8")
        self.folder = tmp_path / "data"
        self.marker = tmp_path / "marker"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env["TERM"] = "xterm-256color"
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(self.folder), mode, str(self.marker)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                if not os.read(self.master, 65536):
                    return
            except OSError:
                return

    def wait_for_marker(self, deadline: float = 30) -> str:
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            if self.marker.exists() and self.marker.read_text():
                return self.marker.read_text()
            assert self.process.poll() is None, "the child ended before it was ready"
            time.sleep(0.05)
        raise AssertionError("the child never got ready")

    def ends_within(self, seconds: float) -> int | None:
        try:
            return self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            return None

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self.master)


@pytest.fixture
def child(tmp_path: Path):
    children: list[Child] = []

    def start(mode: str) -> Child:
        children.append(Child(tmp_path, mode))
        return children[-1]

    yield start
    for each in children:
        each.close()


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
def test_a_stuck_window_still_ends_on_hang_up(child, sig: signal.Signals) -> None:
    app = child("stuck")
    app.wait_for_marker()
    time.sleep(0.2)  # well inside the busy loop
    started = time.monotonic()
    app.process.send_signal(sig)
    code = app.ends_within(GRACE + 10)
    assert code is not None, "the window ignored the signal"
    assert time.monotonic() - started >= GRACE - 0.5  # the loop got its grace to save first
    assert code == 128 + sig


def test_kill_int_saves_what_was_being_typed(child) -> None:
    app = child("typing")
    app.wait_for_marker()
    app.process.send_signal(signal.SIGINT)
    code = app.ends_within(GRACE + 10)
    assert code == 0  # the window closed itself, having saved (not the last-resort end)
    drafts = (app.folder / "drafts.json").read_text(encoding="utf-8")
    assert TYPED in drafts  # shown as recovered writing at the next start
