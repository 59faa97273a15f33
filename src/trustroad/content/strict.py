"""The base of every content model: unknown keys are errors, and no text holds a screen action."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, field_validator

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


# Content text is shown exactly as written (never read as screen markup), so a screen action such
# as "[@click=app.quit]" in a title or label could only be a mistake or a trap: it is refused.
SCREEN_ACTION = re.compile(r"\[\s*@")


class Strict(BaseModel):
    # Content is authored: an unknown key is almost always a typo, so it is an error.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_screen_actions(cls, value: object) -> object:
        texts = (
            [value]
            if isinstance(value, str)
            else [v for v in value if isinstance(v, str)]
            if isinstance(value, tuple)
            else []
        )
        if any(SCREEN_ACTION.search(text) for text in texts):
            raise ValueError("holds a screen command ('[@…]'); text is shown exactly as written, so remove it")
        return value
