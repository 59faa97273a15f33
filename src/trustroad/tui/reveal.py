"""Focus brings its question with it: a focused field is scrolled into view with the label above it.

Textual scrolls just far enough to show the focused widget, so a field reached by Tab could
sit at the top edge with its question scrolled away (the check-in's ratings, an agreement's
name). The labels are the `.prompt-label` / `.prompt-help` lines just before the field (a form's
`.form-label`, the same kind of line, in the promise form and the dialogs).
"""

from __future__ import annotations

from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.widget import Widget

LABELS = ("prompt-label", "prompt-help", "form-label")
LATE_SCROLL = 0.2  # seconds: the last look, after the latest of Textual's own focus scrolls


def labels_before(widget: Widget) -> list[Widget]:
    """The label lines right before `widget` (or before the row it sits in), nearest last."""
    node: Widget = widget
    parent = node.parent
    if isinstance(parent, Widget) and not isinstance(parent, ScrollableContainer) and parent.parent is not None:
        node = parent  # a field in a row: the row's labels
        parent = node.parent
    if not isinstance(parent, Widget):
        return []
    siblings = list(parent.children)
    found: list[Widget] = []
    for sibling in reversed(siblings[: siblings.index(node)] if node in siblings else []):
        if not any(sibling.has_class(name) for name in LABELS):
            break
        found.insert(0, sibling)
    return found


def reveal_soon(widget: Widget) -> None:
    """After the next refresh (a field focused as its form mounts has no place yet), `reveal`;
    once more a refresh later, after Textual's own scroll to the focused widget, which in a
    terminal can land after the first (it scrolls only as far as the field); and a last time a
    moment later, since on a busy machine that scroll can come later still."""

    def twice() -> None:
        reveal(widget)
        widget.call_after_refresh(reveal, widget)

    widget.call_after_refresh(twice)
    widget.set_timer(LATE_SCROLL, lambda: reveal(widget))


def reveal(widget: Widget) -> None:
    """Scroll the widget's labels and the widget into view together, when they fit; the widget wins."""
    if not widget.is_attached or not widget.has_focus:
        return  # its form closed, or focus moved on, before this refresh
    labels = labels_before(widget)
    container = widget.parent
    while container is not None and not isinstance(container, ScrollableContainer):
        container = container.parent
    if not labels or not isinstance(container, ScrollableContainer):
        return
    # A field in a row is measured by its row: the labels' siblings, in the container's coordinates
    # (the field's own virtual region is within the row).
    node: Widget = widget
    while isinstance(node.parent, Widget) and node.parent is not container:
        node = node.parent
    region = Region.from_union([w.virtual_region for w in (*labels, node)])
    if region.height <= container.scrollable_content_region.height:
        container.scroll_to_region(region, animate=False, immediate=True)
