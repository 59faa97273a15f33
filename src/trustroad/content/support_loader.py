"""Reading content/support/*.yaml, layer by layer: a later folder's file replaces the built-in one."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from trustroad.content.loader import read_spec
from trustroad.content.model import Phase, Problem
from trustroad.content.support import (
    GroundingSpec,
    ResourcesSpec,
    SafetyCheckSpec,
    SelfCheckSpec,
    SupportContent,
)

SUPPORT_DIR = Path("support")
# SupportContent field -> (file name, model)
SUPPORT_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "safety_check": ("safety-check.yaml", SafetyCheckSpec),
    "resources": ("resources.yaml", ResourcesSpec),
    "self_check": ("self-check.yaml", SelfCheckSpec),
    "grounding": ("grounding.yaml", GroundingSpec),
}


def read_support_layer(root: Path, below: SupportContent, problems: list[Problem]) -> SupportContent:
    """`below` with each support file found under `root` in its place."""
    found: dict[str, BaseModel] = {}
    for field, (name, model) in SUPPORT_FILES.items():
        path = root / SUPPORT_DIR / name
        if path.is_file():
            spec = read_spec(model, path, problems)
            if spec is not None:
                found[field] = spec
    return below.model_copy(update=found) if found else below


def support_problems(support: SupportContent, phases: dict[str, Phase], roots: list[Path]) -> list[Problem]:
    """The safety check names phases (where it is offered, where its reminder shows): they must exist."""
    check = support.safety_check
    if check is None:
        return []
    named = [*check.reminder_phases, *([check.offered_in] if check.offered_in else [])]
    unknown = [phase for phase in named if phase not in phases]
    if not unknown:
        return []
    # Reported against the last folder that holds the file: the one whose text is in use.
    path = next(
        (p for root in reversed(roots) if (p := root / SUPPORT_DIR / "safety-check.yaml").is_file()),
        roots[0],
    )
    return [Problem(path, 1, f"unknown phase '{phase}' (the phases are: {', '.join(phases)})") for phase in unknown]
