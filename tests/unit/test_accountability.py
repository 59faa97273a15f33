"""The accountability helper (accountability/checker.py): deflections, the three parts, and its
score on the hand-labelled statements in accountability_examples.py."""

from __future__ import annotations

import pytest

from trustroad.accountability.checker import review_statement
from trustroad.accountability.messages import MESSAGES
from unit.accountability_examples import EXAMPLES


def agrees(text: str, verdict: str, kinds: set[str]) -> bool:
    review = review_statement(text)
    return review.verdict == verdict and kinds <= {f.kind for f in review.concerns}


def test_it_agrees_with_at_least_nine_in_ten_labelled_statements():
    assert len(EXAMPLES) >= 40
    assert {v for _, v, _ in EXAMPLES} == {"clear", "needs-work"}
    score = sum(agrees(*example) for example in EXAMPLES) / len(EXAMPLES)
    assert score >= 0.9, f"{score:.0%}"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I lied, but I had my reasons.", "but"),
        ("I never meant to hurt you.", "never-meant"),
        ("You also lied to me.", "you-also"),
        ("I am sorry if you were hurt.", "if-hurt"),
        ("It was only a few messages.", "minimising"),
        ("Mistakes were made.", "no-one-did-it"),
    ],
)
def test_each_deflection_is_named_and_pointed_at(text, kind):
    review = review_statement(text)
    found = next(f for f in review.concerns if f.kind == kind)
    assert review.verdict == "needs-work"
    assert found.span is not None and 0 <= found.span[0] < found.span[1] <= len(text)


def test_a_deflection_comes_before_a_missing_part():
    review = review_statement("I hid the debts, but I was going to pay them back.")
    assert review.concerns[0].kind == "but"
    assert review.next_step == MESSAGES["but"][1]


def test_a_full_statement_is_clear_and_names_its_three_parts():
    review = review_statement(
        "I hid our debts for a year. You have lost sleep and feel you cannot trust our plans. "
        "I kept it secret because I was ashamed."
    )
    assert review.verdict == "clear"
    assert [f.kind for f in review.strengths] == ["good-action", "good-impact", "good-why-hidden"]
    assert review.next_step is None


def test_the_writers_own_shame_is_not_the_partners_impact():
    review = review_statement("I hid the debts from you because I was ashamed.")
    assert "no-impact" in {f.kind for f in review.concerns}


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x1b[31m", "İİİ but", "ﬁ" * 500, "I " * 2000])
def test_it_never_raises_and_messages_never_quote_the_statement(text):
    review = review_statement(text)
    for finding in review.findings:
        assert text.strip() == "" or text.strip() not in finding.reason + finding.suggestion
