"""Agreement statuses, topics and the review wording: plain Python, no pydantic.

Kept apart from agreements.py (the models) so that `trustroad export` can describe
agreements without paying for pydantic at start-up.
"""

from __future__ import annotations

from datetime import date

AGREEMENTS_FILE = "agreements.json"

# The same statuses as agreements.Status (a Literal needs them spelled out; a test keeps them equal).
STATUSES: tuple[str, ...] = ("proposed", "agreed", "paused", "ended")
STATUS_LABELS: dict[str, str] = {"proposed": "Proposed", "agreed": "Agreed", "paused": "Paused", "ended": "Ended"}
# Only agreements still in use are brought back for review; paused and ended ones wait quietly.
REVIEWABLE: frozenset[str] = frozenset({"proposed", "agreed"})

TOPIC_LABELS: dict[str, str] = {
    "when-how-we-talk": "When and how we talk",
    "time-out-signal": "Time-out signal",
    "fewer-stressors": "Fewer outside pressures",
    "who-is-told": "Who is told",
    "technology-transparency": "Technology and openness",
    "financial-safeguards": "Money safeguards",
    "starting-therapy": "Starting therapy",
    "other": "Our own agreement",
}


def topic_label(topic: str) -> str:
    return TOPIC_LABELS.get(topic, topic)


def review_phrase(agreement, today: date) -> str:
    """'review today', 'review was due 3 days ago', 'review in 5 days' or 'no review while paused'."""
    if agreement.status not in REVIEWABLE:
        return f"no review while {agreement.status}"
    days = (agreement.review_on - today).days
    if days == 0:
        return "ready for a review today"
    if days < 0:
        return f"ready for a review (since {agreement.review_on.isoformat()})"
    return f"review on {agreement.review_on.isoformat()}" + (" (tomorrow)" if days == 1 else f" (in {days} days)")
