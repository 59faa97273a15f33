"""Issue 14: Tab always lands on something the person can see: the focused widget is scrolled
into view, with the question above it, at 80x24 and 60x20."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from trustroad.demo import build_demo
from trustroad.storage.store import Store
from trustroad.tui.reveal import labels_before


def seen(widget: Widget) -> bool:
    """Whether the widget's middle is on screen and it is what shows there (not scrolled away)."""
    screen = widget.screen
    region = widget.region
    if not region:
        return False
    x, y = region.x + min(region.width - 1, 1), region.y + region.height // 2
    if not screen.region.contains(x, y):
        return False
    try:
        found, _ = screen.get_widget_at(x, y)
    except Exception:
        return False
    return found is widget or widget in found.ancestors_with_self


def write_demo(launcher) -> None:
    store = Store(launcher.folder)
    for name, document in build_demo(launcher.content).items():
        store.save(name, document)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
@pytest.mark.parametrize("keys", [("a",), ("c",), ("f3", "ctrl+n"), ("p", "n"), ("f2",)])
async def test_tab_brings_every_focused_widget_into_view(launcher, keys, size):
    write_demo(launcher)
    async with launcher.run(size=size) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        screen = pilot.app.screen
        missed = []
        walk = []
        first = pilot.app.focused
        for _ in range(40):
            await pilot.press("tab")
            # The field, then its question, are scrolled in after a refresh or two (tui/reveal.py):
            # on a loaded machine that can take a few frames, so look for up to a second.
            for _ in range(20):
                await pilot.pause()
                await pilot.app.animator.wait_until_complete()  # Textual's focus scroll may be animated
                await pilot.pause()
                now = pilot.app.focused
                if now is not None and seen(now) and all(seen(label) for label in labels_before(now)):
                    break
                await pilot.pause(0.05)
            focused = pilot.app.focused
            assert focused is not None
            walk.append((type(focused).__name__, focused.id, str(focused.region), seen(focused)))
            if not seen(focused):
                missed.append(f"{type(focused).__name__}#{focused.id}")
            for label in labels_before(focused):  # its question comes with it
                if not seen(label):
                    missed.append(f"the label of {type(focused).__name__}#{focused.id}")
            if focused is first:
                break
        assert pilot.app.screen is screen
        assert missed == [], walk
