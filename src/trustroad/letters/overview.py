"""The Together place's words: the partner's items, and what the two workbooks say side by side.

Plain text built from the person's documents and together.json; the screen shows it as literal
text (it holds both partners' words). Pure functions, so they are tested without a window.
"""

from __future__ import annotations

from trustroad.agreements.model import Agreements
from trustroad.checkins.model import CheckIns
from trustroad.letters import joint
from trustroad.letters.together import STORY, Together, item_key
from trustroad.promises.model import PromisesBook
from trustroad.safe_text import printable
from trustroad.workbook.agenda import Agenda


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


def _mark(value: bool | None, yes: str, no: str) -> str:
    return "—" if value is None else (yes if value else no)


def partner_items(agreements: Agreements, together: Together) -> list[tuple[str, str]]:
    """(key, label) for each agreement and promise the partner sent, and their account; Enter on
    one acts on it."""
    items = []
    for agreement_id, note in together.partner.agreements.items():
        status = joint.agreement_status(together, agreements.get(agreement_id), agreement_id)
        items.append(
            (item_key("agreement", agreement_id), f"Agreement: {_one_line(note.title) or 'untitled'} · {status}")
        )
    for promise_id, promise in together.partner.promises.items():
        items.append(
            (item_key("promise", promise_id), f"Their promise: {_one_line(promise.wording)} · Enter: what you saw")
        )
    if together.partner.story is not None:  # its words wait until this partner has sent theirs
        shown = "Enter: side by side with yours" if together.was_sent(STORY) else "shown once you have sent yours"
        items.append((STORY, f"Their account of how this happened · {shown} (Our two accounts…)"))
    return items


def side_by_side(
    agreements: Agreements, promises: PromisesBook, checkins: CheckIns, agenda: Agenda, together: Together
) -> str:
    lines: list[str] = []
    for agreement in agreements.agreements:
        key = item_key("agreement", agreement.id)
        if together.will_send(key) and agreement.id not in together.partner.agreements:
            status = joint.agreement_status(together, agreement, agreement.id)
            lines.append(f"My agreement {_one_line(agreement.title)!r}: {status}")
    for promise in promises.promises:
        days = joint.my_promise_as_seen(promises, together, promise.id)
        if any(day.seen is not None for day in days):
            lines.append(f"My promise {_one_line(promise.wording)!r}: kept as recorded by me / as seen by you")
            lines += [
                f"  {day.day.isoformat()}  {_mark(day.recorded, 'kept', 'not kept')} / "
                f"{_mark(day.seen, 'seen kept', 'not seen this time')}"
                for day in days[:7]
            ]
    for pair in joint.checkins_side_by_side(checkins, together)[:4]:
        lines.append(
            f"Check-in, week of {pair.week.isoformat()}: safety {_mark_number(pair.mine.safety)} (me) / "
            f"{_mark_number(pair.theirs.safety)} (you), connection {_mark_number(pair.mine.connection)} / "
            f"{_mark_number(pair.theirs.connection)}"
        )
    open_items = [item.text for item in agenda.items if item.done is None]
    if together.partner.agenda:
        lines.append("For a joint therapy session:")
        lines += [f"  {_one_line(text)} ({whose})" for whose, text in joint.agenda_merged(open_items, together)]
    if joint.stories_side_by_side(together) is not None:
        lines.append("Your two accounts of how this happened: side by side under Our two accounts… (s)")
    if together.shared_story_agreed():
        lines.append("The story we can both live with: agreed by both of you.")
    return "\n".join(lines) if lines else "Nothing to show side by side yet: both of you need to have sent something."


def _mark_number(value: int | None) -> str:
    return "—" if value is None else str(value)
