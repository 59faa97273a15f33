"""Tests for the promise coach (trustroad.coach)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustroad.promises.coach import Finding, Review, review_promise

# --- Labelled set -------------------------------------------------------------------
# Our own wordings, each labelled by hand before the coach saw it: "needs-work" = grand,
# inner or vague; "small" = a concrete action, with a when/how-often/trigger, that the
# other person could see. The first batch of each list was used while writing the
# patterns, so its agreement is optimistic; the later batches are the fairer check.

NEEDS_WORK = [
    "I promise I will never betray you again.",
    "I'll love you more than I ever have.",
    "I'm going to be a better person for you.",
    "I will try harder.",
    "I'll do better, I promise.",
    "I'll make it up to you somehow.",
    "Things will be different from now on.",
    "I'll always be honest with you.",
    "I will never keep anything from you ever again.",
    "i'll trust you completely",
    "ill change, i swear",
    "I won't lie to you again.",
    "I\u2019ll be more open with you.",
    "I'll be 100% transparent about everything.",
    "We'll be happy again.",
    "We will rebuild what we had.",
    "I'll care more about how you feel.",
    "No matter what happens, I'll stand by you.",
    "I'll give you every single thing you need.",
    "I'll be the partner you deserve.",
    "I will work on myself.",
    "I'll put in more effort.",
    "I'm going to prove to you that I've changed.",
    "I'll show you how much you mean to me.",
    "I'll tell you everything from now on.",
    "I won't ever hurt you like that again.",
    "I'll be there for you, always.",
    "I'll communicate better.",
    "i will be completely faithful forever",
    "I'll make things right between us.",
    "I'll never make you feel that way again!!!",
    "I will respect you.",
    "I\u2019m going to earn back your trust.",
    "I'll be more present.",
    "I'll text you more.",
    "I'll call you sometimes.",
    "I'll spend more time with you.",
    "We\u2019ll communicate more openly.",
    "I'll do whatever it takes.",
    "I'll stop being so secretive.",
    "I'll answer your questions honestly.",
    "I'll put you first.",
    "I will be an open book.",
    "I'll think before I act.",
    "im going to be a new man",
    "   I'll   be   better   ",
    "I'll make you feel safe every single day.",
    "I'll be a better listener every time we talk.",
    # Written after a first tuning pass, as a check on overfitting:
    "I swear on everything I'll never do it again.",
    "I'll be someone you can be proud of.",
    "I'm going to fix us.",
    "i'll be way more thoughtful",
    "I will never, ever hide my phone from you.",
    "I'll be totally transparent with you from today.",
    "We're going to be stronger than before.",
    "I'll keep my promises this time.",
    "I'll listen to you more.",
    "I'll try to be more patient when you're upset.",
    "I will make you my priority.",
    "I'll never stop loving you.",
    # A second fresh batch; afterwards only a real bug was fixed ("we'll" never matched):
    "From today I'm a changed person.",
    "I'll stop lying.",
    "I will give you all the reassurance you need.",
    "I'll be more affectionate.",
    "we'll get through this together",
    "I'll make sure you never feel alone again.",
    "I'll be honest about where I am, no matter what.",
]

SMALL = [
    "I'll text you when I leave work each day.",
    "I'll call you at lunch every weekday.",
    "Every Sunday at 7pm, we'll sit down together for a 20-minute check-in.",
    "I'll never skip our Saturday morning check-in.",
    "I'll always text you before I leave the office.",
    "If I feel tempted to delete a message, I'll show it to you instead.",
    "When I feel the urge to hide something, I'll tell you out loud that same evening.",
    "I won't scroll on my phone during dinner.",
    "I won't bring my phone into the bedroom at night.",
    "ill text you at 9pm every night",
    "i\u2019ll share my location with you during work trips",
    "I'll put my phone face-up on the table when we eat together.",
    "I'll leave my laptop open in the living room every evening.",
    "We'll take a walk together after dinner on Tuesdays and Thursdays.",
    "I'm going to tell you within an hour if my ex contacts me.",
    "Whenever you ask, I'll hand you my phone without hesitating.",
    "I'll add every late meeting to our shared calendar the day before.",
    "I'll reply to your messages within 30 minutes during the workday.",
    "Once a week, I'll read you one page from my therapy journal.",
    "I'll check in with you by text at noon.",
    "Each Friday I'll show you the bank statement.",
    "twice a week i will walk with you after work",
    "I'll come home by 6:30 on weeknights, and if I'm late I'll call you first.",
    "If someone from that app messages me, I'll show you the message that day.",
    "We will book a date night on the first Saturday of every month.",
    "I'll send you a photo when I arrive at the gym.",
    "Before I go out with friends, I'll tell you who will be there.",
    "I'll ask you how your day was every evening at dinner.",
    "I will answer honestly every time you ask where I've been.",
    "I'll never miss our Thursday counselling session.",
    "I'll always say goodnight to you out loud before bed.",
    "We'll each write one thing we appreciate in our notebook every Sunday.",
    "I'll turn off my phone during our walks.",
    "I'll message you as soon as my meeting ends.",
    "When my ex texts me, I'll forward it to you straight away.",
    "I'll let you know whenever I'm going to be late.",
    "I\u2019ll tell you about my day every night before we sleep.",
    "i'll call you on my lunch break",
    "I'll show you my texts whenever you want to see them.",
    "I won't delete any messages, and I'll show you my phone each Sunday.",
    "Im going to call you every morning on my way to work.",
    "  I'll   text you   at 8pm  ",
    "I'll text you every day, forever.",
    "We'll sit down every Sunday evening to plan the week together.",
    "If I'm running more than ten minutes late, I'll text you before I leave.",
    # Written after a first tuning pass, as a check on overfitting:
    "Every Wednesday night I'll cook dinner for us.",
    "I'll text you a photo of the receipt whenever I use the joint card.",
    "when we argue, ill ask for a twenty minute break and then come back to talk",
    "I\u2019ll show you my browser history every Saturday morning.",
    "I won't drink at parties, and I'll call you before I drive home.",
    "On Mondays and Thursdays I'll pick you up from work.",
    "I'll tell you the truth the moment you ask, every time.",
    "We will go to couples therapy every other Tuesday.",
    "If she contacts me again, I'll block her number and show you.",
    "I'll always put my phone in the kitchen basket at 10pm.",
    "i will write you a short note every friday",
    # A second fresh batch; afterwards only a real bug was fixed ("we'll" never matched):
    "I'll text you when I get to the hotel and again before I sleep.",
    "Each night at 10, I'll leave my phone charging in the hallway.",
    "if i'm going to be home after 7 i'll call you by 5",
    "I will hand you my laptop every Sunday so you can look through it.",
    "We'll check in for ten minutes every night before bed.",
    "I won't text him at all; if he messages me, I'll screenshot it and send it to you within the hour.",
    "I\u2019ll put our weekly date on the shared calendar by Friday.",
]

LABELLED: dict[str, str] = {w: "needs-work" for w in NEEDS_WORK} | {w: "small" for w in SMALL}

# Every wording the coach gets wrong, and why. The test below checks this set exactly,
# so both a fix and a regression show up.
KNOWN_MISSES: dict[str, str] = {
    # None at the moment. Both earlier misses ("go to couples therapy", a phone left "in the
    # hallway") were read right once actions were found by shape (a verb with an object)
    # rather than from a list, and a hallway joined the shared places (issue 16).
}


def _misses() -> set[str]:
    return {w for w, want in LABELLED.items() if review_promise(w).verdict != want}


def test_labelled_set_is_big_enough_and_unique() -> None:
    assert len(NEEDS_WORK) >= 35 and len(SMALL) >= 35
    assert len(LABELLED) == len(NEEDS_WORK) + len(SMALL)  # no wording in both lists


def test_labelled_agreement_rate() -> None:
    agreement = 1 - len(_misses()) / len(LABELLED)
    assert agreement >= 0.90


def test_known_misses_are_exactly_the_misses() -> None:
    assert _misses() == set(KNOWN_MISSES)


@pytest.mark.parametrize(
    ("wording", "verdict"),
    [
        # The tricky cases named in the issue.
        ("I will never skip our Sunday check-in", "small"),
        ("If I feel tempted to hide something, I'll bring it up instead of waiting for you to find out", "small"),
        ("I won't lie again", "needs-work"),
        ("I won't use my phone at dinner", "small"),
    ],
)
def test_examples_from_the_issue(wording: str, verdict: str) -> None:
    assert review_promise(wording).verdict == verdict


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


# --- Privacy --------------------------------------------------------------------------

MARKER = "Zqxv7781"


@pytest.mark.parametrize(
    "wording",
    [
        f"I'll text {MARKER} at 9pm every night",
        f"I'll never see {MARKER} again",
        f"{MARKER}",
        f"If {MARKER} messages me, I'll show you",
        f"I'll be a better {MARKER} forever",
    ],
)
def test_messages_never_quote_the_wording(wording: str) -> None:
    for f in review_promise(wording).findings:
        assert MARKER.lower() not in (f.reason + f.suggestion).lower()


def test_messages_are_a_fixed_set() -> None:
    # Reasons and suggestions don't depend on the wording at all: across every labelled
    # wording there are only the coach's own fixed sentences.
    texts = {(f.reason, f.suggestion) for w in LABELLED for f in review_promise(w).findings}
    assert len(texts) <= 16
    for reason, suggestion in texts:
        assert reason.endswith(".") and suggestion.endswith(".")


# --- Robustness and speed -------------------------------------------------------------

_VOCAB = [
    "I'll",
    "ill",
    "we'll",
    "never",
    "always",
    "text",
    "you",
    "at",
    "9pm",
    "every",
    "day",
    "if",
    "when",
    "I",
    "feel",
    "tempted",
    ",",
    ".",
    "won't",
    "again",
    "be",
    "better",
    "our",
    "shared",
    "calendar",
    "out",
    "loud",
    "\u2019",
    "100%",
    "İ",
    "check-in",
    "\n",
]


def _check(review: Review, wording: str) -> None:
    assert isinstance(review, Review)
    assert review.verdict in ("small", "needs-work", "empty", "unread")
    for f in review.findings:
        if f.span is not None:
            assert 0 <= f.span[0] < f.span[1] <= len(wording)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(wording: str) -> None:
    _check(review_promise(wording), wording)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join))
def test_promise_like_text_never_raises(wording: str) -> None:
    _check(review_promise(wording), wording)


# Speed is measured in bench/bench_promises.py (median on a 300-character wording, target
# under 1 ms), not asserted here: a wall-clock bound in a test flakes on a busy machine.


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
