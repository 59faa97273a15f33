"""Text a person types is never read as markup, wherever it travels in the app."""

from __future__ import annotations

from textual.widgets import Static

from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.settings import SettingsScreen

NASTY = "[/] [bold] <b> [red]x[/red] [link=x]y[/link] [@click=app.quit]q[/]"


async def test_markup_like_answer_and_folder_name_never_crash_or_style(launcher, tmp_path, steps, screen):
    launcher.folder = tmp_path / "my [/] [bold]folder"
    step = steps("worksheet")
    async with launcher.run() as pilot:
        app = pilot.app
        phase_screen = await launcher.open_step(pilot, step)
        await pilot.press("enter", *NASTY)
        await pilot.press("f4")  # a notification while the answer holds markup
        await pilot.press("ctrl+s")  # and another
        await pilot.pause()
        assert app.is_running
        assert str(phase_screen.query_one("#steps").get_option(step.id).prompt).startswith("✓ ")
        await pilot.press("escape")  # the road map recounts progress and writing
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f2")
        await pilot.pause()
        settings = app.screen
        assert isinstance(settings, SettingsScreen)
        shown = " ".join(str(s.render()) for s in settings.query(Static))
        assert str(launcher.folder) in shown  # the folder name shown literally
        await pilot.press("escape")
        await pilot.pause()
        await launcher.open_step(pilot, step)
        await pilot.press("enter")
        assert app.focused.text == NASTY
        assert "[/] [bold] <b> [red]x[/red]" in screen(app)
        await pilot.press("ctrl+q")
    assert not app.is_running
    assert app.save_problem is None
