"""Worksheet answers the person marked for sharing, under their step and prompt titles, and the
questions of a question ledger marked for sharing (each with its category and status).

Answers are ongoing work rather than dated events, so every shared answer is included
whatever the period (its last change date is shown).
"""

from __future__ import annotations

from trustroad.export.model import Entry, Heading, Part, Section
from trustroad.export.sections import Context
from trustroad.workbook.ledger import CATEGORY_LABELS, STATUS_LABELS
from trustroad.workbook.model import answer_key

TITLE = "Worksheet answers I chose to share"


def build(ctx: Context) -> Section | None:
    answers = ctx.workbook.answers
    shared = {k: a for k, a in answers.items() if ctx.chosen(a) and a.text.strip()}
    ledgers = {
        step_id: [item for item in ledger.items if ctx.chosen(item) and item.text.strip()]
        for step_id, ledger in ctx.workbook.ledgers.items()
    }
    if not shared and not any(ledgers.values()):
        return None
    parts: list[Part] = []
    seen: set[str] = set()
    for phase in ctx.content.phases:
        for step in phase.steps:
            entries = []
            for prompt in step.meta.prompts:
                key = answer_key(step.id, prompt.id)
                answer = shared.get(key)
                if answer is None:
                    continue
                seen.add(key)
                meta = f"last changed {answer.updated.date().isoformat()}" if answer.updated else ""
                entries.append(Entry(prompt.label, answer.text.strip(), meta))
            for item in ledgers.pop(step.id, []):  # only the questions chosen (shared, or all in the whole workbook)
                label = f"{CATEGORY_LABELS[item.category]} · {STATUS_LABELS[item.status]}"
                entries.append(Entry(label, item.text.strip()))
            if entries:
                parts.append(Heading(f"{phase.title} · {step.title}"))
                parts += entries
    # Shared answers whose step is no longer in the workbook text (custom content removed):
    # still the person's shared words, so they are kept, under a plain heading.
    orphans = [k for k in shared if k not in seen]
    left = [(step_id, item) for step_id, items in sorted(ledgers.items()) for item in items]
    if orphans or left:
        parts.append(Heading("Other answers"))
        for key in sorted(orphans):
            parts.append(Entry(key, shared[key].text.strip()))
        for step_id, item in left:
            parts.append(Entry(step_id, item.text.strip()))
    return Section("answers", ctx.title(TITLE, "Worksheet answers"), parts)
