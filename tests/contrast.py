"""WCAG contrast between two colours (tests/tui/test_theme_contrast.py, test_cursor_row_readable.py),
and the text on a screen that falls short of it (tests/tui/test_fuzz_screens.py walks every screen)."""

from __future__ import annotations

from collections.abc import Iterator

from rich.style import Style
from textual.app import App
from textual.color import Color
from textual.scrollbar import ScrollBar
from textual.widget import Widget


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """From 1 (the same) to 21 (black on white); 4.5 is WCAG AA for text."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style_contrast(style: Style) -> float:
    """The contrast of a drawn segment's text on its background (reversed or not: the same pair)."""
    assert style.color is not None and style.bgcolor is not None
    return contrast(Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor))


def drawn(widget: Widget) -> Iterator[tuple[str, float]]:
    """(text, contrast) of each piece of text the widget draws itself, in colour, line by line."""
    for y in range(widget.size.height):
        for segment in widget.render_line(y):
            style = segment.style
            if segment.text.strip() and style is not None and style.color and style.bgcolor:
                yield segment.text, style_contrast(style)


# Box drawing and block elements: borders, bars, sparklines and scroll bars, not words.
_NOT_WORDS = {chr(code) for code in range(0x2500, 0x25A0)}


def unreadable_text(app: App) -> list[str]:
    """Every piece of text drawn on the current screen under 4.5:1 on its own background, as
    "Screen / Widget#id: 'text' 3.2:1". Each widget's own lines, as it draws them: Textual's
    deliberate dimming of the screen behind a dialog is not in them, nor are disabled widgets,
    which Textual fades on purpose."""
    found = []
    for widget in app.screen.query("*"):
        if isinstance(widget, ScrollBar) or widget.disabled or not widget.display or not widget.visible:
            continue
        for text, ratio in drawn(widget):
            if ratio < 4.5 and not set(text.strip()) <= _NOT_WORDS:
                where = f"{type(app.screen).__name__} / {type(widget).__name__}#{widget.id}"
                found.append(f"{where}: {text.strip()[:30]!r} {ratio:.1f}:1")
    return found
