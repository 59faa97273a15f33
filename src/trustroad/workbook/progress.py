"""Where a person is on the road map: pure functions over content and workbook."""

from __future__ import annotations

from collections import namedtuple

# typing itself is not imported: quick commands (`trustroad export`, `journal add`) skip its cost.
TYPE_CHECKING = False
if TYPE_CHECKING:  # types only: the therapy summary uses these functions without pydantic
    from trustroad.content.model import Content, ItemSpec, Phase, Step
    from trustroad.workbook.model import Workbook


class PhaseProgress(namedtuple("PhaseProgress", "done total")):
    # A named tuple rather than a dataclass: the therapy summary uses this module, and
    # importing dataclasses costs `trustroad export` more than its own road-map section.
    __slots__ = ()

    @property
    def label(self) -> str:
        return f"{self.done} of {self.total} steps done"


def phase_progress(phase: Phase, workbook: Workbook) -> PhaseProgress:
    # A page that is only information (the safety page) has nothing to do, so it is not counted.
    counted = [s for s in phase.steps if s.counts_toward_progress]
    return PhaseProgress(sum(1 for s in counted if workbook.is_done(s.id)), len(counted))


def steps_that_fit(phase: Phase, workbook: Workbook) -> tuple[list[Step], list[Step]]:
    """A phase's steps for the person's rupture kinds first, then the rest ("also"), each in
    road-map order. Steps without a `for:` list fit everyone; so does everything when no kind is named."""
    kinds = workbook.rupture_kinds
    fitting = [s for s in phase.steps if s.fits(kinds)]
    return fitting, [s for s in phase.steps if not s.fits(kinds)]


def items_that_fit(step: Step, workbook: Workbook) -> tuple[list[ItemSpec], list[ItemSpec]]:
    """A checklist's items for this partner: those for the person's rupture kinds, then the rest."""
    items, kinds = step.items_for(workbook.role), workbook.rupture_kinds
    return [i for i in items if i.fits(kinds)], [i for i in items if not i.fits(kinds)]


def ordered_steps(phase: Phase, workbook: Workbook) -> list[Step]:
    fitting, also = steps_that_fit(phase, workbook)
    return fitting + also


def next_step(content: Content, workbook: Workbook) -> Step | None:
    """The first step not yet done, starting from the phase the person says they are in.

    Rebuilding is not linear, so this is only a suggestion: it looks in the
    current phase first, then in road-map order, and wraps round; in each phase, the steps for
    the person's rupture kinds come first.
    """
    phases = content.phases
    start = 0
    if workbook.current_phase:
        start = next((i for i, p in enumerate(phases) if p.id == workbook.current_phase), 0)
    for phase in phases[start:] + phases[:start]:
        for step in ordered_steps(phase, workbook):
            if step.counts_toward_progress and not workbook.is_done(step.id):
                return step
    return None


def step_has_writing(step: Step, workbook: Workbook) -> bool:
    ledger = workbook.ledgers.get(step.id)
    if ledger is not None and ledger.items:
        return True
    return any(workbook.answer_text(step.id, p.id).strip() for p in step.meta.prompts)
