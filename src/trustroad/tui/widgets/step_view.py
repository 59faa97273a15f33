"""What the phase screen shows for one step: its title and place, a safety notice where one is
due, its text, then what its kind asks for (a worksheet's questions, a checklist, agreements, a
ledger) and the button that marks it done.

Apart from the screen (tui/screens/phase.py), which keeps the step list, the keys and what a
change in the pane does: this only builds the widgets, afresh each time a step is shown.
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant

from trustroad.content.model import Phase, Step
from trustroad.content.support import SupportContent
from trustroad.tui.widgets.accountability_panel import AccountabilityPanel
from trustroad.tui.widgets.agreements_step import agreements_step_widgets
from trustroad.tui.widgets.answer_box import AnswerBox
from trustroad.tui.widgets.checklist_items import checklist_widgets
from trustroad.tui.widgets.coach_panel import coach_widgets
from trustroad.tui.widgets.content_markdown import ContentMarkdown
from trustroad.tui.widgets.ledger_panel import ledger_step_widgets
from trustroad.tui.widgets.safety_notice import safety_notice_widgets
from trustroad.tui.widgets.share_toggle import share_toggle
from trustroad.workbook.model import Workbook


def step_widgets(
    step: Step | None, index: int, phase: Phase, workbook: Workbook, support: SupportContent | None
) -> list[Widget]:
    """The pane for `step`, the `index`-th (from 0) of the phase's steps as listed."""
    if step is None:
        return [Static("This phase has no steps yet.", markup=False)]
    position = f"Step {index + 1} of {len(phase.steps)} · {step.kind}"
    if not step.fits(workbook.rupture_kinds):
        position += " · for other kinds of rupture"
    widgets: list[Widget] = [
        Static(step.title, classes="step-title", markup=False),
        Static(position, classes="step-meta", markup=False),
        *safety_notice_widgets(support, workbook, phase, step),  # issue 13
        ContentMarkdown(step.body, classes="step-body"),
    ]
    if step.kind == "worksheet":
        widgets += worksheet_widgets(step, workbook)
    elif step.kind == "checklist":
        widgets += checklist_widgets(step, workbook)
    elif step.kind == "agreements":  # templates live in the Agreements screen (F7)
        widgets += agreements_step_widgets(step)
    elif step.kind == "ledger":
        widgets += ledger_step_widgets(step.id, step.meta.ledger, workbook.role)
    if not step.counts_toward_progress:  # a page that is only information: nothing to mark done
        return widgets
    label, variant = done_button_look(workbook.is_done(step.id))
    widgets.append(Button(label, id="done-button", variant=variant))
    return widgets


def worksheet_widgets(step: Step, workbook: Workbook) -> list[Widget]:
    """The questions for the person's role, each with its answer box and share switch."""
    prompts = step.prompts_for(workbook.role)
    widgets: list[Widget] = []
    for prompt in prompts:
        widgets.append(Static(prompt.label, classes="prompt-label", markup=False))
        if prompt.help:
            widgets.append(Static(prompt.help, classes="prompt-help", markup=False))
        widgets.append(
            AnswerBox(
                workbook.answer_text(step.id, prompt.id),
                step_id=step.id,
                prompt_id=prompt.id,
                placeholder=prompt.placeholder or "",
            )
        )
        if prompt.coach:  # an answer that is a promise: the coach reads along
            widgets += coach_widgets(workbook.answer_text(step.id, prompt.id), prompt.id)
        if prompt.accountability_coach:  # a statement of responsibility: the helper reads along
            text = workbook.answer_text(step.id, prompt.id)
            widgets.append(AccountabilityPanel(text, id=f"accountability--{prompt.id}"))
        widgets.append(share_toggle(workbook, step.id, prompt.id))  # therapy summary (issue 5)
    hidden = len(step.meta.prompts) - len(prompts)
    if hidden:
        widgets.append(
            Static(
                f"{hidden} more question{'s are' if hidden > 1 else ' is'} meant for the other partner. "
                "To see every question, choose “rather not say” in Settings (ctrl+o then o, or F2).",
                classes="prompt-help",
                markup=False,
            )
        )
    return widgets


def done_button_look(done: bool) -> tuple[str, ButtonVariant]:
    """The done button's label and variant: marking done is the step's main action until it is done."""
    return ("Mark as not done (d or F4)", "default") if done else ("Mark this step done (d or F4)", "primary")
