"""Agreements: creation from templates, status history, wording edits, review dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from trustroad.agreements import model as ag
from trustroad.content.model import AgreementTemplate
from trustroad.storage.files import AGREEMENTS_FILE
from trustroad.storage.store import Store

T0 = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
TODAY = date(2026, 3, 1)


def template(**over) -> AgreementTemplate:
    data = {
        "id": "talk-time",
        "topic": "when-how-we-talk",
        "title": "When we talk",
        "wording": "Tuesdays at 7.",
        "review_days": 10,
    }
    data.update(over)
    return AgreementTemplate(**data)


def test_create_from_template_copies_wording_and_sets_review_date():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert (a.topic, a.template_id, a.title, a.wording) == (
        "when-how-we-talk",
        "talk-time",
        "When we talk",
        "Tuesdays at 7.",
    )
    assert a.status == "proposed"
    assert a.review_on == TODAY + timedelta(days=10)
    assert a.share is False
    assert [(h.change, h.status_from, h.status_to) for h in a.history] == [("created", None, "proposed")]


def test_template_review_days_default_is_fourteen():
    t = AgreementTemplate(id="x", topic="who-is-told", title="T", wording="W")
    assert ag.Agreement.new(t, today=TODAY, at=T0).review_on == date(2026, 3, 15)


def test_blank_agreement():
    a = ag.Agreement.new(None, today=TODAY, at=T0)
    assert a.template_id is None and a.topic == "other" and a.wording == ""
    assert a.review_on == TODAY + timedelta(days=ag.DEFAULT_REVIEW_DAYS)


def test_ids_are_unique():
    assert ag.Agreement.new(at=T0).id != ag.Agreement.new(at=T0).id


def test_set_status_appends_history_every_change():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.set_status("agreed", at=T0 + timedelta(days=1))
    assert a.set_status("paused", at=T0 + timedelta(days=2))
    assert a.set_status("agreed", at=T0 + timedelta(days=3))
    assert a.status == "agreed"
    changes = [(h.status_from, h.status_to) for h in a.history if h.change == "status"]
    assert changes == [("proposed", "agreed"), ("agreed", "paused"), ("paused", "agreed")]
    assert a.history[-1].at == T0 + timedelta(days=3)


def test_set_status_to_same_status_records_nothing():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.set_status("proposed", at=T0) is False
    assert len(a.history) == 1


def test_set_status_rejects_unknown():
    a = ag.Agreement.new(at=T0)
    with pytest.raises(ValueError):
        a.set_status("forgotten", at=T0)


def test_wording_edit_is_noted_once_per_sitting():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.edit_wording("Tuesdays at 8.", at=T0 + timedelta(minutes=1))
    assert a.edit_wording("Tuesdays at 8.30.", at=T0 + timedelta(minutes=2))
    wording = [h for h in a.history if h.change == "wording"]
    assert len(wording) == 1 and wording[0].at == T0 + timedelta(minutes=2)
    assert a.wording == "Tuesdays at 8.30."
    # A later sitting is a new note.
    assert a.edit_wording("Wednesdays.", at=T0 + timedelta(hours=5))
    assert len([h for h in a.history if h.change == "wording"]) == 2


def test_wording_note_after_status_change_is_new():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    a.edit_wording("one", at=T0)
    a.set_status("agreed", at=T0 + timedelta(minutes=1))
    a.edit_wording("two", at=T0 + timedelta(minutes=2))
    assert [h.change for h in a.history] == ["created", "wording", "status", "wording"]


def test_unchanged_wording_is_not_an_edit():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.edit_wording(a.wording, at=T0) is False
    assert len(a.history) == 1


def test_title_edit_counts_as_wording_edit():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.edit_wording(a.wording, at=T0, title="Our talks")
    assert a.title == "Our talks" and a.history[-1].change == "wording"


@pytest.mark.parametrize(
    ("offset", "status", "due"),
    [
        (-3, "proposed", True),  # past
        (0, "agreed", True),  # today
        (1, "agreed", False),  # future
        (-3, "paused", False),  # paused agreements wait quietly
        (-3, "ended", False),
        (0, "proposed", True),
    ],
)
def test_due_for_review(offset, status, due):
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    a.review_on = TODAY + timedelta(days=offset)
    a.status = status
    assert (a in ag.Agreements(agreements=[a]).due_for_review(TODAY)) is due
    assert a.is_due(TODAY) is due


def test_due_for_review_is_earliest_first():
    a, b, c = (ag.Agreement.new(template(), today=TODAY, at=T0) for _ in range(3))
    a.review_on, b.review_on, c.review_on = TODAY, TODAY - timedelta(days=5), TODAY + timedelta(days=1)
    assert ag.Agreements(agreements=[a, b, c]).due_for_review(TODAY) == [b, a]


def test_mark_reviewed_moves_review_date_and_notes_it():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    later = TODAY + timedelta(days=12)
    a.mark_reviewed(today=later, at=T0 + timedelta(days=12))
    assert a.review_on == later + timedelta(days=10)
    assert a.history[-1].change == "reviewed"
    assert not a.is_due(later)


def test_describe_change_and_review_phrase_hold_no_user_text():
    a = ag.Agreement.new(template(wording="SECRET words"), today=TODAY, at=T0)
    a.edit_wording("MORE secret", at=T0)
    a.set_status("agreed", at=T0)
    lines = [h.describe() for h in a.history]
    assert lines[2].endswith("Proposed → Agreed")
    assert "wording changed" in lines[1]
    assert not any("secret" in line.lower() for line in lines)
    assert "in 10 days" in a.review_phrase(TODAY)
    assert a.review_phrase(TODAY + timedelta(days=10)) == "ready for a review today"
    assert "since" in a.review_phrase(TODAY + timedelta(days=11))
    a.set_status("paused", at=T0)
    assert a.review_phrase(TODAY) == "no review while paused"


def test_round_trip_through_store_keeps_history_and_unknown_fields(tmp_path):
    store = Store(tmp_path)
    doc = ag.Agreements()
    a = doc.add(ag.Agreement.new(template(), today=TODAY, at=T0))
    a.set_status("agreed", at=T0 + timedelta(days=1))
    raw = doc.model_dump(mode="json")
    raw["agreements"][0]["from_the_future"] = {"x": 1}
    loaded = ag.Agreements.model_validate(raw)
    store.save(AGREEMENTS_FILE, loaded)
    again = store.load(AGREEMENTS_FILE, ag.Agreements)
    b = again.get(a.id)
    assert b is not None and b.status == "agreed" and b.model_extra["from_the_future"] == {"x": 1}
    assert [(h.status_from, h.status_to) for h in b.history] == [(None, "proposed"), ("proposed", "agreed")]


def test_registered_as_a_document():
    from trustroad.documents import DOCUMENTS

    assert DOCUMENTS[AGREEMENTS_FILE] is ag.Agreements


def test_unknown_topic_still_loads():
    a = ag.Agreement.model_validate(
        {"id": "x", "topic": "new-topic", "review_on": "2026-01-01", "created": T0.isoformat()}
    )
    assert ag.topic_label(a.topic) == "new-topic"


def test_a_damaged_agreements_file_is_named_and_left_alone(tmp_path):
    from trustroad.documents import load_all
    from trustroad.storage.errors import DataFileError

    path = tmp_path / AGREEMENTS_FILE
    path.write_bytes(b'{"agreements": [{"id": "x", "status": "forgotten"}]}')
    with pytest.raises(DataFileError) as info:
        load_all(Store(tmp_path))
    assert str(path) in info.value.message and "forgotten" not in info.value.message
    assert path.read_bytes() == b'{"agreements": [{"id": "x", "status": "forgotten"}]}'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-10", date(2026, 3, 10)),
        (" 2026-03-01 ", TODAY),  # today is fine
        ("2026-02-28", None),  # not in the past
        ("2026-3-10", None),  # the whole YYYY-MM-DD
        ("2026-02-30", None),  # not a real day
        ("", None),
        ("next week", None),
    ],
)
def test_parse_review_date(text, expected):
    assert ag.parse_review_date(text, TODAY) == expected


def test_set_review_on():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.set_review_on(TODAY) is True and a.is_due(TODAY)
    assert a.set_review_on(TODAY) is False


def test_set_share_reports_a_change():
    a = ag.Agreement.new(template(), today=TODAY, at=T0)
    assert a.share is False
    assert a.set_share(True) is True and a.share is True
    assert a.set_share(True) is False
    assert len(a.history) == 1  # sharing is not a change to the agreement itself
