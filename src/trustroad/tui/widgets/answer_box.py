"""A multi-line answer box that knows which prompt it belongs to."""

from __future__ import annotations

from textual.widgets import TextArea


class AnswerBox(TextArea):
    """TextArea for one prompt. Shows text literally: nothing a person types is markup."""

    def __init__(self, text: str, *, step_id: str, prompt_id: str, placeholder: str = "") -> None:
        super().__init__(
            text,
            soft_wrap=True,
            tab_behavior="focus",  # Tab moves on to the next box, as in a form
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=f"answer--{prompt_id}",
            classes="answer",
        )
        self.step_id = step_id
        self.prompt_id = prompt_id
