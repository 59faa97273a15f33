"""WCAG contrast between two colours (tests/tui/test_theme_contrast.py, test_cursor_row_readable.py),
and the text on a screen that falls short of it (tests/tui/test_fuzz_screens.py walks every screen)."""

from __future__ import annotations

from textual.app import App
from textual.color import Color
from textual.scrollbar import ScrollBar


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """From 1 (the same) to 21 (black on white); 4.5 is WCAG AA for text."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


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
        for y in range(widget.size.height):
            for segment in widget.render_line(y):
                text, style = segment.text.strip(), segment.style
                if not text or set(text) <= _NOT_WORDS or style is None or not (style.color and style.bgcolor):
                    continue
                fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
                ratio = contrast(*((bg, fg) if style.reverse else (fg, bg)))
                if ratio < 4.5:
                    where = f"{type(app.screen).__name__} / {type(widget).__name__}#{widget.id}"
                    found.append(f"{where}: {text[:30]!r} {ratio:.1f}:1")
    return found
