"""`trustroad --demo`: a filled sample workbook for a fictional couple, in a throwaway folder.

Maya (the partner who was hurt) and Jonas (the partner who broke trust) are invented; the
words are our own. Everything is built with the features' own functions, so the demo stays
valid as the models change. The
folder is removed when the window closes: nothing of the person's own is read or written.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from trustroad.agreements import model as ag
from trustroad.checkins import model as ci
from trustroad.clock import now
from trustroad.content.model import AgreementTemplate, Content
from trustroad.journal import model as jr
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise, Setback
from trustroad.storage.files import (
    AGENDA_FILE,
    AGREEMENTS_FILE,
    CHECKINS_FILE,
    JOURNAL_FILE,
    PROMISES_FILE,
    WORKBOOK_FILE,
)
from trustroad.storage.record import Document
from trustroad.workbook.agenda import Agenda
from trustroad.workbook.model import Workbook

DEMO_NOTE = "DEMO — a sample workbook (Maya and Jonas are invented); nothing you type here is kept"

ANSWERS = {  # (step id, prompt id): (text, shared)
    ("start-racing-questions", "questions"): (
        "Who else knew? Was any of it real? Is it still going on? Why didn't I see it?",
        True,
    ),
    ("start-racing-questions", "need-now"): (
        "A few nights of proper sleep, and to know where Jonas is in the evenings for now.",
        True,
    ),
    ("start-where-are-you-now", "feeling"): ("Tired more than angry today. Angry comes in the evenings.", False),
    ("stabilize-when-to-talk", "time"): (
        "Tuesday and Saturday, 7:30 to 8:15, at the kitchen table, once the kids are asleep.",
        True,
    ),
    ("stabilize-when-to-talk", "signal"): (
        "Either of us says “pause” and puts a hand flat on the table. We come back in 20 minutes.",
        True,
    ),
    ("stabilize-basic-safety", "emotional"): (
        "Knowing that if I ask a question I get a straight answer — even if it is “I need a day to think about that”.",
        False,
    ),
}
DONE = ["start-what-a-rupture-is", "start-racing-questions", "start-healing-is-a-process", "stabilize-calm-comes-first"]
AGENDA = [
    ("Saturday's talk ran over twice. How do we stop on time without it feeling like a door shutting?", False),
    ("Whether to tell my sister, and what to say if we do.", False),
    ("I still check his phone some nights. I want to talk about that without shame.", False),
    ("How we start couples therapy: who calls, and when.", True),
]
JOURNAL = [  # (days ago, kind, intensity, text, shared, tags)
    (20, "hard-moment", 9, "Couldn't sleep. Went through the dates again in my head until 3.", True, ["nights"]),
    (
        18,
        "reflection",
        8,
        "We tried the pause signal for the first time. It felt silly and it worked.",
        True,
        ["talks"],
    ),
    (
        16,
        "rupture-talk",
        7,
        "Tuesday talk. He answered the question about the weekend away without getting defensive.",
        True,
        ["talks"],
    ),
    (
        14,
        "reflection",
        7,
        "Private: some days I don't know if I want this to work. Writing it here so I don't say it in anger.",
        False,
        [],
    ),
    (12, "gratitude", 5, "He made dinner and texted when he left work, without me asking.", True, ["promises"]),
    (9, "rupture-talk", 6, "Saturday talk ran over. We both noticed and stopped at the pause.", True, ["talks"]),
    (
        7,
        "question",
        6,
        "What does it mean that I feel calmer when he is predictable? Is that trust or just relief?",
        True,
        [],
    ),
    (5, "hard-moment", 7, "A song in the supermarket. I had to leave the queue.", True, ["triggers"]),
    (
        3,
        "reflection",
        4,
        "A quiet evening. We watched something and it was just ordinary. I'd forgotten ordinary.",
        True,
        [],
    ),
    (1, "gratitude", 4, "He told me about a message from a colleague before I could wonder.", True, ["openness"]),
]


def _at(today: date, days_ago: int, hour: int = 21) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour, 0)).astimezone()


def build_demo(content: Content, today: date | None = None) -> dict[str, Document]:
    today = today or now().date()
    workbook = Workbook(role="hurt", current_phase="stabilize", name="Maya (demo)")
    workbook.finish_first_run()  # the demo opens on the road map, never on the welcome
    for (step_id, prompt_id), (text, shared) in ANSWERS.items():
        step = content.step(step_id)
        if step is None or prompt_id not in {p.id for p in step.meta.prompts}:
            continue  # the workbook text changed: leave that answer out rather than invent a place
        workbook.set_answer(step_id, prompt_id, text)
        workbook.set_shared(step_id, prompt_id, shared)
    for step_id in DONE:
        if content.step(step_id) is not None:
            workbook.set_done(step_id, True)

    agenda = Agenda()
    for text, done in AGENDA:
        if agenda.add(text) is not None and done:
            agenda.toggle(len(agenda.items) - 1, at=_at(today, 6))
    docs: dict[str, Document] = {WORKBOOK_FILE: workbook, AGENDA_FILE: agenda}
    for builder in (_journal, _agreements, _checkins, _promises):
        docs.update(builder(content, today))
    return docs


def _journal(content: Content, today: date) -> dict[str, Document]:
    journal = jr.Journal()
    for days_ago, kind, intensity, text, shared, tags in JOURNAL:
        talk = None
        if kind == "rupture-talk":
            talk = jr.TalkDetails(
                at_agreed_time=True,
                minutes=45 if days_ago > 10 else 55,
                intensity_before=intensity + 1,
                intensity_after=max(intensity - 2, 0),
                time_out_used=days_ago < 10,
            )
        journal.add(
            jr.Entry.new(
                text,
                kind=kind,
                intensity=intensity,
                tags=tags,
                share=shared,
                talk=talk,
                phase="stabilize",
                written=_at(today, days_ago),
            )
        )
    return {JOURNAL_FILE: journal}


AGREEMENT_WORDING = {  # topic: (wording, shared)
    "when-how-we-talk": (
        "We talk about what happened on Tuesdays and Saturdays, 7:30 to 8:15, at the kitchen table. "
        "No big talks after 10 pm or in the car. Anything that comes up in between goes in the journal "
        "for the next talk.",
        True,
    ),
    "time-out-signal": (
        "Either of us can say “pause” and put a hand on the table. We stop without arguing about it. "
        "Whoever asked for the pause says when we come back, and we do come back.",
        True,
    ),
    "who-is-told": (
        "For now only our therapist and Maya's friend Lena know. We decide together before telling anyone else.",
        False,
    ),
}


def _agreements(content: Content, today: date) -> dict[str, Document]:
    document = ag.Agreements()
    templates: dict[str, AgreementTemplate] = {
        t.topic: t for phase in content.phases for step in phase.steps for t in step.meta.templates
    }
    for topic, (wording, shared) in AGREEMENT_WORDING.items():
        agreement = document.add(
            ag.Agreement.new(templates.get(topic), today=today - timedelta(days=17), at=_at(today, 17))
        )
        agreement.edit_wording(wording, at=_at(today, 17))
        if shared:
            agreement.set_status("agreed", at=_at(today, 16))
            agreement.set_share(True)
    return {AGREEMENTS_FILE: document}


def _checkins(content: Content, today: date) -> dict[str, Document]:
    document = ci.CheckIns()
    weeks = [
        (15, 3, 4, "The pause signal.", "Two nights of no sleep."),
        (8, 5, 5, "He texted when he left work, every day.", "The Saturday talk that ran over."),
        (1, 6, 6, "An ordinary evening.", "The song in the supermarket."),
    ]
    ids = [q.id for q in content.checkin.questions] if content.checkin is not None else ["helped", "hard"]
    for days_ago, safety, connection, helped, hard in weeks:
        # Not strict: the sample answers the first two questions, however many the text asks.
        answers = dict(zip(ids, [helped, hard], strict=False))
        document.add(ci.CheckIn.new(safety, connection, answers, share=True, at=_at(today, days_ago, 20)))
    return {CHECKINS_FILE: document}


def _promises(content: Content, today: date) -> dict[str, Document]:
    book = PromisesBook()
    start = today - timedelta(days=14)
    text = book.add_promise(
        Promise(
            wording="Text Maya when I leave work.",
            owner="partner",
            frequency="daily",
            visibility="She gets a text by 6 pm.",
            start=start,
            share=True,
            created=_at(today, 14),
        )
    )
    walk = book.add_promise(
        Promise(
            wording="A 20-minute walk together on Sunday morning.",
            owner="ours",
            frequency="weekly",
            days=[6],
            start=start,
            share=True,
            created=_at(today, 14),
        )
    )
    for days_ago in range(13, 0, -1):
        day = today - timedelta(days=days_ago)
        kept = days_ago != 9
        book.record(text.id, day, kept)
        if not kept:
            book.add_repair(
                text.id, day, day + timedelta(days=1), "Said so myself the next morning, before being asked."
            )
        if day.weekday() == 6:
            book.record(walk.id, day, True)
    book.add_setback(
        Setback(
            when=_at(today, 5, 18),
            kind="painful-memory",
            intensity=7,
            note="A song in the supermarket brought it all back.",
            repaired_at=_at(today, 5, 21),
            how_repaired="We sat on the stairs and I said what it reminded me of. He listened.",
            share=True,
        )
    )
    return {PROMISES_FILE: book}
