"""A checklist step's items as check boxes: those for the person's rupture kinds first, then
the rest under "Also" (workbook/progress.py items_that_fit)."""

from __future__ import annotations

from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Static

from trustroad.content.model import ItemSpec, Step
from trustroad.tui.widgets.toggles import StateCheckbox, WrappingCheckbox
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import items_that_fit


def _box(step: Step, item: ItemSpec, workbook: Workbook) -> StateCheckbox:
    checked = workbook.is_checked(step.id, item.id)
    return WrappingCheckbox(Text(item.label), checked, id=f"item--{item.id}", classes="check-item")


def checklist_widgets(step: Step, workbook: Workbook) -> list[Widget]:
    fitting, also = items_that_fit(step, workbook)
    widgets: list[Widget] = [_box(step, item, workbook) for item in fitting]
    if also:
        widgets.append(Static("Also", classes="prompt-label", markup=False))
        widgets += [_box(step, item, workbook) for item in also]
    return widgets
