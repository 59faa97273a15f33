"""The real-terminal test: the INSTALLED `trustroad` in tmux, driven with real keys.

Start on an empty data folder, open Stabilize, go into a worksheet's answer box, type an
answer, quit with ctrl+q, start again and find the answer on screen. tmux runs on its own
socket with no user configuration, and is always killed at the end. Every wait is a poll
with a deadline, never a fixed sleep.

Needs tmux (skipped with a reason when it is missing) and the `trustroad` console script of
an installed (not source-tree) trustroad: the one beside this Python, or on PATH. Without the
script the test is skipped, except under CI (CI set), where it fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from trustroad import clock
from trustroad.content.loader import load_content
from trustroad.storage.paths import builtin_content_dir

WIDTH, HEIGHT = 100, 30
DEADLINE = 20.0  # seconds; generous for a loaded CI machine, polled every 50 ms
ANSWER = "typed in tmux [/] <b> [bold]ok"
STEP_LIST_WIDTH = 30  # the phase screen's step list (tui/styles/roadmap.tcss #steps); answer boxes are right of it


def _trustroad_script() -> str:
    beside = Path(sys.executable).parent / "trustroad"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("trustroad")
    if found:
        return found
    reason = "the `trustroad` console script is not installed here (pip install . into this environment)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _poll(check, deadline: float = DEADLINE):
    """Call `check` every 50 ms until it returns something truthy; None at the deadline."""
    end = time.monotonic() + deadline
    while True:
        result = check()
        if result or time.monotonic() >= end:
            return result
        time.sleep(0.05)


class Tmux:
    """One private tmux server (its own socket); each start is a new session on it."""

    def __init__(self, workdir: Path) -> None:
        self.socket = f"trustroad-e2e-{uuid.uuid4().hex[:12]}"
        self.workdir = workdir
        self.runs = 0
        self.session = ""
        self.socket_path = ""
        # remain-on-exit: after trustroad ends its pane stays, with whatever it printed after
        # leaving the full screen (a traceback, a "not saved" message), and keeps the server up
        # for the next start.
        self.config = workdir / "tmux.conf"
        self.config.write_text("set -g remain-on-exit on\n", encoding="utf-8")

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=10,
        )

    def start(self, argv: list[str]) -> Path:
        """Run argv in a new session; returns the file its exit status will be written to."""
        self.runs += 1
        self.session = f"run{self.runs}"
        status = self.workdir / f"exit-status-{self.runs}"
        # The shell stays as trustroad's parent only to write its exit status: tmux's own
        # #{pane_dead_status} is sometimes never filled in on a busy machine.
        command = shlex.join(["sh", "-c", f'"$@"; echo $? > {shlex.quote(str(status))}', "sh", *argv])
        self.run(
            "new-session",
            "-d",
            "-s",
            self.session,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            "-c",
            str(self.workdir),
            command,
        )
        self.socket_path = self.socket_path or self.pane("#{socket_path}")
        return status

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.session).stdout

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", self.session, "-l", "--", text)

    def pane(self, fmt: str) -> str:
        return self.run("display-message", "-p", "-t", self.session, fmt).stdout.strip()

    def wait_for(self, text: str) -> str:
        """Poll the screen until `text` is on it; fail with the last screen otherwise."""

        def showing() -> str | None:
            screen = self.screen()
            return screen if text in screen else None

        screen = _poll(showing)
        if screen is None:
            pytest.fail(f"{text!r} did not appear on screen. Last screen:\n{self.screen()}")
        return screen

    def wait_for_typing_focus(self) -> None:
        """Wait until an answer box has the keyboard: Textual puts the terminal cursor in it.

        Keys sent straight after Enter would otherwise reach the step list, which has not yet
        handed focus on (Enter's effect is a message handled a moment later).
        """
        if not _poll(lambda: int(self.pane("#{cursor_x}") or 0) > STEP_LIST_WIDTH):
            pytest.fail(f"no answer box took the keyboard. Last screen:\n{self.screen()}")

    def wait_for_exit(self, status: Path) -> int:
        if not _poll(lambda: status.exists() and status.read_text().strip()):
            pytest.fail(f"trustroad did not exit. Last screen:\n{self.screen()}")
        return int(status.read_text())

    def kill_server(self) -> None:
        self.run("kill-server", check=False)
        if self.socket_path:  # tmux leaves its socket file behind
            Path(self.socket_path).unlink(missing_ok=True)


@pytest.fixture
def tmux(tmp_path: Path):
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (CI installs it; on Debian/Ubuntu: apt-get install tmux)")
    server = Tmux(tmp_path)
    try:
        yield server
    finally:
        server.kill_server()


def test_installed_trustroad_keeps_an_answer_across_quit_and_restart(tmux: Tmux, tmp_path: Path, fixed_now):
    data = tmp_path / "data"
    # -u PYTHONPATH: the installed package must be the one that runs, with its shipped content.
    # -u COLUMNS/LINES: pytest exports COLUMNS, and Textual would believe it over the real pane.
    # The test hook: the app inside tmux runs on the suite's fixed day, not the real one.
    argv = [
        "env",
        "-u",
        "PYTHONPATH",
        "-u",
        "COLUMNS",
        "-u",
        "LINES",
        "TERM=xterm-256color",
        f"TRUSTROAD_DATA_DIR={data}",
        f"{clock.TEST_NOW_ENV}={fixed_now.isoformat()}",
        _trustroad_script(),
    ]
    content = load_content(builtin_content_dir())
    phase = content.phase("stabilize")
    phase_index = [p.id for p in content.phases].index(phase.id)
    step_index, step = next((i, s) for i, s in enumerate(phase.steps) if s.kind == "worksheet")

    def open_worksheet() -> None:
        tmux.wait_for("Phase 1 · Stabilize")  # the road map is painted
        for _ in range(phase_index):
            tmux.keys("Down")
        tmux.keys("Enter")
        tmux.wait_for("Steps ·")
        for _ in range(step_index):
            tmux.keys("Down")
        tmux.wait_for(f"Step {step_index + 1} of {len(phase.steps)}")
        tmux.keys("Enter")  # into the first answer box, which scrolls into view
        tmux.wait_for_typing_focus()

    def quit_cleanly(status: Path) -> None:
        tmux.keys("C-q")
        assert tmux.wait_for_exit(status) == 0
        after = tmux.screen()  # what trustroad printed after leaving the full screen
        assert "Traceback" not in after and "without saving" not in after, after

    status = tmux.start(argv)
    tmux.wait_for("Welcome · 1 of 6")  # a new data folder opens on the welcome
    tmux.keys("Escape")  # skipped: the next start goes straight to the road map
    open_worksheet()
    tmux.type(ANSWER)
    tmux.wait_for(ANSWER)
    quit_cleanly(status)
    saved = json.loads((data / "workbook.json").read_text(encoding="utf-8"))
    first = step.prompts_for("unsaid")[0]
    assert saved["answers"][f"{step.id}/{first.id}"]["text"] == ANSWER

    status = tmux.start(argv)
    open_worksheet()
    tmux.wait_for(ANSWER)
    quit_cleanly(status)


def test_escape_sequences_in_an_entry_change_no_title_and_no_clipboard(tmux: Tmux, tmp_path: Path, fixed_now):
    """Issue 11: an entry captured with `journal add` holding OSC 2 (window title), OSC 52
    (clipboard) and CSI 2J (clear screen) is drawn as its words only, in a real terminal."""
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COLUMNS", "LINES")}
    env.update({"TRUSTROAD_DATA_DIR": str(data), clock.TEST_NOW_ENV: fixed_now.isoformat()})
    entry = "x \x1b]2;PWNED\x1b\\ \x1b]52;c;UFdORURDTElQ\x1b\\ \x1b[2J end\n"
    subprocess.run(
        [_trustroad_script(), "journal", "add", "--share"], input=entry, text=True, env=env, check=True, timeout=60
    )
    # tmux takes a title from OSC 2 and, with set-clipboard on, a paste buffer from OSC 52.
    tmux.config.write_text(tmux.config.read_text(encoding="utf-8") + "set -g set-clipboard on\n", encoding="utf-8")
    argv = ["env", "-u", "PYTHONPATH", "-u", "COLUMNS", "-u", "LINES", "TERM=xterm-256color"]
    argv += [f"TRUSTROAD_DATA_DIR={data}", f"{clock.TEST_NOW_ENV}={fixed_now.isoformat()}", _trustroad_script()]
    status = tmux.start(argv)
    tmux.wait_for("Welcome · 1 of 6")  # `journal add` wrote no workbook: the welcome comes first
    tmux.keys("Escape")
    tmux.wait_for("Phase 1 · Stabilize")
    title_before = tmux.pane("#{pane_title}")
    tmux.keys("F3")
    screen = tmux.wait_for("reflection")  # the entry's words, in the journal's list
    assert re.search(r"reflection +x +end", screen), screen
    assert "PWNED" not in screen
    tmux.keys("Enter")  # and the whole entry, in its editor
    tmux.wait_for("Journal entry · written")
    assert tmux.pane("#{pane_title}") == title_before != "PWNED"
    assert "PWNED" not in tmux.run("list-buffers", check=False).stdout
    tmux.keys("Escape")
    tmux.keys("C-q")
    assert tmux.wait_for_exit(status) == 0
