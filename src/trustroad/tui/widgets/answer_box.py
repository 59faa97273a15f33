"""A multi-line answer box that knows which prompt it belongs to."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import TextArea

from trustroad.tui.person_text import for_editing


class AnswerBox(TextArea):
    """TextArea for one prompt. Shows text literally: nothing a person types is markup, and the
    placeholder (the workbook's words) is literal too, as Content (a str would be read as markup)."""

    def __init__(self, text: str, *, step_id: str, prompt_id: str, placeholder: str = "") -> None:
        super().__init__(
            for_editing(text),  # printable: see tui/person_text.py
            soft_wrap=True,
            tab_behavior="focus",  # Tab moves on to the next box, as in a form
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=Content(placeholder),
            id=f"answer--{prompt_id}",
            classes="answer",
        )
        self.step_id = step_id
        self.prompt_id = prompt_id
