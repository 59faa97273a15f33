"""Schema migrations (storage/migrations.py) and the golden data files of every released format.

tests/unit/golden/v1/ holds every data file of a well-filled workbook (the demo couple, a draft
added) as format version 1 writes it, made once with the suite's fixed clock. They must keep
loading, and saving them again must give the same bytes. When format 2 is released, add
golden/v2/ the same way and keep v1: the v1 files then load through the migration.

The version-2 migration here is made up for the tests: it shows that adding a version is one
function, and that the store migrates in memory, validates, and backs up before saving.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from trustroad.documents import DOCUMENTS, load_all
from trustroad.storage import backups
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import DATA_FILES, JOURNAL_FILE, SCHEMA_VERSION, WORKBOOK_FILE
from trustroad.storage.migrations import MIGRATIONS, STEPS, Migrations
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook

GOLDEN = Path(__file__).parent / "golden"


def golden_copy(tmp_path: Path, version: int) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(GOLDEN / f"v{version}", folder)
    return folder


def test_every_released_format_has_a_golden_file_for_every_data_file():
    for version in range(1, SCHEMA_VERSION + 1):
        assert sorted(p.name for p in (GOLDEN / f"v{version}").iterdir()) == sorted(DATA_FILES), version


def test_the_real_migrations_reach_today_s_format():
    assert MIGRATIONS.current == SCHEMA_VERSION
    assert sorted(STEPS) == list(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_golden_files_load_and_round_trip(tmp_path, version):
    folder = golden_copy(tmp_path, version)
    documents = load_all(Store(folder))
    assert len(documents[JOURNAL_FILE].entries) == 10
    if version == SCHEMA_VERSION:
        for name, document in documents.items():
            assert Store.encode(document) == (GOLDEN / f"v{version}" / name).read_bytes(), name


# --- a made-up format 2: the workbook's "colour" field becomes "theme" -----------------------------


def v1_to_v2(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    if name == WORKBOOK_FILE and "colour" in raw:
        raw["theme"] = raw.pop("colour")
    return raw


TEST_MIGRATIONS = Migrations({1: v1_to_v2}, current=2)


def test_a_missing_step_is_refused_when_the_migrations_are_made():
    with pytest.raises(ValueError, match="from format version 2 to 3"):
        Migrations({1: v1_to_v2}, current=3)


def test_a_step_never_changes_what_it_was_given():
    raw = {"schema_version": 1, "colour": "light"}
    assert TEST_MIGRATIONS.upgrade(WORKBOOK_FILE, raw) == {"schema_version": 2, "theme": "light"}
    assert raw == {"schema_version": 1, "colour": "light"}
    assert TEST_MIGRATIONS.upgrade(WORKBOOK_FILE, {"schema_version": 2}) is None


def test_golden_v1_files_load_through_a_migration(tmp_path):
    folder = golden_copy(tmp_path, 1)
    store = Store(folder, migrations=TEST_MIGRATIONS)
    documents = {name: store.load(name, model) for name, model in DOCUMENTS.items()}
    assert store.migrated == set(DATA_FILES)
    assert all(document.schema_version == 2 for document in documents.values())
    assert documents[WORKBOOK_FILE] == Store(folder).load(WORKBOOK_FILE, Workbook).model_copy(
        update={"schema_version": 2}
    )


def test_an_older_file_is_migrated_in_memory_and_backed_up_before_the_first_save(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    old = json.dumps({"schema_version": 1, "colour": "light", "role": "hurt"}).encode()
    (folder / WORKBOOK_FILE).write_bytes(old)
    store = Store(folder, migrations=TEST_MIGRATIONS)
    workbook = store.load(WORKBOOK_FILE, Workbook)
    assert workbook.theme == "light" and workbook.role == "hurt"
    assert (folder / WORKBOOK_FILE).read_bytes() == old  # nothing written by reading
    workbook.set_role("broke-trust")
    store.save(WORKBOOK_FILE, workbook)
    [made] = backups.list_backups(folder)
    assert made.kind == "migration" and (made.folder / WORKBOOK_FILE).read_bytes() == old
    saved = json.loads((folder / WORKBOOK_FILE).read_bytes())
    assert saved["schema_version"] == 2 and saved["theme"] == "light" and "colour" not in saved
    # The next session reads format 2: nothing to migrate, so its backup is an ordinary one.
    again = Store(folder, migrations=TEST_MIGRATIONS)
    again.save(WORKBOOK_FILE, again.load(WORKBOOK_FILE, Workbook))
    assert not again.migrated and [b.kind for b in backups.list_backups(folder)] == ["daily", "migration"]


def test_without_its_backup_a_migrated_file_is_not_saved(tmp_path, monkeypatch):
    folder = golden_copy(tmp_path, 1)
    before = (folder / WORKBOOK_FILE).read_bytes()
    store = Store(folder, migrations=TEST_MIGRATIONS)
    workbook = store.load(WORKBOOK_FILE, Workbook)

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", no_space)
    with pytest.raises(OSError):
        store.save(WORKBOOK_FILE, workbook)
    assert (folder / WORKBOOK_FILE).read_bytes() == before


def test_a_file_from_a_newer_trustroad_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    newer = json.dumps({"schema_version": 3, "role": "hurt"}).encode()
    (folder / WORKBOOK_FILE).write_bytes(newer)
    for migrations in (MIGRATIONS, TEST_MIGRATIONS):
        with pytest.raises(DataFileError, match="newer trustroad") as caught:
            Store(folder, migrations=migrations).load(WORKBOOK_FILE, Workbook)
        assert not caught.value.restorable
    assert (folder / WORKBOOK_FILE).read_bytes() == newer
