"""Many laptops keep the F-keys behind a function key: no text tells a person to press an F-key
without also naming a key that works without it (the standard: nothing only behind an F-key).
The letter comes first and the F-key after it in brackets, "a on the road map (or F7)", so the
key every keyboard has is the one a person reads first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trustroad.storage.paths import builtin_content_dir

F_KEY = re.compile(r"\bF\d{1,2}\b")
# The sentence around an F-key also names another way: "(or a on the road map)", "e on the road map (or F10)".
OTHER_WAY = re.compile(r"\bor\b|\bon the road map\b")
# The one order: a letter (or a ctrl key) on the road map, then the F-key in brackets.
LETTER_FIRST = re.compile(r"(?<![\w+])(?:[a-z]|ctrl\+\w+) on the road map \(or F\d{1,2}\)")

CONTENT_FILES = sorted(p for p in builtin_content_dir().rglob("*") if p.suffix in {".md", ".yaml", ".yml"})


def sentences_with_f_keys(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if F_KEY.search(s)]


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.relative_to(builtin_content_dir()).as_posix())
def test_content_never_sends_a_person_to_an_f_key_alone(path: Path) -> None:
    alone = [s for s in sentences_with_f_keys(path.read_text(encoding="utf-8")) if not OTHER_WAY.search(s)]
    assert alone == []


def test_the_check_finds_an_f_key_alone() -> None:
    assert [s for s in sentences_with_f_keys("Hold one in the Agreements (F7).") if not OTHER_WAY.search(s)]


def f_key_named_first(sentence: str) -> bool:
    """Whether some F-key in the sentence is not in brackets after its letter on the road map."""
    plain = sentence.replace("*", "").replace("`", "")  # **a** and `a` are the letter a
    return len(F_KEY.findall(plain)) > len(LETTER_FIRST.findall(plain))


@pytest.mark.parametrize("path", CONTENT_FILES, ids=lambda p: p.relative_to(builtin_content_dir()).as_posix())
def test_content_names_the_letter_first_and_the_f_key_in_brackets(path: Path) -> None:
    first = [s for s in sentences_with_f_keys(path.read_text(encoding="utf-8")) if f_key_named_first(s)]
    assert first == []


def test_the_check_finds_an_f_key_named_before_its_letter() -> None:
    assert f_key_named_first("Open your agreements with **F7** (or **a** on the road map).")
    assert f_key_named_first("The weekly check-in (F8, or c on the road map).")
    assert f_key_named_first("Press F7 or a on the road map.")
    assert not f_key_named_first("Open your agreements with **a** on the road map (or **F7**).")
    assert not f_key_named_first("Press a on the road map (or F7), then c on the road map (or F8).")
    assert f_key_named_first("Press a on the road map (or F7), then F8.")
