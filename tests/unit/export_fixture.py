"""A fixed workbook for the therapy-summary tests: shared and unshared text side by side.

Every unshared place holds PRIVATE_MARKER, so a test can prove it never reaches any format.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from trustroad.content.loader import load_content
from trustroad.export.summary import build_summary
from trustroad.storage.files import (
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    JOURNAL_FILE,
    WORKBOOK_FILE,
)
from trustroad.workbook.agenda import Agenda, AgendaItem
from trustroad.workbook.model import Answer, Workbook

GOLDEN = Path(__file__).parent / "golden"
CONTENT_DIR = GOLDEN / "content"
MADE_ON = date(2026, 11, 26)
PRIVATE_MARKER = "ZZ-UNSHARED-7f3a9c"
TRICKY = 'Tom & Jerry said "stop" <script>alert(1)</script> [bold]loud[/bold] *not emphasis* # not a heading'
WHEN = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)


def content():
    return load_content(CONTENT_DIR)


def documents() -> dict:
    workbook = Workbook(
        role="unsaid",
        current_phase="calm",
        name="Sam Ríos",
        answers={
            "calm-talk/when": Answer(
                text="Tuesdays at 7:30, at the kitchen table.\nNot after 10 pm.", updated=WHEN, share=True
            ),
            "calm-talk/signal": Answer(text=f"{PRIVATE_MARKER} unshared signal", updated=WHEN, share=False),
            "meaning-how/ask": Answer(
                text=TRICKY + "\nÇa va — “curly” ‘quotes’ – Ελπίδα, Надежда.", updated=WHEN, share=True
            ),
        },
        done={"calm-read": WHEN},
    )
    agenda = Agenda(
        items=[
            AgendaItem(text="How we handle Sunday evenings", added=WHEN),
            AgendaItem(text="The phone call last week", added=WHEN, done=WHEN),
            AgendaItem(text="What 'checking in' means to each of us & why", added=WHEN),
        ]
    )
    docs = {WORKBOOK_FILE: workbook, AGENDA_FILE: agenda}
    docs.update(feature_documents())
    return docs


def at(day: int, hour: int = 20) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def feature_documents() -> dict:
    """Journal, agreements, check-ins and promises, each built with the feature's own functions."""
    from trustroad.agreements import model as ag
    from trustroad.checkins import model as ci
    from trustroad.journal import model as jr
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import Promise, Setback
    from trustroad.storage.files import PROMISES_FILE

    journal = jr.Journal()
    for day, value in ((10, 7), (12, 6), (15, 4)):
        journal.add(
            jr.Entry.new(
                f"Evening {day}: we kept to the time-out.",
                intensity=value,
                tags=["sunday"],
                share=True,
                written=at(day),
            )
        )
    journal.add(jr.Entry.new(f"{PRIVATE_MARKER} private entry", intensity=9, tags=["zzsecret"], written=at(11)))

    agreements = ag.Agreements()
    shared = agreements.add(ag.Agreement.new(at=at(2)))
    shared.edit_wording("We talk on Tuesdays at 7:30 for 45 minutes.", at=at(2), title="When we talk")
    shared.set_status("agreed", at=at(3))
    shared.set_share(True)
    private = agreements.add(ag.Agreement.new(at=at(2)))
    private.edit_wording(f"{PRIVATE_MARKER} wording", at=at(2), title=f"{PRIVATE_MARKER} title")

    checkins = ci.CheckIns()
    for day, safety, connection in ((7, 4, 5), (14, 6, 6)):
        checkins.add(
            ci.CheckIn.new(
                safety, connection, {"helped": f"Week of the {day}th felt steadier."}, share=True, at=at(day)
            )
        )
    checkins.add(ci.CheckIn.new(1, 1, {"helped": f"{PRIVATE_MARKER} answer"}, promises_note=PRIVATE_MARKER, at=at(16)))
    checkins.set_draft(2, 2, {"helped": f"{PRIVATE_MARKER} draft"})

    book = PromisesBook()
    walk = book.add_promise(
        Promise(
            wording="Text when I leave work",
            owner="mine",
            frequency="daily",
            share=True,
            start=date(2026, 11, 1),
            created=at(1),
        )
    )
    book.record(walk.id, date(2026, 11, 10), True)
    book.record(walk.id, date(2026, 11, 11), False, note=f"{PRIVATE_MARKER} mark note")
    assert book.add_repair(walk.id, date(2026, 11, 11), date(2026, 11, 12), f"{PRIVATE_MARKER} repair text")
    book.add_promise(Promise(wording=f"{PRIVATE_MARKER} promise", visibility=PRIVATE_MARKER, created=at(1)))
    book.add_setback(
        Setback(
            when=at(13, 18),
            kind="painful-memory",
            intensity=7,
            note="A song in the shop.",
            repaired_at=at(13, 21),
            how_repaired="We sat together and named it.",
            share=True,
        )
    )
    book.add_setback(Setback(when=at(14), note=f"{PRIVATE_MARKER} setback", how_repaired=PRIVATE_MARKER))

    return {
        JOURNAL_FILE: journal,
        AGREEMENTS_FILE: agreements,
        CHECKINS_FILE: checkins,
        PROMISES_FILE: book,
    }


def summary(**kwargs):
    """The fixed workbook's therapy summary; build_summary's options (include, period) pass through."""
    return build_summary(documents(), content(), made_on=MADE_ON, **kwargs)


def pdf_text(data: bytes) -> str:
    """The text a PDF reader finds in a rendered PDF, page after page."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
