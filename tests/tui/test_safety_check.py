"""Issue 13, a private safety check: the safety screen appears for each concerning answer and
not otherwise; its resources come from content (a pack's replace them); a "still going on"
answer explains why couples work waits; the reminder on later phases is gentle and put away
for good; the check is offered on the first Stabilize step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, RadioSet

from textual_private import notifications, screen_text
from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.storage.paths import builtin_content_dir
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.safety import SafetyScreen
from trustroad.tui.screens.safety_check import SafetyCheckScreen

REPLY_KEYS = {"no": (), "unsure": ("right",), "yes": ("right", "right")}


def questions(content: Content) -> list[str]:
    assert content.support is not None and content.support.safety_check is not None
    return [q.id for q in content.support.safety_check.questions]


async def take_check(pilot: Pilot, replies: dict[str, str], share: bool = False) -> None:
    """Open the check and answer with the keys: Tab to a question, arrows to a reply, Enter."""
    app = pilot.app
    app.action_safety_check()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SafetyCheckScreen)
    for question, reply in replies.items():
        screen.query_one(f"#reply--{question}", RadioSet).focus()
        await pilot.press(*REPLY_KEYS[reply], "enter")
    if share:
        screen.query_one("#safety-share").focus()
        await pilot.press("space")
    screen.query_one("#safety-save", Button).focus()
    await pilot.press("enter")
    await pilot.pause()
    assert app.workbook.safety_check.answers == replies


@pytest.mark.parametrize("reply", ["unsure", "yes"])
async def test_each_concerning_answer_opens_the_safety_screen(launcher, content, reply) -> None:
    # One window, the check taken again for each question: the latest answers are what counts.
    async with launcher.run() as pilot:
        for question in questions(content):
            others = {q: "no" for q in questions(content) if q != question}
            await take_check(pilot, {**others, question: reply})
            assert isinstance(pilot.app.screen, SafetyScreen), question
            assert "You come first" in screen_text(pilot.app)
            ongoing = question == "ongoing"
            assert bool(pilot.app.screen.query("#safety-ongoing")) == ongoing
            assert bool(pilot.app.screen.query("#safety-concern")) != ongoing
            await pilot.press("escape")
            await pilot.pause()
            assert type(pilot.app.screen).__name__ == "HomeScreen"  # the workbook stays usable
            assert pilot.app.save_and_wait()
            assert launcher.on_disk()["safety_check"]["answers"] == {**others, question: reply}


@pytest.mark.parametrize("replies", ["all-no", "none"])
async def test_no_concern_no_safety_screen(launcher, content, replies) -> None:
    answers = {q: "no" for q in questions(content)} if replies == "all-no" else {}
    async with launcher.run() as pilot:
        await take_check(pilot, answers)
        assert type(pilot.app.screen).__name__ == "HomeScreen"
        assert any("Nothing you answered points to danger" in n.message for n in notifications(pilot.app))


async def test_the_safety_screen_lists_the_content_resources_emergency_first(launcher, content) -> None:
    assert content.support is not None and content.support.resources is not None
    async with launcher.run(size=(80, 60)) as pilot:
        await take_check(pilot, {"afraid": "yes"})
        text = screen_text(pilot.app)
        titles = [r.title for r in content.support.resources.resources]
        positions = [text.index(title) for title in titles]
        assert positions == sorted(positions)
        assert "emergency number" in text.split(titles[1])[0]  # the first resource
        assert "history" in text.split(titles[1])[1].split(titles[2])[0]  # before any search


def a_pack(folder: Path) -> Path:
    (folder / "support").mkdir(parents=True)
    (folder / "support" / "resources.yaml").write_text(
        "title: Our practice's list\n"
        "resources:\n"
        "  - title: Emergency\n"
        "    text: Ring 000 if anyone is in danger.\n"
        "  - title: The clinic line\n"
        "    text: Our clinic answers weekdays.\n",
        encoding="utf-8",
    )
    return folder


async def test_a_replacement_content_folder_replaces_the_resources(launcher, tmp_path) -> None:
    launcher.content = load_content(builtin_content_dir(), [a_pack(tmp_path / "pack")])
    async with launcher.run(size=(80, 40)) as pilot:
        await take_check(pilot, {"unsafe-home": "unsure"})
        text = screen_text(pilot.app)
        assert "Our practice's list" in text and "The clinic line" in text
        assert "Where to turn" not in text and "Before you search" not in text


async def phase_text(pilot: Pilot, phase_id: str) -> str:
    pilot.app.open_phase(phase_id)
    await pilot.pause()
    await pilot.pause()
    assert isinstance(pilot.app.screen, PhaseScreen)
    return screen_text(pilot.app)


async def test_the_reminder_shows_on_later_phases_and_is_put_away_for_good(launcher) -> None:
    async with launcher.run(size=(100, 40)) as pilot:
        app = pilot.app
        assert "safety check said" not in await phase_text(pilot, "make-meaning")
        await take_check(pilot, {"watched": "yes"})
        for phase in ("make-meaning", "rebuild"):
            assert "safety check said" in await phase_text(pilot, phase)
        assert "safety check said" not in await phase_text(pilot, "stabilize")
        await phase_text(pilot, "rebuild")
        app.screen.query_one("#dismiss-safety-reminder").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "safety check said" not in screen_text(app)
        assert app.save_and_wait()
    async with launcher.run(size=(100, 40)) as pilot:
        assert "safety check said" not in await phase_text(pilot, "make-meaning")  # remembered
        await take_check(pilot, {"watched": "yes"})  # a new check with a concern brings it back
        assert "safety check said" in await phase_text(pilot, "make-meaning")


async def test_the_check_is_offered_on_the_first_stabilize_step(launcher) -> None:
    async with launcher.run(size=(100, 40)) as pilot:
        assert "private safety check" in await phase_text(pilot, "stabilize")
        pilot.app.screen.query_one("#take-safety-check").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SafetyCheckScreen)
        assert "You don't need to write details here" in screen_text(pilot.app)
        assert not pilot.app.screen.query("Input, TextArea")  # nothing to write


async def test_enter_on_the_first_stabilize_step_still_goes_to_the_step(launcher) -> None:
    async with launcher.run(size=(100, 40)) as pilot:
        await phase_text(pilot, "stabilize")
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.focused is not None and pilot.app.focused.id != "take-safety-check"


async def test_a_check_taken_over_a_later_phase_brings_the_reminder_when_back(launcher) -> None:
    async with launcher.run(size=(100, 40)) as pilot:
        assert "safety check said" not in await phase_text(pilot, "rebuild")
        await pilot.press("ctrl+g")
        await pilot.pause()
        await take_check(pilot, {"threats": "unsure"})
        await pilot.press("escape")  # the safety screen
        await pilot.pause()
        await pilot.press("escape")  # the support place
        await pilot.pause()
        assert isinstance(pilot.app.screen, PhaseScreen)
        assert "safety check said" in screen_text(pilot.app)


async def test_the_welcome_offers_the_check_and_a_concerning_answer_opens_the_safety_screen(
    new_folder, content
) -> None:
    async with new_folder.run() as pilot:
        app = pilot.app
        assert type(app.screen).__name__ == "FirstRunScreen"
        await pilot.press(*"nnnnn")  # to the last page, its Start button focused
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "fr-start"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "fr-safety-check"
        await pilot.press("enter")
        await pilot.pause()
        # The welcome is finished and kept, and the check opens over the road map.
        assert isinstance(app.screen, SafetyCheckScreen)
        assert [type(s).__name__ for s in app.screen_stack[-2:]] == ["HomeScreen", "SafetyCheckScreen"]
        assert new_folder.on_disk()["first_run_done"]

        first, *others = questions(content)
        replies = {first: "yes", **{q: "no" for q in others}}
        screen = app.screen
        for question, reply in replies.items():
            screen.query_one(f"#reply--{question}", RadioSet).focus()
            await pilot.press(*REPLY_KEYS[reply], "enter")
        screen.query_one("#safety-save", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SafetyScreen)
        assert "You come first" in screen_text(app)
        assert app.save_and_wait()
    assert new_folder.on_disk()["safety_check"]["answers"] == replies
