"""Checkboxes, radio buttons and share switches whose state shows without colour (NO_COLOR=1).

Textual 8.2 draws the same mark in an on and an off toggle and tells them apart by colour
only. Here an off box is empty and an on box is marked; a share switch also says in words
whether the writing goes into the therapy summary, since it decides what a therapist sees.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.content import Content, ContentText
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets._toggle_button import ToggleButton  # the mark's glyph, to find it in a line
from textual.widgets.option_list import OptionDoesNotExist

SHARED = "Shared with my therapy summary ✓"
PRIVATE = "Private"


class StateCheckbox(Checkbox):
    """A checkbox marked X when on, empty when off."""

    BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "X" if self.value else " "
        super().watch_value()  # the -on class and the Changed message


class WrappingCheckbox(StateCheckbox):
    """A checkbox whose label is read in full: a label longer than the line wraps (Textual's
    toggles are one line, whatever their width), and its later lines start under its first word,
    not under the box, so each one reads as one block (a checklist item, a self-check sign)."""

    def _lines(self, width: int) -> list[Content]:
        button = self._button  # Textual's own box, drawn as its render() draws it
        indent = button.cell_length + 1  # the box and the label's own left padding
        style = self.get_visual_style("toggle--label")
        wrapped = self.label.wrap(max(width - indent - 1, 1)) or [Content("")]
        lines = [Content.assemble(button, wrapped[0].pad(1, 1).stylize_before(style))]
        lines += [Content.assemble(" " * (indent - 1), line.pad(1, 1).stylize_before(style)) for line in wrapped[1:]]
        return lines

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))


class StateRadio(RadioButton):
    """A radio button marked ● when chosen, empty otherwise."""

    BUTTON_INNER = " "

    def watch_value(self) -> None:
        self.BUTTON_INNER = "●" if self.value else " "
        super().watch_value()  # the -on class and the Changed message


class ShareSwitch(StateCheckbox):
    """Whether some writing is in the therapy summary, in words: "Shared with my therapy summary ✓" or
    "Private"; `hint` follows the words (the key that switches it, or what is shared)."""

    def __init__(self, value: bool = False, *, hint: str = "", **kwargs: Any) -> None:
        self.hint = hint
        super().__init__(self.words(value), value, **kwargs)

    def words(self, value: bool) -> ContentText:
        text = SHARED if value else PRIVATE
        return Content(f"{text} {self.hint}" if self.hint else text)

    def watch_value(self) -> None:
        self.label = self.words(self.value)
        super().watch_value()


class StateSelectionList(SelectionList[str]):
    """A list of choices whose boxes are marked X when chosen and empty otherwise (Textual's
    draws the same mark in both and tells them apart by colour only)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        mark = "X" if selection.value in self.selected else " "
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)
