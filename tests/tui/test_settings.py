"""Settings (F2): which partner you are changes the questions shown; light or dark is kept."""

from __future__ import annotations

from textual.widgets import RadioSet, Static

from textual_private import highlighted_radio, screen_text
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.widgets.answer_box import AnswerBox

ROLES = ["hurt", "broke-trust", "unsaid"]  # the order of the choices in Settings


async def _choose(pilot, radio_set_id: str, name: str) -> None:
    """With the keyboard: focus the group, arrow to the choice, press Enter."""
    settings = pilot.app.screen
    assert isinstance(settings, SettingsScreen)
    group = settings.query_one(f"#{radio_set_id}", RadioSet)
    while pilot.app.focused is not group:
        await pilot.press("tab")
    names = [button.name for button in group.query("RadioButton")]
    target = names.index(name)
    current = highlighted_radio(group)
    current = current if current is not None else 0
    await pilot.press(*(["down"] * (target - current) if target > current else ["up"] * (current - target)))
    await pilot.press("enter")
    await pilot.pause()
    assert group.pressed_button is not None and group.pressed_button.name == name


def _boxes(screen) -> set[str]:
    return {box.prompt_id for box in screen.query(AnswerBox)}


def _hints(screen) -> str:
    return " ".join(str(s.render()) for s in screen.query(".prompt-help").results(Static))


async def test_role_changes_which_prompts_show_and_is_kept(launcher, steps):
    step = steps("worksheet", "make-meaning", where=lambda s: any(p.roles == ("broke-trust",) for p in s.meta.prompts))
    theirs = next(p for p in step.meta.prompts if p.roles == ("broke-trust",))
    everyone = {p.id for p in step.meta.prompts}

    async with launcher.run() as pilot:
        phase_screen = await launcher.open_step(pilot, step)
        assert _boxes(phase_screen) == everyone  # "rather not say" shows every question

        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "role", "hurt")
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is phase_screen
        shown = _boxes(phase_screen)
        assert theirs.id not in shown
        assert shown == {p.id for p in step.prompts_for("hurt")}
        assert "meant for the other partner" in _hints(phase_screen)
        await pilot.press("ctrl+o", "o")  # the hint's way to Settings, for keyboards without F-keys
        await pilot.pause()
        assert "ctrl+o then o" in _hints(phase_screen) and isinstance(pilot.app.screen, SettingsScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["role"] == "hurt"

    async with launcher.run() as pilot:
        assert pilot.app.workbook.role == "hurt"
        phase_screen = await launcher.open_step(pilot, step)
        assert theirs.id not in _boxes(phase_screen)
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "role", "unsaid")
        await pilot.press("escape")
        await pilot.pause()
        assert _boxes(phase_screen) == everyone
        assert "meant for the other partner" not in _hints(phase_screen)
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["role"] == "unsaid"


async def test_answers_for_a_hidden_prompt_are_kept(launcher, steps):
    step = steps("worksheet", "make-meaning", where=lambda s: any(p.roles == ("broke-trust",) for p in s.meta.prompts))
    theirs = next(p for p in step.meta.prompts if p.roles == ("broke-trust",))
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_step(pilot, step)
        box = phase_screen.query_one(f"#answer--{theirs.id}", AnswerBox)
        box.focus()
        await pilot.press(*"mine")
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "role", "hurt")
        await pilot.press("escape", "ctrl+q")
    saved = launcher.on_disk()
    assert saved["role"] == "hurt"
    assert saved["answers"][f"{step.id}/{theirs.id}"]["text"] == "mine"


async def test_light_theme_is_kept_across_restart(launcher):
    async with launcher.run() as pilot:
        assert pilot.app.theme == "trustroad-dark"
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "theme", "light")
        assert pilot.app.theme == "trustroad-light"
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["theme"] == "light"

    async with launcher.run() as pilot:
        assert pilot.app.theme == "trustroad-light"


async def test_settings_sets_you_are_here(launcher, road_map, here):
    async with launcher.run() as pilot:
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "current-phase", "rebuild")
        await pilot.press("escape")
        await pilot.pause()
        assert here(road_map(pilot.app, "Phase 3 · "))
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["current_phase"] == "rebuild"


async def test_settings_from_a_phase_returns_to_it(launcher):
    async with launcher.run() as pilot:
        phase_screen = await launcher.open_phase(pilot, "stabilize")
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("f2")  # pressing again does not stack a second settings screen
        await pilot.pause()
        assert sum(isinstance(s, SettingsScreen) for s in pilot.app.screen_stack) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is phase_screen and isinstance(phase_screen, PhaseScreen)


async def test_settings_opens_on_the_current_choice_so_enter_changes_nothing(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f2")
        await pilot.pause()
        group = pilot.app.screen.query_one("#role", RadioSet)
        assert pilot.app.focused is group
        assert group.pressed_button.name == "unsaid"
        # The highlighted choice is the chosen one (Textual would highlight the first).
        assert group.query("RadioButton")[highlighted_radio(group)].name == "unsaid"
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.workbook.role == "unsaid"
        await pilot.press("ctrl+q")
    assert not launcher.workbook_path.exists()


async def test_the_role_choices_use_the_welcomes_words(launcher, content) -> None:
    # One source for the blame-free labels: content/first-run/welcome.yaml, as the welcome shows them.
    async with launcher.run() as pilot:
        await pilot.press("f2")
        await pilot.pause()
        group = pilot.app.screen.query_one("#role", RadioSet)
        shown = {button.name: str(button.label) for button in group.query("RadioButton")}
        assert shown == {choice.id: choice.label for choice in content.first_run.role.choices}
        assert list(shown) == ROLES
        assert not any("broke trust" in label for label in shown.values())


async def test_tab_and_shift_tab_go_round_the_controls_only(launcher):
    """Shift+Tab from the first choice went to the page itself (a scroll container that took the
    focus, showing nothing focused); it goes round to the last control, and Tab comes back."""
    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        settings = pilot.app.screen
        assert isinstance(settings, SettingsScreen)
        first = settings.query_one("#role")
        assert pilot.app.focused is first
        page = settings.query_one("#settings")
        assert page.scroll_y == 0 and "Which partner are you?" in screen_text(pilot.app)  # opens at its top
        await pilot.press("shift+tab")
        await pilot.pause()
        last = settings.query_one("#backups")
        assert pilot.app.focused is last, pilot.app.focused
        await pilot.press("tab")
        assert pilot.app.focused is first, pilot.app.focused
        seen = []
        for _ in range(20):
            await pilot.press("tab")
            seen.append(pilot.app.focused)
            if pilot.app.focused is first:
                break
        assert seen[-1] is first and settings.query_one("#settings") not in seen
        assert all(widget is not None and widget.id for widget in seen), seen
        await pilot.press("shift+tab", "end")  # the page's own keys still reach it, from a control
        await pilot.pause()
        assert page.scroll_y == page.max_scroll_y > 0
