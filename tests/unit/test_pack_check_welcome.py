"""`trustroad content check` on a pack that replaces the welcome (first-run/welcome.yaml, which the
loader reads from every folder): walking it on a copy of the built-in content, the check said
"ignored: trustroad reads .md steps, phase.yaml files and checkin/weekly.yaml" of the welcome, and
the window then showed the pack's welcome all the same."""

from __future__ import annotations

import shutil

from trustroad.content.first_run import FIRST_RUN_FILE
from trustroad.content.loader import load_content
from trustroad.content.pack_check import READ_BY_LOADER, check_pack
from trustroad.storage.paths import builtin_content_dir


def test_a_packs_welcome_is_read_and_not_called_ignored(tmp_path):
    pack = tmp_path / "pack"
    (pack / FIRST_RUN_FILE).parent.mkdir(parents=True)
    welcome = (builtin_content_dir() / FIRST_RUN_FILE).read_text(encoding="utf-8")
    (pack / FIRST_RUN_FILE).write_text(welcome.replace("Welcome to trustroad", "Welcome, from our practice"))
    report = check_pack(builtin_content_dir(), [pack])
    assert not report.problems
    assert not [note for note in report.notes if note.file == pack / FIRST_RUN_FILE], report.notes
    assert "first-run/welcome.yaml" in READ_BY_LOADER and "support/" in READ_BY_LOADER
    content = load_content(builtin_content_dir(), [pack])
    assert content.first_run is not None
    assert "Welcome, from our practice" in content.first_run.model_dump_json()


def test_a_whole_copy_of_the_builtin_content_has_nothing_ignored(tmp_path):
    pack = tmp_path / "copy"
    shutil.copytree(builtin_content_dir(), pack)
    report = check_pack(builtin_content_dir(), [pack])
    assert not [note for note in report.notes if "ignored" in note.message], report.notes
