"""The support texts (content/support/*.yaml) are read by someone flooded, on any keyboard: a
way they point to is named with keys every keyboard has, never an F-key alone (many laptops and
macOS keep the F-keys for themselves)."""

from __future__ import annotations

import re

from trustroad.content.loader import load_content
from trustroad.storage.paths import builtin_content_dir

F_KEY = re.compile(r"\bF(?:[1-9]|1[0-2])\b")


def test_the_grounding_card_names_no_f_key():
    card = load_content(builtin_content_dir()).support.grounding
    assert card is not None
    for text in (card.title, card.short, *card.steps, card.time_out, card.no_time_out, card.closing):
        assert not F_KEY.search(text), text
