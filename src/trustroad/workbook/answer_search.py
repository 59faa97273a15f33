"""Finding words in what a person wrote on the worksheets (issue 14): answers and ledger questions.

A person half-remembers writing something ("where did I put the thing about Sundays?") and
the journal's search does not reach the worksheets. Every word of the query must appear, in
any order and case (the way the journal's search reads a phrase, but word by word, since
a worksheet answer is often written differently from how it is remembered). Hits come in
road-map order, so the list reads like the workbook itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from trustroad.content.model import Content, Step
from trustroad.safe_text import printable
from trustroad.workbook.model import Workbook

SNIPPET_WIDTH = 70  # characters of the answer shown around the first match
LEDGER = "Question ledger"  # the "question" shown for a ledger step's items


@dataclass(frozen=True, slots=True)
class AnswerHit:
    phase_id: str
    phase_title: str
    step_id: str
    step_title: str
    prompt_id: str | None  # None: an item of the step's question ledger
    question: str
    snippet: str  # one line, safe to show
    match_start: int  # where the first word found sits in the snippet
    match_end: int


def query_words(query: str) -> list[str]:
    return printable(query).casefold().split()


def find_in_answers(content: Content, workbook: Workbook, query: str) -> list[AnswerHit]:
    """Every worksheet answer and ledger question holding all the words of `query`."""
    words = query_words(query)
    if not words:
        return []
    hits = []
    for step, prompt_id, question, text in _written(content, workbook):
        line = " ".join(printable(text).split())  # one line, as it is shown
        folded = line.casefold()
        if all(word in folded for word in words):
            hits.append(_hit(content, step, prompt_id, question, line, words[0]))
    return hits


def _written(content: Content, workbook: Workbook) -> Iterator[tuple[Step, str | None, str, str]]:
    """(step, prompt id, question, text) for everything written on the worksheets, in road-map
    order. Every question counts, also those meant for the other partner: the words are theirs."""
    for phase in content.phases:
        for step in phase.steps:
            for prompt in step.meta.prompts:
                text = workbook.answer_text(step.id, prompt.id)
                if text.strip():
                    yield step, prompt.id, prompt.label, text
            ledger = workbook.ledgers.get(step.id)
            for item in ledger.items if ledger else ():
                if item.text.strip():
                    yield step, None, LEDGER, item.text


def _hit(content: Content, step: Step, prompt_id: str | None, question: str, line: str, word: str) -> AnswerHit:
    # Where the first word sits in the line as written (casefold can change a word's length,
    # "ß" to "ss", so the place is found case-insensitively in the line itself).
    found = re.search(re.escape(word), line, re.IGNORECASE)
    at, end_of_word = (found.start(), found.end()) if found else (0, 0)
    # A long answer is cut to a window round the match, at word edges where there is one near.
    start = max(0, at - SNIPPET_WIDTH // 3)
    if start:
        space = line.rfind(" ", start - 12, start + 1)
        start = space + 1 if space >= 0 else start
    end = min(len(line), max(start + SNIPPET_WIDTH, end_of_word))
    if end < len(line):
        space = line.rfind(" ", end_of_word, end)
        end = space if space > 0 else end
    lead = "…" if start else ""
    snippet = lead + line[start:end] + ("…" if end < len(line) else "")
    shift = len(lead) - start
    phase = content.phase(step.phase)
    return AnswerHit(
        phase_id=step.phase,
        phase_title=phase.title if phase else step.phase,
        step_id=step.id,
        step_title=step.title,
        prompt_id=prompt_id,
        question=question,
        snippet=snippet,
        match_start=at + shift if found else 0,
        match_end=end_of_word + shift if found else 0,
    )
