"""The "share this answer in my therapy summary" switch under each answer box (off by default)."""

from __future__ import annotations

from textual.widgets import Checkbox

from trustroad.workbook.model import Workbook

LABEL = "Share in my therapy summary (ctrl+t)"


class ShareToggle(Checkbox):
    def __init__(self, value: bool, *, step_id: str, prompt_id: str) -> None:
        super().__init__(LABEL, value, id=f"share--{prompt_id}", classes="share-toggle")
        self.step_id = step_id
        self.prompt_id = prompt_id


def share_toggle(workbook: Workbook, step_id: str, prompt_id: str) -> ShareToggle:
    return ShareToggle(workbook.is_shared(step_id, prompt_id), step_id=step_id, prompt_id=prompt_id)
