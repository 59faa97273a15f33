"""The private safety check, only when the person chose to include it (issue 13).

Off by default: a safety check can hold what a person would not want anyone else to read, so
it reaches a summary only through its own share choice, on the safety check's screen.
"""

from __future__ import annotations

from trustroad.export.model import Bullets, Para, Part, Section
from trustroad.export.sections import Context
from trustroad.workbook.safety_check import REPLY_LABELS

TITLE = "My private safety check"


def build(ctx: Context) -> Section | None:
    check = ctx.workbook.safety_check
    spec = ctx.content.support.safety_check if ctx.content.support else None
    if not check.share or check.taken is None or spec is None:
        return None
    items = [
        f"{question.label} {REPLY_LABELS[check.answers[question.id]]}"
        for question in spec.questions
        if question.id in check.answers
    ]
    parts: list[Part] = [Para(f"Taken on {check.taken.date().isoformat()}.", muted=True)]
    parts.append(Bullets(items) if items else Para("No question was answered.", muted=True))
    return Section("safety", TITLE, parts)
