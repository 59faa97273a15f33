"""The promise coach's findings on single wordings: the concerns and strengths it names and the span
each points at, their order, input forms (empty, capitals, curly apostrophes), and how the
editor's other fields (how often, how it is seen) change what it asks for."""

from __future__ import annotations

import pytest

from trustroad.promises.coach import Finding, Review, review_promise
from unit.coach_labelled import LABELLED

# --- Helpers ------------------------------------------------------------------------


def _find(review: Review, kind: str) -> Finding:
    found = [f for f in review.findings if f.kind == kind]
    assert found, f"no {kind!r} finding in {[f.kind for f in review.findings]}"
    return found[0]


def _spanned(wording: str, kind: str) -> str:
    span = _find(review_promise(wording), kind).span
    assert span is not None
    return wording[span[0] : span[1]]


def _kinds(wording: str) -> set[str]:
    return {f.kind for f in review_promise(wording).findings}


# --- Concerns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wording", "word"),
    [
        ("I will never lie to you", "never"),
        ("I'll always be there", "always"),
        ("I'm 100% committed", "100%"),
        ("I'll tell you everything", "everything"),
        ("No matter what, I'll stay", "No matter what"),
        ("I'll be yours forever", "forever"),
        ("I won't lie again.", "again"),  # "won't ... again" is forever language too
        ("every single thing will change", "every single"),
    ],
)
def test_absolute_span_points_at_the_word(wording: str, word: str) -> None:
    assert _spanned(wording, "absolute") == word


def test_absolute_next_to_a_concrete_act_is_a_gentle_note() -> None:
    grand = _find(review_promise("I'll never hurt you"), "absolute")
    review = review_promise("I will never miss our Friday walk together")
    gentle = _find(review, "absolute")
    assert review.verdict == "small"
    assert gentle.reason != grand.reason and not gentle.good


@pytest.mark.parametrize(
    ("wording", "phrase"),
    [
        ("I'll trust you", "trust"),
        ("I'm going to be a better person", "be a better"),
        ("i'll care more", "care"),
        ("ill change", "change"),
        ("I'll be more honest", "be more honest"),
        ("I'll never stop loving you", "loving"),
        ("I'll make you feel safe", "make you feel"),
    ],
)
def test_inner_state_span(wording: str, phrase: str) -> None:
    assert _spanned(wording, "inner-state") == phrase


@pytest.mark.parametrize(
    "wording",
    [
        # "feel" here sets the scene; it isn't what's promised.
        "If I feel tempted to text her, I'll tell you that evening.",
        "I'll tell you I love you every night at bedtime.",  # said aloud: visible
        "I'll change my phone passcode to one you know tonight.",  # changing a thing
    ],
)
def test_inner_state_words_that_are_not_inner_state_promises(wording: str) -> None:
    assert "inner-state" not in _kinds(wording)


@pytest.mark.parametrize(
    ("wording", "phrase"),
    [
        ("I'll try harder", "try harder"),
        ("I'll do better", "do better"),
        ("I'll make it up to you", "make it up to you"),
        ("Things will be different", "Things will be different"),
    ],
)
def test_vague_span(wording: str, phrase: str) -> None:
    assert _spanned(wording, "vague") == phrase


@pytest.mark.parametrize(
    ("wording", "phrase"),
    [
        ("I'll call you when I can", "when I can"),
        ("I'll try to text you at 9pm", "I'll try"),
        ("ill txt u every nite if i get the chance", "if i get the chance"),
    ],
)
def test_hedge_span(wording: str, phrase: str) -> None:
    assert _spanned(wording, "hedge") == phrase
    assert review_promise(wording).verdict == "needs-work"


def test_no_concrete_action_is_a_vague_finding_without_span() -> None:
    vague = _find(review_promise("I'll be here"), "vague")
    assert vague.span is None and not vague.good


def test_no_when_and_not_visible() -> None:
    assert {"no-when", "not-visible"} <= _kinds("I'll delete the app")
    assert "no-when" not in _kinds("I'll text you at 9pm")
    assert "not-visible" not in _kinds("I'll text you at 9pm")


def test_concrete_but_private_needs_work() -> None:
    review = review_promise("I'll write in my journal every night at 10pm")
    assert review.verdict == "needs-work"
    assert [f.kind for f in review.concerns] == ["not-visible"]


# --- Strengths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wording", "kind", "phrase"),
    [
        ("I'll text you at 9pm", "good-action", "text"),
        ("I'll sit down with you on Sundays", "good-action", "sit"),
        ("We'll check in after dinner", "good-action", "check in"),
        ("I'll put my phone away at dinner", "good-action", "put"),
        ("I'll text you at 9pm", "good-when", "at 9pm"),
        ("I'll call you on Sundays", "good-when", "Sundays"),
        ("I'll call you before I leave work", "good-when", "before I leave work"),
        ("I'll call you during the day", "good-when", "during"),
        ("If I feel tempted to lie, I'll tell you", "good-when", "If I feel tempted to lie"),
        ("I'll text you every day", "good-often", "every day"),
        ("I'll text you each week", "good-often", "each week"),
        ("I'll call you weekly", "good-often", "weekly"),
        ("I'll call you twice a week", "good-often", "twice a week"),
        ("I'll tell you whenever she writes", "good-often", "whenever"),
        ("I'll text you at noon", "good-visible", "text you"),
        ("I'll say it out loud at dinner", "good-visible", "out loud"),
        ("I'll put it in our shared calendar on Monday", "good-visible", "our shared calendar"),
        ("I'll share my screen at 8pm", "good-visible", "share my screen"),
        ("I'll log it where you can see it daily", "good-visible", "where you can"),
    ],
)
def test_strength_spans(wording: str, kind: str, phrase: str) -> None:
    assert _spanned(wording, kind) == phrase
    assert _find(review_promise(wording), kind).good


def test_findings_are_ordered_concerns_first() -> None:
    review = review_promise("I'll always text you more")
    goods = [f.good for f in review.findings]
    assert goods == sorted(goods)  # all False before all True
    assert review.concerns == tuple(f for f in review.findings if not f.good)
    assert review.strengths == tuple(f for f in review.findings if f.good)
    assert review.concerns and review.strengths


def test_good_flag_matches_kind() -> None:
    for wording in LABELLED:
        for f in review_promise(wording).findings:
            assert f.good == f.kind.startswith("good-")


# --- Input forms ----------------------------------------------------------------------


@pytest.mark.parametrize("wording", ["", " ", "   \n\t  "])
def test_empty_input(wording: str) -> None:
    review = review_promise(wording)
    assert review.verdict == "empty"
    assert [f.kind for f in review.findings] == ["empty"]
    assert review.findings[0].span is None and review.findings[0].reason


def test_case_and_curly_apostrophes_change_nothing_but_the_letters() -> None:
    plain = review_promise("i'll text you at 9pm every night")
    for variant in ["I\u2019LL TEXT YOU AT 9PM EVERY NIGHT", "Ill Text You At 9pm Every Night"]:
        other = review_promise(variant)
        assert other.verdict == plain.verdict == "small"
        assert [f.kind for f in other.findings] == [f.kind for f in plain.findings]


def test_spans_stay_right_when_lowercasing_would_grow_the_text() -> None:
    wording = "\u0130\u0130 I will never skip our Sunday check-in"  # "İ".lower() is 2 chars
    assert _spanned(wording, "absolute") == "never"
    assert _spanned(wording, "good-when") == "Sunday"


# --- The whole promise (the editor's other fields) -------------------------------------


def test_filled_fields_are_not_asked_for_again() -> None:
    alone = review_promise("Text Maya when I leave work.")
    whole = review_promise("Text Maya when I leave work.", frequency="daily", visibility="She gets a text by 6 pm.")
    assert alone.verdict == "needs-work" and "not-visible" in {f.kind for f in alone.concerns}
    assert whole.verdict == "small" and not whole.concerns
    assert {f.kind for f in whole.strengths} >= {"good-often", "good-visible"}
    call = review_promise("I'll call you.", frequency="weekly", visibility="You'll hear from me.")
    assert call.verdict == "small"


def test_fields_do_not_rescue_an_open_core() -> None:
    for wording in [
        "I'll be more attentive.",
        "I'll call you when I can.",
        "I'll try harder.",
        "I will never lie to you",
    ]:
        review = review_promise(wording, frequency="daily", visibility="You'll notice.")
        assert review.verdict == "needs-work"
        assert {"no-when", "not-visible"}.isdisjoint(f.kind for f in review.concerns)


def test_whenever_still_needs_the_moment_named() -> None:
    plain = _find(review_promise("I'll show you my phone."), "no-when")
    whenever = _find(review_promise("I'll show you my phone.", frequency="whenever", visibility=" "), "no-when")
    assert whenever.reason != plain.reason
    blank = review_promise("I'll delete the message.", frequency="daily", visibility="  ")
    assert "not-visible" in {f.kind for f in blank.concerns}  # a blank field is not filled
    assert review_promise("If she texts me, I'll show you.", frequency="whenever").verdict == "small"


def test_one_next_step() -> None:
    review = review_promise("I'll always try to be better")
    assert review.next_step == review.concerns[0].suggestion
    assert review_promise("I'll text you at 9pm every night").next_step is None


def test_other_languages_are_not_called_grand() -> None:
    review = review_promise("Je t'appellerai tous les soirs à 21h.")
    assert review.verdict == "unread" and [f.kind for f in review.findings] == ["english-only"]
    assert "English" in review.findings[0].reason
