"""An OptionList whose highlighted row stays readable: every mark on it takes the cursor's text colour.

The rows carry coloured marks (the road map's "▶ … ← here", a step's ✓ and ✎, a kept promise's
✓, a setback "talked through"). On the cursor's background, in Textual's themes, those colours
are close to unreadable: in the light theme, "← here" in the dark accent orange on the dark
blue cursor is about 1.4:1, and in the dark theme the success green on the blue cursor about
1.9:1. On the cursor row the marks are drawn in the cursor's own text colour, as the words
are; their shapes and words still say what they mean, and the colour comes back when the
cursor moves on. Every list of rows in trustroad is one of these.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList

CURSOR = ("option-list--option", "option-list--option-highlighted")


class ReadableOptionList(OptionList):
    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        cursor = self.get_visual_style(*CURSOR).rich_style
        if cursor.bgcolor is None or cursor.color is None:
            return strip
        # The cursor row is the one drawn on the cursor's background (a mark does not set its own).
        if not any(style is not None and style.bgcolor == cursor.bgcolor for _text, style, _control in strip):
            return strip
        own_colour = Style(color=cursor.color)
        return Strip(
            [
                Segment(
                    text,
                    style + own_colour if style is not None and style.bgcolor == cursor.bgcolor else style,
                    control,
                )
                for text, style, control in strip
            ],
            strip.cell_length,
        )
