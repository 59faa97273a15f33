"""Issue 12: the idle lock (hides after the chosen minutes without a key or the mouse) and the
neutral window title. A "minute" is made short here (IdleLock.minute); nothing waits minutes."""

from __future__ import annotations

import time

import pytest
from textual.widgets import RadioSet

from trustroad.tui.screens.hidden import HiddenScreen, WindowTitle
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.workbook.model import Workbook

MINUTE = 0.1  # seconds: the default 5 minutes is half a second


@pytest.fixture
def titles(monkeypatch) -> list[str]:
    """What would be written to the terminal for its title (headless apps write nothing)."""
    written: list[str] = []
    monkeypatch.setattr(WindowTitle, "_write", lambda self, sequence: written.append(sequence))
    return written


async def _short(pilot) -> None:
    pilot.app.privacy.idle_lock.minute = MINUTE
    pilot.app.privacy.idle_lock.restart()


async def _choose(pilot, group_id: str, name: str) -> None:
    group = pilot.app.screen.query_one(f"#{group_id}", RadioSet)
    button = next(b for b in group.query("RadioButton") if b.name == name)
    button.value = True
    await pilot.pause()


async def _seconds_until_hidden(pilot, since: float, limit: float = 5.0) -> float:
    """Watch the screen every 20 ms: how long after `since` the hidden page came up."""
    while not isinstance(pilot.app.screen, HiddenScreen):
        assert time.monotonic() - since < limit, "never hid"
        await pilot.pause(0.02)
    return time.monotonic() - since


async def test_idle_lock_hides_after_the_delay_and_not_before(launcher, titles) -> None:
    delay = 5 * MINUTE  # the default, 5 minutes
    async with launcher.run() as pilot:
        app = pilot.app
        await _short(pilot)
        for n in range(6):  # someone using the window for longer than the delay: a key or the mouse
            await pilot.pause(delay / 3)
            before = time.monotonic()
            await (pilot.press("down") if n % 2 else pilot.hover(offset=(n, 3)))
            assert app.privacy.idle_lock.last_activity >= before  # the lock saw it
            assert isinstance(app.screen, HomeScreen)
        last = app.privacy.idle_lock.last_activity
        assert delay <= await _seconds_until_hidden(pilot, last) < delay + 1.0
        assert titles and titles[-1].endswith("\x1b]2;notes\x07")

        before = time.monotonic()
        await pilot.press("enter")  # back, and the delay starts again from there
        back = app.privacy.idle_lock.last_activity
        assert back >= before and isinstance(app.screen, HomeScreen)
        assert titles[-1] == "\x1b[23;2t"  # the terminal's own title back
        assert delay <= await _seconds_until_hidden(pilot, back) < delay + 1.0


async def test_idle_lock_follows_the_setting_and_can_be_off(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f2")  # first, at full length: building Settings can take longer than 0.5 s
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await _short(pilot)
        await _choose(pilot, "idle-lock", "never")
        assert app.workbook.idle_lock_minutes is None
        await pilot.pause(1.0)
        assert isinstance(app.screen, SettingsScreen)  # off: never hides
        await _choose(pilot, "idle-lock", "1")  # 0.1 s here
        await pilot.pause(0.4)
        assert isinstance(app.screen, HiddenScreen)
        app.privacy.idle_lock.minute = 60  # real minutes again: nothing hides while the test looks
        await pilot.press("ctrl+backslash")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["idle_lock_minutes"] == 1


async def test_neutral_title_option(launcher, titles) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        assert titles == [] and app.privacy.title.shown is None  # by default trustroad sets no title
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "window-title", "notes")
        assert app.privacy.title.shown == "notes"
        assert titles == ["\x1b[22;2t\x1b]2;notes\x07"]
        await pilot.press("ctrl+backslash", "ctrl+backslash")  # hiding and back keeps "notes" up
        await pilot.pause()
        assert app.privacy.title.shown == "notes" and len(titles) == 1
        await pilot.press("ctrl+q")
    assert launcher.on_disk()["neutral_title"] is True

    titles.clear()
    async with launcher.run() as pilot:  # from the first frame of the next start
        assert titles == ["\x1b[22;2t\x1b]2;notes\x07"]
        await pilot.press("f2")
        await pilot.pause()
        await _choose(pilot, "window-title", "usual")
        assert pilot.app.privacy.title.shown is None and titles[-1] == "\x1b[23;2t"


def test_the_idle_lock_setting_has_a_range() -> None:
    workbook = Workbook()
    assert workbook.idle_lock_minutes == 5 and workbook.neutral_title is False
    for bad in (0, 241, -5):
        with pytest.raises(ValueError):
            workbook.set_idle_lock(bad)
        with pytest.raises(ValueError):
            Workbook.model_validate({"idle_lock_minutes": bad})
    with pytest.raises(ValueError):
        Workbook.model_validate({"idle_lock_minutes": "5"})
    assert workbook.set_idle_lock(None) and workbook.idle_lock_minutes is None
    assert workbook.set_idle_lock(240) and not workbook.set_idle_lock(240)
    assert workbook.set_neutral_title(True) and not workbook.set_neutral_title(True)
