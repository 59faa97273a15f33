"""The Workbook model: every word survives a save and load, unknown fields included."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustroad.storage.files import SCHEMA_VERSION, WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Answer, Workbook, answer_key

# Text that a markup parser would eat or choke on, and scripts that are easy to mangle.
TRICKY = [
    "[/]",
    "[bold]not bold[/bold]",
    "[red",
    "<b>not bold</b>",
    "&amp; &lt;",
    "\\[escaped]",
    "😢💔🙏🏽👩‍❤️‍👨",
    "שלום, אני מצטער",
    "مرحبا بك",
    "e\u0301",
    "tab\there",
    "line\nbreak\r\nand more",
    "\u200b\u200e\u202e",
    '"quotes" \\ backslash',
    "{}",
    "null",
    "",
]

ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=200), st.lists(st.sampled_from(TRICKY)).map("".join))
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
# The years a data file may hold (workbook.model.MOMENT_RANGE: 1970 to 2999), a day inside at each end.
moments = st.datetimes(min_value=datetime(1970, 1, 3), max_value=datetime(2999, 12, 29), timezones=offsets)
answers = st.builds(Answer, text=texts, updated=st.none() | moments, share=st.booleans())
keys = st.tuples(ids, ids).map(lambda pair: answer_key(*pair))
workbooks = st.builds(
    Workbook,
    role=st.sampled_from(["hurt", "broke-trust", "unsaid"]),
    current_phase=st.none() | ids,
    theme=st.sampled_from(["dark", "light"]),
    answers=st.dictionaries(keys, answers, max_size=6),
    checked=st.dictionaries(keys, st.just(True), max_size=4),
    done=st.dictionaries(ids, moments, max_size=4),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbook=workbooks)
def test_any_workbook_survives_save_and_load(workbook):
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        store.save(WORKBOOK_FILE, workbook)
        loaded = store.load(WORKBOOK_FILE, Workbook)
    assert loaded == workbook
    for key, answer in workbook.answers.items():
        assert loaded.answers[key].text == answer.text  # character for character


def test_unknown_fields_survive_load_and_save_unchanged(tmp_path):
    original = {
        "schema_version": SCHEMA_VERSION,
        "role": "hurt",
        "from_the_future": {"nested": [1, 2.5, None, True, "x"], "deep": {"k": "v"}},
        "note": "added by hand",
        "answers": {
            "calm-comes-first/why": {
                "text": "[bold]mine[/]",
                "share": True,
                "mood": "calm",
                "tags": ["a", "b"],
                "rating": 7,
            },
        },
    }
    path = tmp_path / WORKBOOK_FILE
    path.write_text(json.dumps(original, indent=2))
    store = Store(tmp_path)

    workbook = store.load(WORKBOOK_FILE, Workbook)
    workbook.set_answer("other-step", "p", "a new answer")  # a real edit, not just a copy
    store.save(WORKBOOK_FILE, workbook)
    saved = json.loads(path.read_text())

    assert saved["from_the_future"] == original["from_the_future"]
    assert saved["note"] == original["note"]
    kept = saved["answers"]["calm-comes-first/why"]
    for field in ("text", "share", "mood", "tags", "rating"):
        assert kept[field] == original["answers"]["calm-comes-first/why"][field]
    assert saved["answers"]["other-step/p"]["text"] == "a new answer"

    # And a second trip changes nothing at all.
    store.save(WORKBOOK_FILE, store.load(WORKBOOK_FILE, Workbook))
    assert json.loads(path.read_text()) == saved


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
WORKBOOK_FIELDS = set(Workbook.model_fields)
ANSWER_FIELDS = set(Answer.model_fields)
# Names a future version might add, including ones that look like methods or private attributes.
extra_names = st.one_of(
    st.sampled_from(["set_answer", "model_config", "_private", "__class__", "journal"]), st.text(max_size=12)
)


@settings(max_examples=60, deadline=None)
@given(
    root_extra=st.dictionaries(extra_names.filter(lambda k: k not in WORKBOOK_FIELDS), json_values, max_size=4),
    answer_extra=st.dictionaries(extra_names.filter(lambda k: k not in ANSWER_FIELDS), json_values, max_size=4),
)
def test_any_unknown_fields_survive(root_extra, answer_extra):
    original = {**root_extra, "answers": {"s/p": {"text": "kept", **answer_extra}}}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / WORKBOOK_FILE
        path.write_text(json.dumps(original))
        store = Store(Path(folder))
        store.save(WORKBOOK_FILE, store.load(WORKBOOK_FILE, Workbook))
        saved = json.loads(path.read_text())
    assert {k: saved[k] for k in root_extra} == root_extra
    assert {k: saved["answers"]["s/p"][k] for k in answer_extra} == answer_extra


def test_set_answer_reports_whether_anything_changed():
    workbook = Workbook()
    assert workbook.set_answer("s", "p", "") is False
    assert workbook.answers == {}  # an empty answer to an untouched prompt is not stored

    assert workbook.set_answer("s", "p", "first") is True
    first_time = workbook.answers["s/p"].updated
    assert first_time is not None and first_time.tzinfo is not None
    assert workbook.answer_text("s", "p") == "first"

    assert workbook.set_answer("s", "p", "first") is False
    assert workbook.answers["s/p"].updated == first_time

    assert workbook.set_answer("s", "p", "") is True  # clearing an answer is a change
    assert workbook.answer_text("s", "p") == ""
    assert workbook.answer_text("s", "never") == ""


def test_set_done_and_is_done():
    workbook = Workbook()
    assert not workbook.is_done("s")
    workbook.set_done("s", True)
    assert workbook.is_done("s")
    when = workbook.done["s"]
    workbook.set_done("s", True)
    assert workbook.done["s"] == when  # marking done again keeps the first date
    workbook.set_done("s", False)
    assert not workbook.is_done("s") and "s" not in workbook.done
    workbook.set_done("s", False)  # undoing twice is harmless


def test_set_checked():
    workbook = Workbook()
    assert not workbook.is_checked("s", "i")
    workbook.set_checked("s", "i", True)
    assert workbook.is_checked("s", "i") and workbook.checked == {"s/i": True}
    workbook.set_checked("s", "i", False)
    assert not workbook.is_checked("s", "i") and workbook.checked == {}


def test_a_fresh_workbook_asks_for_nothing_and_shares_nothing():
    workbook = Workbook()
    assert workbook.schema_version == SCHEMA_VERSION
    assert workbook.role == "unsaid"  # every prompt shows until the person chooses
    assert workbook.current_phase is None
    assert Answer().share is False


def test_ticks_and_steps_report_whether_anything_changed():
    workbook = Workbook()
    assert workbook.set_checked("s", "i", True) is True
    assert workbook.set_checked("s", "i", True) is False
    assert workbook.set_checked("s", "i", False) is True
    assert workbook.set_checked("s", "i", False) is False
    assert workbook.set_done("s", True) is True and workbook.set_done("s", True) is False
    assert workbook.set_done("s", False) is True and workbook.set_done("s", False) is False


def test_settings_change_through_methods_that_report_a_change():
    workbook = Workbook()
    assert workbook.set_role("hurt") is True and workbook.role == "hurt"
    assert workbook.set_role("hurt") is False
    assert workbook.set_theme("light") is True and workbook.theme == "light"
    assert workbook.set_theme("light") is False
    assert workbook.set_current_phase("stabilize") is True and workbook.current_phase == "stabilize"
    assert workbook.set_current_phase("stabilize") is False
    assert workbook.set_current_phase(None) is True and workbook.current_phase is None
    assert workbook.set_name("  Sam ") is True and workbook.name == "Sam"
    assert workbook.set_name("Sam") is False
    assert workbook.set_name("   ") is True and workbook.name is None
    with pytest.raises(ValueError):
        workbook.set_role("boss")
    with pytest.raises(ValueError):
        workbook.set_theme("pink")
    assert (workbook.role, workbook.theme) == ("hurt", "light")


def test_the_agenda_remembers_the_day_of_the_last_summary():
    from datetime import date

    from trustroad.clock import set_now
    from trustroad.workbook.agenda import Agenda

    agenda = Agenda()
    assert agenda.note_export(date(2026, 3, 2)) is True and agenda.last_export == date(2026, 3, 2)
    assert agenda.note_export(date(2026, 3, 2)) is False
    set_now(datetime(2026, 3, 9, 10, tzinfo=UTC))
    try:
        assert agenda.note_export() is True and agenda.last_export == date(2026, 3, 9)
    finally:
        set_now(None)
    item = agenda.add("the weekend")
    agenda.toggle(0, at=datetime(2026, 3, 9, 11, tzinfo=UTC))
    assert item is not None and item.done == datetime(2026, 3, 9, 11, tzinfo=UTC)
