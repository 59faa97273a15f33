"""Worksheet answers the person marked for sharing, under their step and prompt titles.

Answers are ongoing work rather than dated events, so every shared answer is included
whatever the period (its last change date is shown).
"""

from __future__ import annotations

from trustroad.export.model import Entry, Heading, Part, Section
from trustroad.export.sections import Context
from trustroad.workbook.model import answer_key

TITLE = "Worksheet answers I chose to share"


def build(ctx: Context) -> Section | None:
    answers = ctx.workbook.answers
    shared = {k: a for k, a in answers.items() if ctx.chosen(a) and a.text.strip()}
    if not shared:
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
            if entries:
                parts.append(Heading(f"{phase.title} · {step.title}"))
                parts += entries
    # Shared answers whose step is no longer in the workbook text (custom content removed):
    # still the person's shared words, so they are kept, under a plain heading.
    orphans = [k for k in shared if k not in seen]
    if orphans:
        parts.append(Heading("Other answers"))
        for key in sorted(orphans):
            parts.append(Entry(key, shared[key].text.strip()))
    return Section("answers", ctx.title(TITLE, "Worksheet answers"), parts)
