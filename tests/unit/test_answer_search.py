"""Issue 14: finding words in worksheet answers and ledger questions, not only in the journal."""

from __future__ import annotations

import pytest

from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.storage.paths import builtin_content_dir
from trustroad.workbook.answer_search import LEDGER, SNIPPET_WIDTH, find_in_answers
from trustroad.workbook.model import Workbook


def _prompts(content: Content, count: int) -> list[tuple[str, str, str]]:
    """(phase id, step id, prompt id) of the first `count` worksheet questions, in road-map order."""
    found = [(p.id, s.id, q.id) for p in content.phases for s in p.steps for q in s.meta.prompts]
    return found[:count]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(builtin_content_dir())


@pytest.fixture
def book() -> Workbook:
    return Workbook()


def test_every_word_must_be_there_in_any_order_and_case(content, book):
    (_, a_step, a_prompt), (_, b_step, b_prompt) = _prompts(content, 2)
    book.set_answer(a_step, a_prompt, "We walk on Sunday mornings, before the children wake.")
    book.set_answer(b_step, b_prompt, "Sunday is the hardest day.")
    assert [h.step_id for h in find_in_answers(content, book, "sunday")] == [a_step, b_step]
    hits = find_in_answers(content, book, "MORNINGS sunday")
    assert [(h.step_id, h.prompt_id) for h in hits] == [(a_step, a_prompt)]
    assert find_in_answers(content, book, "sunday evening") == []
    assert find_in_answers(content, book, "   ") == []


def test_the_hit_names_the_place_and_marks_the_word_found(content, book):
    phase_id, step_id, prompt_id = _prompts(content, 1)[0]
    book.set_answer(step_id, prompt_id, "We walk on\n\nSunday mornings.")
    (hit,) = find_in_answers(content, book, "sunday")
    step = content.step(step_id)
    assert (hit.phase_id, hit.step_title, hit.question) == (phase_id, step.title, step.meta.prompts[0].label)
    assert hit.phase_title == content.phase(phase_id).title
    assert hit.snippet == "We walk on Sunday mornings."  # one line, as it is shown in a list
    assert hit.snippet[hit.match_start : hit.match_end] == "Sunday"


def test_a_long_answer_is_cut_round_the_match(content, book):
    _, step_id, prompt_id = _prompts(content, 1)[0]
    text = " ".join(f"word{i}" for i in range(60)) + " the kitchen table " + " ".join(f"tail{i}" for i in range(60))
    book.set_answer(step_id, prompt_id, text)
    (hit,) = find_in_answers(content, book, "kitchen")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= SNIPPET_WIDTH + 2
    assert hit.snippet[hit.match_start : hit.match_end] == "kitchen"
    assert " word" in hit.snippet and "tail" in hit.snippet  # cut at spaces, context both sides


def test_control_characters_never_reach_the_snippet(content, book):
    _, step_id, prompt_id = _prompts(content, 1)[0]
    book.set_answer(step_id, prompt_id, "safe \x1b]52;c;AAAA\x07word \x1b[2J here")
    (hit,) = find_in_answers(content, book, "word")
    assert "\x1b" not in hit.snippet and "\x07" not in hit.snippet
    assert hit.snippet[hit.match_start : hit.match_end] == "word"


def test_a_word_whose_case_folding_changes_its_length_is_still_found(content, book):
    _, step_id, prompt_id = _prompts(content, 1)[0]
    book.set_answer(step_id, prompt_id, "Die Straße war leer.")
    (hit,) = find_in_answers(content, book, "STRASSE")
    assert hit.snippet == "Die Straße war leer."  # found; the place is not marked, nothing breaks
    assert find_in_answers(content, book, "straße")[0].snippet[4:10] == "Straße"


def test_questions_in_a_ledger_are_found(content, book):
    step = next(s for p in content.phases for s in p.steps if s.kind == "ledger")
    book.ledger(step.id).add("Did anyone at work know?")
    (hit,) = find_in_answers(content, book, "work know")
    assert (hit.step_id, hit.prompt_id, hit.question) == (step.id, None, LEDGER)


def test_answers_meant_for_the_other_partner_are_found_too(content, book):
    step, prompt = next(
        (s, q) for p in content.phases for s in p.steps for q in s.meta.prompts if not q.shown_to("hurt")
    )
    book.role = "hurt"
    book.set_answer(step.id, prompt.id, "written before the role was chosen")
    assert [h.prompt_id for h in find_in_answers(content, book, "role")] == [prompt.id]
