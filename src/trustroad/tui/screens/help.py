"""Every key in one place, and what trustroad is and is not."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# Keys

**Everywhere** (these work while you type, too)

| Key | What it does |
|---|---|
| F1 | This help |
| F2 | Settings: which partner you are, where you are on the road map, light or dark |
| ctrl+s | Save now (trustroad also saves a moment after you stop typing, and when you quit) |
| ctrl+p | Command palette: jump to any phase or step by typing part of its name |
| ctrl+q | Save and quit |

**Road map (home)**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose a phase |
| Enter | Open the phase |
| m | Mark “I am here” on the chosen phase (press again to clear it) |
| n | Open the next suggested step |

**Inside a phase**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose a step in the list; its text shows on the right |
| Enter | Go into the step's questions |
| Tab / shift+Tab | Move between the list, the text and the answer boxes |
| F4 | Mark the step done, or not done |
| F5 / F6 | Previous / next step |
| Esc | Back to the road map |

# What trustroad is

A private workbook for couples after trust was broken. It follows three phases: Stabilize,
Make Meaning, and Rebuild with small, durable promises. Any phase can be opened at any time.

Everything you write stays in your data folder on this computer; trustroad never uses the
network. It is **not therapy** and **not for emergencies**: if anyone is unsafe, contact your
local emergency number, and see “When to seek support” on the road map.

Press Esc or F1 to close this help.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("f1", "dismiss", "Close", priority=True),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
