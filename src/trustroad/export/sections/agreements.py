"""Agreements marked for sharing (every agreement in the whole workbook), with their status and next review."""

from __future__ import annotations

from trustroad.agreements import model as mod
from trustroad.export.model import Entry, Part, Section
from trustroad.export.sections import Context
from trustroad.storage.files import AGREEMENTS_FILE

TITLE = "Agreements"


def build(ctx: Context) -> Section | None:
    document = ctx.document(AGREEMENTS_FILE, mod.Agreements)
    if document is None:
        return None
    shared = [a for a in document.agreements if ctx.chosen(a)]
    if not shared:
        return None
    parts: list[Part] = []
    for agreement in shared:
        status = mod.STATUS_LABELS.get(agreement.status, agreement.status)
        meta = f"{status} · {mod.topic_label(agreement.topic)} · {agreement.review_phrase(ctx.made_on)}"
        parts.append(
            Entry(
                agreement.title or mod.topic_label(agreement.topic),
                agreement.wording.strip() or "(no wording yet)",
                meta,
            )
        )
    return Section("agreements", TITLE, parts)
