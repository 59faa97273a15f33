"""The six pages of the welcome (tui/screens/first_run.py), built from first-run/welcome.yaml.

Every word comes from content and is shown as written (never markup). Each choice starts as
the workbook has it, so a revisit from Settings shows the person's own answers.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.widgets import Button, RadioSet, SelectionList, Static
from textual.widgets.selection_list import Selection

from trustroad.content.first_run import FirstRunSpec, KindsPage
from trustroad.tui.widgets.toggles import StateRadio, StateSelectionList
from trustroad.workbook.model import Workbook

PAGES = ("about", "privacy", "role", "kinds", "stage", "last")


def _heading(title: str, number: int) -> ComposeResult:
    yield Static(f"Welcome · {number} of {len(PAGES)}", classes="fr-count", markup=False)
    yield Static(title, classes="step-title", markup=False)


def kind_choices(page: KindsPage, chosen: list[str], *, id: str) -> SelectionList[str]:
    """The rupture kinds as a list to tick (space), in the welcome and in Settings."""
    return StateSelectionList(*(Selection(Text(c.label), c.id, c.id in chosen) for c in page.choices), id=id)


def stage_now(spec: FirstRunSpec, workbook: Workbook) -> str | None:
    """The "where are you" answer to show as chosen: the one answer that marks the person's
    current phase, if exactly one does (two answers may lead to the same phase)."""
    matching = [c.id for c in spec.stage.choices if c.phase == workbook.current_phase]
    return matching[0] if len(matching) == 1 else None


def page(name: str, spec: FirstRunSpec, workbook: Workbook, folder: Path) -> ComposeResult:
    number = PAGES.index(name) + 1
    with VerticalScroll(id=f"fr-page-{name}", classes="fr-page"):
        if name == "about":
            yield from _heading(spec.about.title, number)
            for line in spec.about.lines:
                yield Static(line, classes="fr-line", markup=False)
        elif name == "privacy":
            privacy = spec.privacy
            yield from _heading(privacy.title, number)
            yield Static(privacy.question, classes="prompt-label", markup=False)
            with RadioSet(id="fr-privacy"):
                for answer in privacy.choices:
                    yield StateRadio(Text(answer.label), name=answer.id)
            yield Static("", id="fr-advice", classes="fr-line", markup=False)
            yield Static(privacy.partners, markup=False)
            yield Static(f"{privacy.folder} {folder}", id="fr-folder", classes="prompt-help", markup=False)
            yield Static(privacy.encrypted, id="fr-encrypted", classes="fr-line", markup=False)
            yield Button(privacy.encrypt, id="fr-encrypt")
        elif name == "role":
            yield from _heading(spec.role.title, number)
            yield Static(spec.role.help, classes="prompt-help", markup=False)
            with RadioSet(id="fr-role"):
                for choice in spec.role.choices:
                    yield StateRadio(Text(choice.label), value=workbook.role == choice.id, name=choice.id)
        elif name == "kinds":
            yield from _heading(spec.kinds.title, number)
            yield Static(spec.kinds.help, classes="prompt-help", markup=False)
            yield kind_choices(spec.kinds, list(workbook.rupture_kinds), id="fr-kinds")
        elif name == "stage":
            yield from _heading(spec.stage.title, number)
            yield Static(spec.stage.help, classes="prompt-help", markup=False)
            chosen = stage_now(spec, workbook)
            with RadioSet(id="fr-stage"):
                for stage in spec.stage.choices:
                    yield StateRadio(Text(stage.label), value=stage.id == chosen, name=stage.id)
        else:
            yield from _heading(spec.last.title, number)
            yield Static(spec.last.text, classes="fr-line", markup=False)
            with Horizontal(classes="modal-buttons"):
                yield Button(spec.last.safety_check, id="fr-safety-check")
                yield Button(spec.last.start, id="fr-start", variant="primary")
