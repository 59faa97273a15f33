"""A phase's steps as the options of the phase screen's list, each marked done (✓) or written
in (✎): those for the person's rupture kinds first, then the rest under an "Also" heading that
cannot be chosen (workbook/progress.py steps_that_fit).
"""

from __future__ import annotations

from textual.content import Content as Text
from textual.widgets.option_list import Option

from trustroad.content.model import Phase, Step
from trustroad.workbook.model import Workbook
from trustroad.workbook.progress import phase_progress, step_has_writing, steps_that_fit

ALSO = "also"  # the option that heads the steps meant for other kinds of rupture


def step_label(step: Step, workbook: Workbook) -> Text:
    if workbook.is_done(step.id):
        mark = Text.styled("✓ ", "bold $success")
    elif step_has_writing(step, workbook):
        mark = Text.styled("✎ ", "$accent")
    else:
        mark = Text("· ")
    return Text.assemble(mark, step.title)


def step_options(phase: Phase, workbook: Workbook) -> list[Option]:
    fitting, also = steps_that_fit(phase, workbook)
    options = [Option(step_label(s, workbook), id=s.id) for s in fitting]
    if also:  # meant for other kinds of rupture: still there, under a heading that can't be chosen
        options.append(Option(Text.styled("Also", "bold $text-muted"), id=ALSO, disabled=True))
        options += [Option(step_label(s, workbook), id=s.id) for s in also]
    return options


def steps_title(phase: Phase, workbook: Workbook) -> str:
    """The list's border: how far the phase has come."""
    progress = phase_progress(phase, workbook)
    return f"Steps · {progress.done}/{progress.total} done"
