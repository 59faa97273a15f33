"""The content cache: a faster start that never hides a change or a problem."""

from __future__ import annotations

import os
import shutil

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
    assert len(list(cache.glob("content-*.pickle"))) == 1
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
    assert len(list(cache.glob("content-*.pickle"))) == 1  # the stale entry is gone


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
    for entry in cache.glob("content-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert _titles(load_content_cached(content_copy, [], cache)) == _titles(load_content(content_copy))


def test_an_unwritable_cache_folder_only_costs_speed(content_copy, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert _titles(load_content_cached(content_copy, [], blocker)) == _titles(load_content(content_copy))
