"""The coach in the promise editor reads the whole promise (issue 16): the wording, the
frequency and "how will the other person see it kept"."""

from __future__ import annotations

from textual.widgets import Input, Select, TextArea

from trustroad.tui.widgets.coach_panel import CoachPanel


async def test_the_coach_reads_the_other_fields_as_they_change(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        coach = app.screen.query_one("#coach", CoachPanel)
        app.screen.query_one("#wording", TextArea).insert("ill delete the message")
        await pilot.pause()
        assert coach.review.verdict == "needs-work"
        assert "not-visible" in {f.kind for f in coach.review.concerns}
        assert "no-when" not in {f.kind for f in coach.review.concerns}  # "Every day" is chosen
        visibility = app.screen.query_one("#visibility", Input)
        visibility.value = "You'll watch me do it."
        await pilot.pause()
        assert coach.review.verdict == "small"
        assert "Small and concrete" in screen(app)
        app.screen.query_one("#frequency", Select).value = "whenever"  # then what sets it off?
        await pilot.pause()
        assert coach.review.verdict == "needs-work"
        assert [f.kind for f in coach.review.concerns] == ["no-when"]
        assert "ill delete the message" not in str(coach.render())  # the coach never quotes


async def test_a_hedge_keeps_needs_work_whatever_the_fields_say(launcher):
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#visibility", Input).value = "You'll see the text."
        app.screen.query_one("#wording", TextArea).insert("I'll text you at 9 when I get the chance")
        await pilot.pause()
        coach = app.screen.query_one("#coach", CoachPanel)
        assert coach.review.verdict == "needs-work"
        assert [f.kind for f in coach.review.concerns] == ["hedge"]
