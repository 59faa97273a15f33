"""The content cache: a faster start that never hides a change or a problem."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from trustroad.content.cache import load_content_cached
from trustroad.content.loader import load_content
from trustroad.content.model import ContentError
from trustroad.storage.paths import builtin_content_dir


@pytest.fixture
def content_copy(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(builtin_content_dir(), folder)
    return folder


def _titles(content):
    return [(p.id, [s.title for s in p.steps]) for p in content.phases]


def test_a_cached_load_equals_a_fresh_one(content_copy, tmp_path):
    cache = tmp_path / "cache"
    first = load_content_cached(content_copy, [], cache)
    assert len(list(cache.glob("content-*.json"))) == 1
    second = load_content_cached(content_copy, [], cache)
    assert _titles(second) == _titles(first) == _titles(load_content(content_copy))
    assert second.phases[1].steps[0].body == first.phases[1].steps[0].body


def test_an_edited_file_is_read_again(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_content_cached(content_copy, [], cache)
    step = next(content_copy.rglob("*.md"))
    text = step.read_text(encoding="utf-8")
    step.write_text(text.replace("title: ", "title: Edited ", 1), encoding="utf-8")
    os.utime(step, ns=(1, 1))  # even an older time is a change
    titles = [s.title for p in load_content_cached(content_copy, [], cache).phases for s in p.steps]
    assert any(t.startswith("Edited ") for t in titles)
    assert len(list(cache.glob("content-*.json"))) == 1  # the stale entry is gone


def test_problems_are_never_hidden_by_the_cache(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_content_cached(content_copy, [], cache)
    step = next(content_copy.rglob("*.md"))
    step.write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content_cached(content_copy, [], cache)
    assert str(step) in str(caught.value)


def test_a_damaged_cache_is_ignored(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_content_cached(content_copy, [], cache)
    for entry in cache.glob("content-*.json"):
        entry.write_bytes(b"not JSON")
    assert _titles(load_content_cached(content_copy, [], cache)) == _titles(load_content(content_copy))


def test_an_unwritable_cache_folder_only_costs_speed(content_copy, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert _titles(load_content_cached(content_copy, [], blocker)) == _titles(load_content(content_copy))


def test_the_cache_is_data_never_code(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_content_cached(content_copy, [], cache)
    (entry,) = cache.glob("content-*")
    assert entry.suffix == ".json"
    json.loads(entry.read_bytes())  # plain JSON: nothing in it can run when read


def test_a_cache_folder_others_can_write_to_is_not_trusted(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_content_cached(content_copy, [], cache)
    (entry,) = cache.glob("content-*.json")
    planted = entry.read_text(encoding="utf-8").replace('"title":"', '"title":"Planted ', 1)
    entry.write_text(planted, encoding="utf-8")
    os.chmod(cache, 0o777)
    content = load_content_cached(content_copy, [], cache)
    assert not any(p.title.startswith("Planted") for p in content.phases)
    assert entry.read_text(encoding="utf-8") == planted  # and nothing is written there either


def test_folders_trustroad_creates_are_private_whatever_the_umask(content_copy, tmp_path):
    old = os.umask(0)
    try:
        cache = tmp_path / "made" / "by" / "trustroad"
        load_content_cached(content_copy, [], cache)
        data = tmp_path / "data-parent" / "data"
        from trustroad.storage.bytestore import ByteStore

        ByteStore(data).write("workbook.json", b"{}")
    finally:
        os.umask(old)
    for folder in (tmp_path / "made", tmp_path / "made" / "by", cache, tmp_path / "data-parent", data):
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700, folder
