"""The partner's account of how this happened, once it has come in a letter, is named under "From
your partner". Walking it in tmux, the one who opened the letter read "Letter 1 opened: …account of
how this happened", and just below "Nothing from your partner yet": the account waits until they
have sent their own (letters/joint.py), but nothing said so or where."""

from __future__ import annotations

from datetime import date

from textual.widgets import OptionList

from trustroad.letters.body import LetterBody
from trustroad.letters.together import STORY, Together
from trustroad.storage.files import TOGETHER_FILE
from trustroad.storage.store import Store
from trustroad.tui.screens.together import TogetherScreen
from trustroad.tui.screens.together_story import TogetherStoryScreen

THEIR_ACCOUNT = "What happened, as I understand it now."


def with_their_account(folder, mine_sent: bool) -> None:
    together = Together()
    together.take(LetterBody(written_on=date(2026, 6, 29), story=THEIR_ACCOUNT), 1)
    if mine_sent:
        together.set_my_story("My side of it.")
        together.mark_sent({STORY: "sent"})
    folder.mkdir()
    Store(folder).save(TOGETHER_FILE, together)


def partner_lines(screen: TogetherScreen) -> list[str]:
    items = screen.query_one("#partner-items", OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


async def test_their_account_is_named_and_leads_to_the_two_accounts(launcher):
    with_their_account(launcher.folder, mine_sent=False)
    async with launcher.run() as pilot:
        await pilot.press("ctrl+o", "l")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, TogetherScreen)
        lines = partner_lines(screen)
        assert not any("Nothing from your partner" in line for line in lines), lines
        [line] = [line for line in lines if "account" in line]
        assert "once you have sent yours" in line
        assert THEIR_ACCOUNT not in line  # the words themselves wait
        items = screen.query_one("#partner-items", OptionList)
        items.focus()
        items.highlighted = lines.index(line)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, TogetherStoryScreen)
        await pilot.press("ctrl+q")


async def test_once_both_have_sent_theirs_it_says_so(launcher):
    with_their_account(launcher.folder, mine_sent=True)
    async with launcher.run() as pilot:
        await pilot.press("ctrl+o", "l")
        await pilot.pause()
        [line] = [line for line in partner_lines(pilot.app.screen) if "account" in line]
        assert "side by side" in line
        await pilot.press("ctrl+q")
