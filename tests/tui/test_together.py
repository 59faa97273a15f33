"""The Together place, by keyboard: two partners' workbooks pair, and an agreement goes out,
comes back with a yes, and reads "agreed by both of you" on both sides."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widgets import Button, OptionList

from textual_private import screen_text
from trustroad.agreements.model import Agreement, Agreements
from trustroad.letters.joint import AGREED, agreement_status
from trustroad.storage.files import AGREEMENTS_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.letter_open import LetterOpenDialog
from trustroad.tui.modals.letter_write import LetterWriteDialog
from trustroad.tui.modals.pairing import PairingDialog
from trustroad.tui.modals.partner_agreement import PartnerAgreementDialog
from trustroad.tui.screens.together import TogetherScreen


async def open_together(pilot: Pilot) -> TogetherScreen:
    await pilot.press("ctrl+p", *"together", "enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TogetherScreen), pilot.app.screen
    return pilot.app.screen


async def paste_into_focused(pilot: Pilot, text: str) -> None:
    """Paste a file's path into the focused box and press Enter, as a person does with a path:
    a terminal hands a paste over as one event. (Typed key by key, the four paths of a pairing and
    two letters took most of this file's 45 seconds.)"""
    focused = pilot.app.focused
    assert focused is not None
    focused.post_message(events.Paste(text))
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def pair_step(pilot: Pilot, their_offer: Path | None) -> str:
    """Open the pairing dialog; write my offer, or open theirs and say the words match."""
    screen = await open_together(pilot)
    screen.query_one("#pair", Button).focus()
    await pilot.press("enter")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PairingDialog)
    if their_offer is None:
        await pilot.press("enter")  # "Write my pairing offer" has the focus
        await pilot.pause()
        written = str(dialog.query_one("#offer-written").render())
        assert "Written to" in written
        await pilot.press("escape", "escape")
        return written.split("Written to ", 1)[1].split(". Give", 1)[0]
    dialog.query_one("#their-offer").focus()
    await paste_into_focused(pilot, str(their_offer))
    words = str(dialog.query_one("#words").render()).splitlines()[-1].strip()
    assert len(words.split()) == 6
    await pilot.press("enter")  # "The words match" has the focus now
    await pilot.pause()
    assert pilot.app.pairing.paired
    await pilot.press("escape", "escape")
    return words


async def write_letter(pilot: Pilot, choose_first: bool) -> Path:
    screen = await open_together(pilot)
    if choose_first:
        choices = screen.query_one("#send-choices", OptionList)
        choices.focus()
        await pilot.press("space")  # the first choice: the agreement
        await pilot.pause()
    assert "Your next letter will hold" in str(screen.query_one("#next-letter").render())
    await pilot.press("w")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LetterWriteDialog)
    await pilot.press("enter")  # "Seal and write" has the focus
    await pilot.pause()
    letters = sorted(Path.home().joinpath("Documents").glob("letter*.sealed"), key=lambda p: p.stat().st_mtime_ns)
    await pilot.press("escape")
    return letters[-1]


async def open_letter(pilot: Pilot, path: Path) -> None:
    await open_together(pilot)
    await pilot.press("o")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LetterOpenDialog)
    await paste_into_focused(pilot, str(path))
    assert isinstance(pilot.app.screen, TogetherScreen), screen_text(pilot.app)


async def test_two_workbooks_agree_by_letter(launcher_for, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    sam, alex = launcher_for("sam"), launcher_for("alex")
    agreement = Agreement.new()
    agreement.edit_wording("We talk at 7, for half an hour at most.", title="When we talk")
    sam.folder.mkdir()
    store = Store(sam.folder)
    book = Agreements()
    book.add(agreement)
    store.save(AGREEMENTS_FILE, book)

    async with sam.run() as pilot:
        sam_offer = await pair_step(pilot, None)
        await pilot.press("ctrl+q")
    async with alex.run() as pilot:
        alex_offer = await pair_step(pilot, None)
        alex_words = await pair_step(pilot, Path(sam_offer))
        await pilot.press("ctrl+q")
    async with sam.run() as pilot:
        assert await pair_step(pilot, Path(alex_offer)) == alex_words  # the same six words on both screens
        first = await write_letter(pilot, choose_first=True)
        await pilot.press("ctrl+q")
    assert b"half an hour" not in first.read_bytes()
    async with alex.run() as pilot:
        await open_letter(pilot, first)
        screen = pilot.app.screen
        items = screen.query_one("#partner-items", OptionList)
        assert "When we talk" in str(items.get_option_at_index(0).prompt)
        items.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PartnerAgreementDialog)
        pilot.app.screen.query_one("#accept").focus()
        await pilot.press("enter")
        await pilot.pause()
        second = await write_letter(pilot, choose_first=False)
        await pilot.press("ctrl+q")
    async with sam.run() as pilot:
        await open_letter(pilot, second)
        await pilot.press("ctrl+q")
    for partner in (sam, alex):
        async with partner.run() as pilot:
            app = pilot.app
            mine = app.agreements.get(agreement.id)
            assert mine is not None and mine.wording == "We talk at 7, for half an hour at most."
            assert agreement_status(app.together, mine, agreement.id) == AGREED
            assert mine.status == "agreed"
            screen = await open_together(pilot)
            assert AGREED in str(screen.query_one("#partner-items", OptionList).get_option_at_index(0).prompt)
