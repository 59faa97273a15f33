"""Many laptops keep the F-keys behind a function key: no text tells a person to press an F-key
without also naming a key that works without it (the standard: nothing only behind an F-key)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustroad.storage.paths import builtin_content_dir

F_KEY = re.compile(r"\bF\d{1,2}\b")
# The sentence around an F-key also names another way: "(or a on the road map)", "e on the road map (or F10)".
OTHER_WAY = re.compile(r"\bor\b|\bon the road map\b")

CONTENT_FILES = sorted(p for p in builtin_content_dir().rglob("*") if p.suffix in {".md", ".yaml", ".yml"})


def sentences_with_f_keys(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if F_KEY.search(s)]


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.relative_to(builtin_content_dir()).as_posix())
def test_content_never_sends_a_person_to_an_f_key_alone(path: Path) -> None:
    alone = [s for s in sentences_with_f_keys(path.read_text(encoding="utf-8")) if not OTHER_WAY.search(s)]
    assert alone == []


def test_the_check_finds_an_f_key_alone() -> None:
    assert [s for s in sentences_with_f_keys("Hold one in the Agreements (F7).") if not OTHER_WAY.search(s)]
