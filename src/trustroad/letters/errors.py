"""Why a letter or a pairing file was refused, in plain words. Nothing was changed."""

from __future__ import annotations

NOTHING_CHANGED = "Nothing in your workbook was changed."


class LetterRefused(Exception):
    """A letter or pairing file that cannot be used. `problem` and `advice` name no one's words."""

    def __init__(self, problem: str, advice: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.advice = " ".join(part for part in (advice, NOTHING_CHANGED) if part)

    def message(self) -> str:
        return f"{self.problem} {self.advice}"
