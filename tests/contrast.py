"""WCAG contrast between two colours (tests/tui/test_theme_contrast.py, test_cursor_row_readable.py)."""

from __future__ import annotations

from textual.color import Color


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """From 1 (the same) to 21 (black on white); 4.5 is WCAG AA for text."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
