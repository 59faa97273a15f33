"""The person's own time-out phrase, from their agreements, for the grounding card (issue 13)."""

from __future__ import annotations

from trustroad.agreements.model import Agreements

TIME_OUT_TOPIC = "time-out-signal"
# An agreed one is the phrase they settled on; a proposed one is still better than none.
_PREFERENCE = {"agreed": 0, "proposed": 1}


def time_out_phrase(agreements: Agreements) -> str | None:
    """The wording of their time-out agreement in use (agreed before proposed), or None."""
    candidates = [
        a for a in agreements.agreements if a.topic == TIME_OUT_TOPIC and a.status in _PREFERENCE and a.wording.strip()
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda a: _PREFERENCE[a.status])
    return best.wording.strip()
