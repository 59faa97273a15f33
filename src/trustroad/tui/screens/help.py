"""Every key in one place, and what trustroad is and is not."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Markdown

from trustroad.tui.screens.base import TrustroadModalScreen

HELP = """\
# Keys

**Everywhere** (these work while you type, too)

| Key | What it does |
|---|---|
| ctrl+o | Go to…: every place, one letter each; no F-keys needed |
| F1 | This help |
| ctrl+backslash | Hide: a plain page covers everything at once (saved first); this key again or Enter: back |
| ctrl+g | Support: grounding lines and your time-out phrase at once; safety, when to seek support, your agenda |
| F2 | Settings: which partner you are, where you are on the road map, what happened, light or dark |
| ctrl+s | Save now (trustroad also saves a moment after you stop typing, and when you quit) |
| ctrl+p | Command palette: jump to any phase or step by typing part of its name |
| ctrl+q | Save and quit |
| F10 | Therapy summary: preview and write what you chose to share (Markdown, HTML, PDF) |
| F3 | Journal: your entries, rupture talks and the intensity trend |
| F7 | Agreements: your short-term agreements from Stabilize |
| F8 | Weekly check-in |
| F9 | Promises: record kept or not, add a repair; setbacks from there (s) |

? opens this help too, from every screen and dialog, except in a text box (there it is a question
mark, typed). The footer writes the hide key `^\\`. With no key pressed and no mouse moved for 5 minutes, the
window hides by itself; Settings (F2) changes the time or turns it off, and can make the
terminal's title say "notes" all the time. When the workbook is encrypted, coming back from the
plain page asks for the passphrase first.

**Road map (home)**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose a phase |
| Enter | Open the phase |
| m | Mark “I am here” on the chosen phase (press again to clear it) |
| n | Open the next suggested step |
| ? | This help (like F1; on every screen where you are not typing in a box) |
| j | Journal |
| f | Find in my worksheets: words you wrote in any answer, every phase |
| e | Therapy summary |
| a | Agreements |
| c | Weekly check-in |
| p | Promises |

**Journal**

| Key | What it does |
|---|---|
| ↑ ↓, Enter | Choose an entry; Enter opens it to read or edit |
| ↓ or PageDown | On the last row: the next 100, older entries (↑ or PageUp on the first row: newer ones) |
| Home / End | The newest / the oldest entry |
| ctrl+n | Write a new entry |
| ctrl+f | Find: shows the filter boxes (text, tag, kind, phase, dates; they combine) and puts you in the search |
| ctrl+r | Clear every filter |
| Delete | Delete the chosen entry (trustroad asks first) |
| ctrl+z | Right after a delete: bring the entry back (in a text box: undo the typing) |
| ctrl+s | In an entry: save it |
| ctrl+l, ctrl+r, ctrl+t | In an entry: the kind, the intensity (0–10), the tags |
| Esc | Close (an entry with unsaved words asks first); in a filter box: back to the list |

In every one-line box, ctrl+z undoes what you typed and ctrl+y does it again. Esc always means
leave; where something typed would be lost, trustroad asks first.

From the shell, `trustroad journal add` saves a quick entry typed at the prompt or piped in;
the text is never taken from the command line, so it stays out of your shell history.

**Find in my worksheets** (ctrl+o f from anywhere, f on the road map, or the palette)

| Key | What it does |
|---|---|
| type | Every word must be in the answer (or ledger question), in any order and case |
| ↓ or Enter | From the box to the results |
| Enter | Open the step, in the answer box that holds the words; Esc there comes back to the results |
| Esc | Back |

**Inside a phase**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose a step in the list; its text shows on the right |
| Enter | Go into the step's questions |
| Tab / shift+Tab | Move between the list, the text and the answer boxes |
| F4 or d | Mark the step done, or not done (d: when you are not in a text box) |
| F5 / F6 or p / n | Previous / next step (p / n: when you are not in a text box) |
| Esc | Back to the road map |
| ctrl+t | Share the answer you are in with your therapy summary (or keep it private again) |

**Therapy summary (F10)**

| Key | What it does |
|---|---|
| ctrl+e | Write the summary to the file shown under “Save to” (a file already there is replaced only if you say so) |
| Esc | Back |

Files are saved in the Documents folder in your home folder (or the home folder itself when it has
none), as `trustroad export` does; the full path is shown once written. “What to write” also offers
**My whole workbook**: everything, shared or not, for you alone, marked private on every page.

**What I want to talk about** (palette: “What I want to talk about”, or the button on the summary screen)

| Key | What it does |
|---|---|
| Enter / space | Tick an item off, or reopen it |
| shift+↑ ↓ | Move the item up or down |
| Delete, then u | Remove the item; u brings it back |
| a | Go to the box for a new item |

**Agreements (F7)**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose an agreement; Enter goes to its wording |
| n | A new agreement, from a suggested wording or a blank page |
| r | We looked at it again: the next review moves on by the agreement's usual time |
| Next review | Type a date (YYYY-MM-DD) to choose the day you will look at it again |
| Tab | Move to the name, the wording, the status buttons and the history |
| Esc | Back to the road map |

**Weekly check-in (F8)**

| Key | What it does |
|---|---|
| Tab / shift+Tab | Move between the ratings (0 to 10, or empty) and the questions; Enter after a rating moves on too |
| Enter on “Save this check-in” | Save it with today's date; your answers are kept as a draft until then |
| ← → on the tabs | Switch between “This week” and “Past check-ins” |
| Esc | Back to the road map |

**Promises (F9)**

| Key | What it does |
|---|---|
| ↑ ↓ | Choose a promise |
| Enter | Record the chosen day: kept, or not this time, with a note if you like |
| k | Record it as kept, quickly |
| ← → | An earlier or later day (to fill in a day without a record) |
| r | Add a repair to a day that was not kept: when it was owned up to, what was done |
| n / e | Write a new promise / change the chosen one (the coach reads along; ctrl+s saves; Esc asks first if unsaved) |
| s | Setbacks: n logs one, r notes its repair; shows how quickly repair comes |
| Esc | Back |

**Together: letters with your partner's workbook** (palette: “Together”)

| Key | What it does |
|---|---|
| Pair… | Once: write your pairing offer, open your partner's, compare the six words |
| Enter / space | In “Send to my partner”: switch the chosen item between send and private |
| w | Write a letter: see what it holds, then seal it into a file you carry to your partner |
| o | Open a letter from your partner (nothing of yours changes) |
| s | Our two accounts, and the story you can both live with |
| Enter | On your partner's agreement: read it beside yours, say yes; on their promise: note what you saw |

# What trustroad is

A private workbook for couples after trust was broken. It follows three phases: Stabilize,
Make Meaning, and Rebuild with small, durable promises. Any phase can be opened at any time.

Everything you write stays in your data folder on this computer; trustroad never uses the
network. It is **not therapy** and **not for emergencies**: if anyone is unsafe, contact your
local emergency number, and press ctrl+g for the support place.

The welcome you met on the first start (privacy, which partner you are, what happened, where you
are) can be gone through again: Settings (F2), “Show the welcome again…”.

Press Esc or F1 to close this help.
"""


class HelpScreen(TrustroadModalScreen[None]):
    # Its own footer (Hide, Support, Close), over that of the screen below, whose keys wait.
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("f1", "dismiss", "Close", show=False, priority=True),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Markdown(HELP)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()
