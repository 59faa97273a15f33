"""Promise and setback labels, the schedule in words and the time to repair: plain Python,
no pydantic.

Kept apart from promises.py (the models) so that `trustroad export` can describe promises
and setbacks without paying for pydantic at start-up. The functions work on anything with
the model's fields (the models' own methods call them).
"""

from __future__ import annotations

from datetime import timedelta

# The same values as promises.Owner, Frequency, Status and SetbackKind (a Literal needs
# them spelled out; a test keeps them equal).
OWNERS: tuple[str, ...] = ("mine", "partner", "ours")
FREQUENCIES: tuple[str, ...] = ("daily", "weekdays", "weekly", "whenever")
STATUSES: tuple[str, ...] = ("active", "paused", "completed", "retired")
SETBACK_KINDS: tuple[str, ...] = (
    "painful-memory", "hard-conversation", "moment-of-doubt", "promise-missed",
    "something-new-came-to-light", "other",
)

OWNER_LABELS: dict[str, str] = {"mine": "Mine", "partner": "My partner's", "ours": "Ours"}
STATUS_LABELS: dict[str, str] = {
    "active": "active", "paused": "paused", "completed": "completed", "retired": "set aside",
}
SETBACK_LABELS: dict[str, str] = {
    "painful-memory": "A painful memory",
    "hard-conversation": "A hard conversation",
    "moment-of-doubt": "A moment of doubt",
    "promise-missed": "A promise missed",
    "something-new-came-to-light": "Something new came to light",
    "other": "Something else",
}
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def schedule_label(promise) -> str:
    """When a promise is due, in words ("every day", "weekdays", "Mon, Thu" …)."""
    if promise.frequency == "daily":
        return "every day"
    if promise.frequency == "whenever":
        return "whenever it happens"
    days = sorted(set(d for d in promise.days if 0 <= d <= 6))
    if promise.frequency == "weekly":
        return f"weekly, {DAY_NAMES[days[0]]}" if days else "weekly"
    if days == [0, 1, 2, 3, 4]:
        return "weekdays"
    return ", ".join(DAY_NAMES[d] for d in days) if days else "no days chosen"


def time_to_repair(setback) -> timedelta | None:
    """How long after a setback it was repaired (never negative); None while it is not."""
    if setback.repaired_at is None:
        return None
    return max(setback.repaired_at - setback.when, timedelta(0))
