"""A review of a sentence a person wrote: what needs work first, then what is already good.

The promise coach (promises/coach.py) and the accountability helper (accountability/checker.py)
read for different things, with their own kinds and verdicts, and hand back this same shape.
Both only advise; nothing here is ever stored or logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

KindT = TypeVar("KindT", bound=str)
VerdictT = TypeVar("VerdictT", bound=str)


@dataclass(frozen=True)
class Finding(Generic[KindT]):
    kind: KindT
    good: bool  # True for the "already good" findings
    reason: str  # one plain, warm sentence: why this matters
    suggestion: str  # one plain sentence: what to try (for good findings: encouragement)
    span: tuple[int, int] | None = None  # where in the text, if anywhere


@dataclass(frozen=True)
class Review(Generic[KindT, VerdictT]):
    findings: tuple[Finding[KindT], ...]  # concerns first (the most useful first), then the good ones
    verdict: VerdictT

    @property
    def concerns(self) -> tuple[Finding[KindT], ...]:
        return tuple(f for f in self.findings if not f.good)

    @property
    def strengths(self) -> tuple[Finding[KindT], ...]:
        return tuple(f for f in self.findings if f.good)

    @property
    def next_step(self) -> str | None:
        """The one thing to try first, or None when nothing needs changing."""
        concerns = self.concerns
        return concerns[0].suggestion if concerns else None
