"""The "shared with my therapy summary" / "private" switch under each answer box (off by default)."""

from __future__ import annotations

from trustroad.tui.widgets.toggles import ShareSwitch
from trustroad.workbook.model import Workbook

HINT = "(ctrl+t)"


class ShareToggle(ShareSwitch):
    def __init__(self, value: bool, *, step_id: str, prompt_id: str) -> None:
        super().__init__(value, hint=HINT, id=f"share--{prompt_id}", classes="share-toggle")
        self.step_id = step_id
        self.prompt_id = prompt_id


def share_toggle(workbook: Workbook, step_id: str, prompt_id: str) -> ShareToggle:
    return ShareToggle(workbook.is_shared(step_id, prompt_id), step_id=step_id, prompt_id=prompt_id)
