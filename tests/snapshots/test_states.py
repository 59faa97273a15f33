"""Issue 14: the screens whose fields, switches, focus and keys changed, at 80x24 in the dark and
light themes and with NO_COLOR=1, where every state must read without colour (a share switch in
words, a checkbox or radio button empty or marked, a field with a bar each side)."""

from __future__ import annotations

import pytest

from trustroad.tui.modals.go_to import GoToMenu
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.find_answers import FindAnswersScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.settings import SettingsScreen

SIZE = (80, 24)
LOOKS = ["dark", "light", "no-color"]
WALKS = {
    "journal-entry": (JournalEntryScreen, ("f3", "ctrl+n", "ctrl+r")),  # the intensity box focused
    "agreements": (AgreementsScreen, ("a", "tab")),  # the name field focused
    "checkin": (CheckinScreen, ("c",)),
    "settings": (SettingsScreen, ("f2",)),
    "go-to": (GoToMenu, ("ctrl+o",)),
    "find": (FindAnswersScreen, ("f", *"table", "down", "down")),  # the second result, its word marked
}


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("where", sorted(WALKS))
def test_states_read_without_colour(snap_compare, make_app, reach, monkeypatch, where, look):
    if look == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by the App as it is built
    app = make_app("light" if look == "light" else "dark", demo=True)
    screen_type, keys = WALKS[where]
    assert snap_compare(app, terminal_size=SIZE, run_before=reach(screen_type, *keys))
