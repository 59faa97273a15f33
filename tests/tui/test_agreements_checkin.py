"""Agreements (F7) and the weekly check-in (F8), driven as a person would, then checked after a restart."""

from __future__ import annotations

import json
from datetime import timedelta

from textual.widgets import Button, Input, OptionList, TextArea

from in_view import scroll_into_view
from trustroad.agreements.model import Agreements
from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.clock import now
from trustroad.storage.files import AGREEMENTS_FILE, CHECKINS_FILE
from trustroad.storage.store import Store
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen


def on_disk(launcher, name: str) -> dict:
    return json.loads((launcher.folder / name).read_text(encoding="utf-8"))


async def scrolled_to(pilot, selector: str, screen) -> str:
    """The screen after scrolling a part of it into view, as a person would."""
    await scroll_into_view(pilot, selector)
    return screen(pilot.app)


async def home_text(pilot, screen) -> str:
    """The road map as a person sees it after scrolling down to the status lines."""
    return await scrolled_to(pilot, "#stabilize-status", screen)


async def open_agreements(pilot, key: str = "a") -> AgreementsScreen:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, AgreementsScreen)
    return pilot.app.screen


async def test_create_and_update_an_agreement_survives_restart(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        agreements = await open_agreements(pilot)
        assert "No agreements written down yet" in screen(app)
        await pilot.press("n")  # the template picker
        await pilot.pause()
        templates = app.content.agreement_templates()
        assert templates[0].title in screen(app)
        await pilot.press("down", "enter")  # the second suggestion
        await pilot.pause()
        chosen = templates[1]
        wording = app.screen.query_one("#agreement-wording", TextArea)
        assert wording.has_focus and wording.text == chosen.wording
        # Make the words our own: select everything (shift+arrows), then type over it.
        await pilot.press(*["shift+down"] * 12, "shift+end")
        await pilot.press(*"Say [pause] 🌱")
        await pilot.pause()
        assert wording.text == "Say [pause] 🌱"
        # Agree to it with the status buttons.
        agreements.query_one("#status--agreed", Button).press()
        await pilot.pause()
        shown = await scrolled_to(pilot, "#agreement-history", screen)
        assert "Proposed → Agreed" in shown and "wording changed" in shown
        await pilot.press("ctrl+q")
        await pilot.pause()

    saved = on_disk(launcher, AGREEMENTS_FILE)["agreements"]
    assert len(saved) == 1 and saved[0]["wording"] == "Say [pause] 🌱" and saved[0]["status"] == "agreed"

    async with launcher.run() as pilot:
        app = pilot.app
        agreements = await open_agreements(pilot)
        shown = await scrolled_to(pilot, "#agreement-history", screen)
        assert chosen.title in shown and "Status: Agreed" in shown and "Proposed → Agreed" in shown
        assert app.screen.query_one("#agreement-wording", TextArea).text == "Say [pause] 🌱"
        # Pause it: the history grows, the old steps stay.
        agreements.query_one("#status--paused", Button).press()
        await pilot.pause()
        assert "no review while paused" in await scrolled_to(pilot, "#agreement-status", screen)
        await pilot.press("ctrl+q")
        await pilot.pause()

    async with launcher.run() as pilot:
        doc: Agreements = pilot.app.documents[AGREEMENTS_FILE]  # type: ignore[assignment]  # typed as the base Document
        [a] = doc.agreements
        assert a.status == "paused"
        assert [(h.change, h.status_from, h.status_to) for h in a.history] == [
            ("created", None, "proposed"),
            ("wording", "proposed", "proposed"),
            ("status", "proposed", "agreed"),
            ("status", "agreed", "paused"),
        ]
        agreements = await open_agreements(pilot, "f7")
        assert "Agreed → Paused" in await scrolled_to(pilot, "#agreement-history", screen)


async def test_blank_agreement_and_review_reminder_on_home(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        assert "ready for a review" not in await home_text(pilot, screen)
        await open_agreements(pilot)
        await pilot.press("n")
        await pilot.pause()
        listing = app.screen.query_one("#template-list", OptionList)
        listing.highlighted = listing.option_count - 1  # "A blank page"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"We eat together")
        await pilot.pause()
        doc: Agreements = app.documents[AGREEMENTS_FILE]  # type: ignore[assignment]  # typed as the base Document
        [a] = doc.agreements
        assert a.template_id is None and a.wording == "We eat together"
        # The review date arrives: the road map says so, calmly.
        a.review_on = now().date() - timedelta(days=1)
        await pilot.press("escape")
        await pilot.pause()
        assert "1 agreement is ready for a review (press a)." in await home_text(pilot, screen)
        # "We looked at it again" moves the review on, and the road map goes quiet.
        agreements = await open_agreements(pilot)
        agreements.query_one("#agreement-list", OptionList).focus()
        await pilot.press("r")
        await pilot.pause()
        assert a.review_on > now().date()
        # Or choose the day: type it over the date shown.
        review = agreements.query_one("#agreement-review-on", Input)
        review.focus()
        await pilot.press("end", *["backspace"] * 10, *"2099-01-31")
        await pilot.pause()
        assert a.review_on.isoformat() == "2099-01-31"
        assert "review on 2099-01-31" in await scrolled_to(pilot, "#agreement-status", screen)
        await pilot.press("escape")
        await pilot.pause()
        assert "ready for a review" not in await home_text(pilot, screen)


async def test_complete_a_checkin_survives_restart(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        assert "No weekly check-in yet" in await home_text(pilot, screen)
        await pilot.press("c")
        await pilot.pause()
        checkin = app.screen
        assert isinstance(checkin, CheckinScreen)
        spec = app.content.checkin
        assert spec.safety.label in screen(app)
        safety = checkin.query_one("#rating-safety", Input)
        assert safety.has_focus
        await pilot.press("1", "1")  # "11" is not a rating: the second 1 is refused
        assert safety.value == "1"
        await pilot.press("backspace", "6", "enter")  # Enter moves on to the next rating
        assert checkin.query_one("#rating-connection", Input).has_focus
        await pilot.press("8")
        helped = checkin.query_one(f"#answer--{spec.questions[0].id}", TextArea)
        helped.focus()
        await pilot.press(*"A walk [b]together[/b] 🌿")
        await pilot.pause()
        # Typed answers are a draft on disk before saving: closing the window loses nothing.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert on_disk(launcher, CHECKINS_FILE)["draft"]["answers"] == {
            spec.questions[0].id: "A walk [b]together[/b] 🌿"
        }
        # Leaving mid-way is fine: the road map says a check-in is waiting.
        await pilot.press("escape")
        await pilot.pause()
        assert "started and kept as a draft" in await home_text(pilot, screen)
        await pilot.press("f8")
        await pilot.pause()
        checkin = app.screen
        assert checkin.query_one(f"#answer--{spec.questions[0].id}", TextArea).text == "A walk [b]together[/b] 🌿"
        save = checkin.query_one("#checkin-save", Button)
        save.focus()
        await pilot.press("enter")
        await pilot.pause()
        shown = screen(app)
        assert "1 check-in so far" in shown and "safety 6 · connection 8" in shown
        assert "A walk [b]together[/b] 🌿" in shown  # shown as written, not as markup
        await pilot.press("escape")
        await pilot.pause()
        assert "Last check-in: today." in await home_text(pilot, screen)
        await pilot.press("ctrl+q")
        await pilot.pause()

    saved = on_disk(launcher, CHECKINS_FILE)
    assert saved["draft"] is None and len(saved["checkins"]) == 1

    async with launcher.run() as pilot:
        app = pilot.app
        doc: CheckIns = app.documents[CHECKINS_FILE]  # type: ignore[assignment]  # typed as the base Document
        [c] = doc.checkins
        assert (c.date, c.safety, c.connection, c.share) == (now().date(), 6, 8, False)
        assert c.answers == {spec.questions[0].id: "A walk [b]together[/b] 🌿"}
        assert "Last check-in: today." in await home_text(pilot, screen)
        await pilot.press("f8")
        await pilot.pause()
        # A fresh form for this week; the saved one is readable under "Past check-ins".
        assert app.screen.query_one("#rating-safety", Input).value == ""
        await pilot.click("#--content-tab-checkin-past")
        await pilot.pause()
        shown = screen(app)
        assert "safety 6 · connection 8" in shown and "A walk [b]together[/b] 🌿" in shown


async def test_checkin_invite_after_a_week(launcher, screen):

    old = CheckIn.new(4, 5, {}, at=now() - timedelta(days=9))
    Store(launcher.folder).save(CHECKINS_FILE, CheckIns(checkins=[old]))
    async with launcher.run() as pilot:
        assert "Last check-in: 9 days ago — a new one is welcome (press c)." in await home_text(pilot, screen)


async def test_palette_has_both(launcher):
    async with launcher.run() as pilot:
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert "Agreements" in titles and "Weekly check-in" in titles


async def test_agreements_step_in_stabilize_opens_the_agreements(launcher, screen):
    step = next(s for p in launcher.content.phases for s in p.steps if s.kind == "agreements")
    async with launcher.run() as pilot:
        # As the palette's "Step: …" command does (the road map's arrow keys are tested elsewhere).
        pilot.app.open_phase(step.phase, step.id)
        await pilot.pause()
        phase = pilot.app.screen
        shown = await scrolled_to(pilot, "#open-agreements", screen)
        assert step.templates[0].title in shown
        phase.query_one("#open-agreements", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AgreementsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, AgreementsScreen)


async def test_promises_question_lists_this_weeks_promises_when_there_are_some(launcher, screen, monkeypatch):
    # The promises feature supplies the lines; here a stand-in, to prove the check-in shows and keeps them.
    from trustroad.checkins import model as ck

    monkeypatch.setattr(ck, "promises_this_week", lambda documents, today: "Call if I'm late [b]: kept 3 of 4")
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f8")
        await pilot.pause()
        assert "Call if I'm late [b]: kept 3 of 4" in await scrolled_to(pilot, ".checkin-promises", screen)
        await pilot.press("7")
        app.screen.query_one("#checkin-save", Button).press()
        await pilot.pause()
        [c] = app.documents[CHECKINS_FILE].checkins
        assert c.promises_note == "Call if I'm late [b]: kept 3 of 4"


async def test_promises_question_stands_alone_without_promises(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f8")
        await pilot.pause()
        assert not pilot.app.screen.query(".checkin-promises")
        promises = next(q for q in pilot.app.content.checkin.questions if q.shows_promises)
        assert pilot.app.screen.query_one(f"#answer--{promises.id}", TextArea)


async def open_checkin(pilot) -> CheckinScreen:
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CheckinScreen)
    return pilot.app.screen


async def test_a_second_checkin_the_same_day_says_so_and_opens_the_first(launcher, screen):
    """Issue 14: a second weekly check-in on the same day says one exists and offers to open it."""
    earlier = CheckIn.new(6, 7, {}, at=now() - timedelta(hours=1))
    Store(launcher.folder).save(CHECKINS_FILE, CheckIns(checkins=[earlier]))
    async with launcher.run() as pilot:
        checkin = await open_checkin(pilot)
        assert "You saved a check-in today already" in screen(pilot.app)
        checkin.query_one("#checkin-open-today", Button).press()
        await pilot.pause()
        listing = checkin.query_one("#checkin-list", OptionList)
        assert listing.has_focus and listing.highlighted == 0
        assert "Safety 6 · connection 7" in screen(pilot.app)


async def test_no_note_when_the_last_checkin_was_another_day(launcher, screen):
    Store(launcher.folder).save(CHECKINS_FILE, CheckIns(checkins=[CheckIn.new(6, 7, {}, at=now() - timedelta(days=2))]))
    async with launcher.run() as pilot:
        checkin = await open_checkin(pilot)
        assert not checkin.query("#checkin-open-today")
