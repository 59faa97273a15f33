"""Scrolling a part of a page into view, as a person would, and waiting until it really is.

One `scroll_visible` and one pause is not enough on a busy machine: a page that has just opened
can still be laying out (a text box growing to its text, a note shown under a rating), so the
scroll aims at where the widget was, and the page then grows above it. CI failed on that once.
Here the scroll is repeated until the widget sits inside the part of its page that shows.
Import it as `in_view` (tests/conftest.py puts this folder on the path).
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widget import Widget

PAUSE = 0.02  # seconds between tries
TRIES = 50  # a second in all: ample for a loaded machine, and a clear failure after


def shows(widget: Widget) -> bool:
    """The widget has a place and lies wholly within its page's visible part (and the screen's)."""
    region = widget.region
    if not widget.is_attached or not region.area:
        return False
    shown = widget.screen.region
    node = widget.parent
    while isinstance(node, Widget):
        if node.is_scrollable and node.allow_vertical_scroll:
            shown = shown.intersection(node.scrollable_content_region)
        node = node.parent
    return shown.contains_region(region) or (region.height > shown.height and shown.overlaps(region))


async def scroll_into_view(pilot: Pilot, target: Widget | str) -> Widget:
    """Scroll until `target` (a widget, or a selector on the current screen) shows; return it."""
    for _ in range(TRIES):
        widget = pilot.app.screen.query_one(target) if isinstance(target, str) else target
        if shows(widget):
            await pilot.pause()
            return widget
        widget.scroll_visible(animate=False, immediate=True)
        await pilot.pause(PAUSE)
    raise AssertionError(f"{target} never came into view")
