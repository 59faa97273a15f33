"""`trustroad export` without pydantic: the quick reader must vouch only for files it reads
exactly as the models do, and then give the very same summary.

The oracle throughout is the models' own path (documents.load_all and the loaded content):
whatever the quick reader accepts must load there too and build an equal Summary (which
every renderer turns into the same bytes).
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import get_args

import pytest

from trustroad import content_view
from trustroad.content import load_content
from trustroad.demo import build_demo
from trustroad.documents import DOCUMENTS, load_all
from trustroad.export import quick_read as qr
from trustroad.export.model import Period
from trustroad.export.summary import build_summary, render
from trustroad.file_names import DRAFTS_FILE, PROMISES_FILE
from trustroad.journal_terms import JOURNAL_FILE
from trustroad.paths import builtin_content_dir
from trustroad.store import WORKBOOK_FILE, DataFileError, Store

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import CONTENT_DIR, MADE_ON, PRIVATE_MARKER, documents  # noqa: E402

PERIODS = [Period(), Period(date(2026, 11, 11), date(2026, 11, 14)), Period(date(2026, 11, 20), None)]


def _save(folder: Path, docs: dict) -> None:
    store = Store(folder)
    for name, document in docs.items():
        store.save(name, document)


def _view(content):
    return content_view.decode(content_view.encode(content, "test content"), "test content")


def _same_summaries(folder: Path, content, made_on=MADE_ON) -> bool:
    """True when the quick reader vouched for the folder; then its summaries equal the models'.
    False when it declined. Fails if it vouched for a folder the models reject."""
    quick = qr.read_documents(folder)
    if quick is None:
        return False
    try:
        models = load_all(Store(folder))
    except DataFileError as exc:  # pragma: no cover - this is the failure the test exists for
        pytest.fail(f"the quick reader accepted a file the models reject: {exc.where}: {exc.problem}")
    view = _view(content)
    for period in PERIODS:
        assert build_summary(quick, view, period, made_on=made_on) == build_summary(models, content, period, made_on=made_on)
    return True


@pytest.fixture(scope="module")
def fixture_content():
    return load_content(CONTENT_DIR)


@pytest.fixture(scope="module")
def builtin_content():
    return load_content(builtin_content_dir())


# --- the reader's tables follow the models ---------------------------------------------------


def _tables():
    from trustroad import agenda, agreements, checkins, drafts, journal, models, promises

    return [
        (models.Workbook, qr.WORKBOOK), (models.Answer, qr.ANSWER),
        (journal.Journal, qr.JOURNAL), (journal.TalkDetails, qr.TALK),
        (agenda.Agenda, qr.AGENDA), (agenda.AgendaItem, qr.AGENDA_ITEM),
        (agreements.Agreements, qr.AGREEMENTS), (agreements.Agreement, qr.AGREEMENT),
        (agreements.HistoryEntry, qr.HISTORY_ENTRY),
        (checkins.CheckIns, qr.CHECKINS), (checkins.CheckIn, qr.CHECKIN), (checkins.Draft, qr.CHECKIN_DRAFT),
        (drafts.Drafts, qr.DRAFTS), (drafts.Draft, qr.DRAFT),
        (promises.PromisesBook, qr.PROMISES_BOOK), (promises.Promise, qr.PROMISE),
        (promises.WordingVersion, qr.WORDING_VERSION), (promises.StatusChange, qr.STATUS_CHANGE),
        (promises.CheckMark, qr.CHECK_MARK), (promises.Repair, qr.REPAIR), (promises.Setback, qr.SETBACK),
    ]


@pytest.mark.parametrize("model,table", _tables(), ids=lambda x: getattr(x, "__name__", ""))
def test_each_table_names_every_field_of_its_model_with_its_default(model, table):
    from trustroad import models, promises
    from trustroad.journal import new_id

    assert set(table) == set(model.model_fields)
    moment = {models.now, new_id, promises.new_id, promises.today}  # defaults made at loading time
    for name, field in model.model_fields.items():
        _check, default = table[name]
        if name == "schema_version" or _check is None:
            continue
        if default is qr._REQUIRED:
            assert field.is_required() or field.default_factory in moment, name
        else:
            made = default() if callable(default) else default
            assert made == field.get_default(call_default_factory=True), name


def test_the_journal_reader_names_every_entry_field():
    from trustroad.journal import Entry

    assert set(qr.ENTRY_FIELDS) == set(Entry.model_fields)


def test_choices_are_the_models_literals():
    from trustroad import agreements, models

    assert set(qr.ROLES) == set(get_args(models.Role))
    assert set(qr.THEMES) == set(get_args(models.Workbook.model_fields["theme"].annotation))
    assert set(qr.STATUSES) == set(get_args(agreements.Status))
    assert set(qr.HISTORY_CHANGES) == set(get_args(agreements.HistoryEntry.model_fields["change"].annotation))
    from trustroad import promise_terms, promises

    assert set(promise_terms.OWNERS) == set(get_args(promises.Owner))
    assert set(promise_terms.FREQUENCIES) == set(get_args(promises.Frequency))
    assert set(promise_terms.STATUSES) == set(get_args(promises.Status))
    assert set(promise_terms.SETBACK_KINDS) == set(get_args(promises.SetbackKind))


def test_every_document_has_a_reader():
    assert set(qr.READERS) == set(DOCUMENTS)


# --- same summaries ----------------------------------------------------------------------------


def test_the_fixture_workbook_gives_the_same_summary_in_every_format(tmp_path, fixture_content):
    docs = documents()
    _save(tmp_path, docs)
    assert _same_summaries(tmp_path, fixture_content)
    quick = build_summary(qr.read_documents(tmp_path), _view(fixture_content), made_on=MADE_ON)
    models = build_summary(load_all(Store(tmp_path)), fixture_content, made_on=MADE_ON)
    for fmt in ("md", "html"):
        data = render(quick, fmt)[0]
        assert data == render(models, fmt)[0]
        assert PRIVATE_MARKER.encode() not in data
    assert "Sam Ríos" in render(quick, "md")[0].decode()


def test_the_demo_workbook_gives_the_same_summary(tmp_path, builtin_content):
    docs = build_demo(builtin_content, today=date(2026, 11, 26))
    assert PROMISES_FILE in docs
    _save(tmp_path, docs)
    assert _same_summaries(tmp_path, builtin_content, made_on=date(2026, 11, 26))


def test_missing_files_read_as_the_models_fresh_documents(tmp_path, builtin_content):
    assert _same_summaries(tmp_path, builtin_content)  # an empty folder
    _save(tmp_path, {JOURNAL_FILE: documents()[JOURNAL_FILE], PROMISES_FILE: documents()[PROMISES_FILE]})
    assert _same_summaries(tmp_path, builtin_content)


def test_a_promises_ledger_of_two_years_is_read_as_the_models_read_it(tmp_path, builtin_content):
    from trustroad.promises import Promise, PromisesBook

    book = PromisesBook()
    first = date(2024, 11, 1)
    for number in range(3):
        promise = book.add_promise(Promise(wording=f"Promise {number}", share=True, start=first,
                                           created=datetime(2024, 11, 1, 9, tzinfo=timezone.utc)))
        for day in range(730):
            book.record(promise.id, first + timedelta(days=day), (day + number) % 4 != 0)
    _save(tmp_path, {PROMISES_FILE: book})
    assert _same_summaries(tmp_path, builtin_content, made_on=date(2026, 11, 26))


@pytest.mark.parametrize("data", [
    b"{not json", b"\xff\xfe{}", "\ufeff{}".encode(), b"[]", b'"text"',
    b'{"schema_version": 2}', b'{"schema_version": 0}', b'{"schema_version": "1"}', b'{"schema_version": true}',
])
@pytest.mark.parametrize("name", [WORKBOOK_FILE, JOURNAL_FILE, DRAFTS_FILE])
def test_damaged_or_foreign_files_are_left_to_the_models(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    assert qr.read_documents(tmp_path) is None


# Values a hand edit (or a lax writer) might leave: the reader must decline or agree.
ODD_VALUES = [
    None, True, False, 0, 1, -1, 7, 11, 1441, 5.0, 2.5, "5", "", "x", "true", "share",
    "2026-11-12", "2026-11-12T20:00:00", "2026-11-12T20:00:00Z", "2026-11-12T20:00:00.5+01:00",
    "2026-11-12 20:00:00+00:00", "2026-11-12T20:00Z", "2026-13-12T20:00:00Z", "2026-11-12T20:00:00+24:00",
    "2026-11-12T20:00:00.1234567Z", "2026-11-12t20:00:00z", "20261112T200000Z",
    [], ["a"], [1], ["Sunday Nights"], {}, {"a": 1}, {"a": "b"},
    "reflection", "rupture-talk", "agreed", "ended", "hurt", "light", "calm", "calm-read",
]


def _paths(value, path=()):
    """Every place in a JSON value: (path to it, the value there)."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, path + (index,))


def _set(raw, path, value):
    """A copy of raw with the value at path replaced (or the key removed when value is _GONE)."""
    raw = copy.deepcopy(raw)
    parent = raw
    for step in path[:-1]:
        parent = parent[step]
    if value is _GONE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return raw


_GONE = object()


def _field_places(raw):
    """One path for each distinct field (entries.0.kind stands for every entry's kind)."""
    seen = {}
    for path, _value in _paths(raw):
        if path:
            seen.setdefault(tuple("*" if isinstance(step, int) else step for step in path), path)
    return list(seen.values())


def _fixture_files(tmp_path) -> dict:
    docs = documents()
    _save(tmp_path / "base", docs)
    return {name: json.loads((tmp_path / "base" / name).read_text()) for name in docs}


def test_each_field_altered_alone_is_declined_or_read_exactly_as_the_models_read_it(tmp_path, fixture_content):
    """Every distinct field of every file, set to each odd value or removed: the quick reader
    declines, or the models read the file too and the summaries are equal."""
    accepted = declined = 0
    folder = tmp_path / "case"
    folder.mkdir()
    for name, raw in _fixture_files(tmp_path).items():
        for path in _field_places(raw):
            for value in [*ODD_VALUES, _GONE]:
                if value is _GONE and isinstance(path[-1], int):
                    continue
                (folder / name).write_text(json.dumps(_set(raw, path, value)), encoding="utf-8")
                if _same_summaries(folder, fixture_content):
                    accepted += 1
                else:
                    declined += 1
        (folder / name).unlink()
    # Both outcomes must really happen, or the test proves nothing.
    assert accepted > 300 and declined > 300, (accepted, declined)


def test_several_files_altered_at_once_are_declined_or_read_exactly(tmp_path, fixture_content):
    originals = _fixture_files(tmp_path)
    rng = random.Random(1126)
    accepted = 0
    for round_ in range(200):
        folder = tmp_path / f"r{round_}"
        folder.mkdir()
        for name, raw in originals.items():
            if rng.random() < 0.3:  # about two files of six altered, one field each
                raw = _set(raw, rng.choice([p for p, _ in _paths(raw) if p and not isinstance(p[-1], int)]), rng.choice(ODD_VALUES))
            (folder / name).write_text(json.dumps(raw), encoding="utf-8")
        accepted += _same_summaries(folder, fixture_content)
    assert 10 < accepted < 190, accepted


def test_unknown_fields_ride_along_unread(tmp_path, fixture_content):
    docs = documents()
    _save(tmp_path, docs)
    raw = json.loads((tmp_path / JOURNAL_FILE).read_text())
    raw["from_a_newer_version"] = {"x": [1, 2]}
    raw["entries"][0]["mood_colour"] = "teal"
    (tmp_path / JOURNAL_FILE).write_text(json.dumps(raw), encoding="utf-8")
    assert _same_summaries(tmp_path, fixture_content)


def test_journal_titles_show_the_time_as_written():
    from trustroad.export.sections.journal import _MinuteText

    minute = _MinuteText().text
    rng = random.Random(7)
    start = datetime(2019, 12, 31, 23, 59, tzinfo=timezone.utc)
    for _ in range(2000):
        offset = timezone(timedelta(minutes=rng.randrange(-14 * 60, 14 * 60 + 1, 15)))
        when = (start + timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))).astimezone(offset)
        assert minute(when) == when.isoformat(" ", "minutes")[:16]


# --- the content view ----------------------------------------------------------------------------


def test_the_content_view_answers_as_the_content_does(builtin_content):
    view = _view(builtin_content)

    def shape(content):
        return [
            (p.id, p.title, p.kind, [(s.id, s.title, [(q.id, q.label) for q in s.meta.prompts]) for s in p.steps])
            for p in content.phases
        ]

    assert shape(view) == shape(builtin_content)
    assert [p.id for p in view.road_phases] == [p.id for p in builtin_content.road_phases]
    first = builtin_content.road_phases[0].id
    assert view.phase(first).title == builtin_content.phase(first).title and view.phase("nope") is None
    assert [(q.id, q.label) for q in view.checkin.questions] == [(q.id, q.label) for q in builtin_content.checkin.questions]


def test_the_content_view_is_kept_beside_the_cache_and_a_damaged_one_is_ignored(tmp_path):
    from trustroad.content_cache import load_content_cached, summary_view

    builtin = builtin_content_dir()
    cache = tmp_path / "cache"
    assert summary_view(builtin, [], cache) is None  # nothing cached yet
    load_content_cached(builtin, [], cache)
    views = list(cache.glob("content-*.summary.json"))
    assert len(views) == 1 and summary_view(builtin, [], cache) is not None
    views[0].unlink()
    load_content_cached(builtin, [], cache)  # a cache hit writes a missing view
    assert summary_view(builtin, [], cache) is not None
    views[0].write_text('{"phases": [[1, 2]]}', encoding="utf-8")
    assert summary_view(builtin, [], cache) is None


def test_a_changed_content_file_is_never_answered_from_an_old_view(tmp_path):
    import os
    import shutil

    from trustroad.content_cache import load_content_cached, summary_view

    content = tmp_path / "content"
    shutil.copytree(builtin_content_dir(), content)
    cache = tmp_path / "cache"
    load_content_cached(content, [], cache)
    assert summary_view(content, [], cache) is not None
    step = next(content.rglob("*.md"))
    step.write_text(step.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    os.utime(step, ns=(1, 1))  # even an older time is a change
    assert summary_view(content, [], cache) is None
    load_content_cached(content, [], cache)
    titles = [s.title for p in summary_view(content, [], cache).phases for s in p.steps]
    assert any(t.startswith("Edited ") for t in titles)
    assert len(list(cache.glob("content-*.summary.json"))) == 1  # the old view is gone


# --- the command ----------------------------------------------------------------------------------


def test_the_command_exports_without_pydantic_once_the_view_exists(tmp_path, fixture_content):
    docs = documents()
    data = tmp_path / "data"
    _save(data, docs)
    script = (
        "import sys\n"
        "from trustroad.cli import main\n"
        "code = main(['--data-dir', sys.argv[1], 'export', '--format', 'md', '-o', sys.argv[2]])\n"
        "print(code, 'pydantic' in sys.modules)\n"
    )
    env = {"TRUSTROAD_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")

    def export(out: str) -> str:
        done = subprocess.run([sys.executable, "-c", script, str(data), str(tmp_path / out)], env=env,
                              capture_output=True, text=True, check=True)
        return done.stdout.strip()

    assert export("first.md") == "0 True"  # no view yet: the models, which leave the view behind
    assert export("second.md") == "0 False"
    assert (tmp_path / "first.md").read_bytes() == (tmp_path / "second.md").read_bytes()
    (data / JOURNAL_FILE).write_text('{"entries": [{"id": "x", "written": "2026-11-12 20:00"}]}', encoding="utf-8")
    assert export("third.md") == "0 True"  # a form the quick reader does not vouch for
