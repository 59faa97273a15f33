"""The journal benchmarks' data: 10,000 synthetic entries (~500 characters each, over five years),
written as a trustroad data folder or as the same entries in a plain jrnl journal.

Used by bench_journal.py, bench_crypto.py and bench_kill.py.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from common import welcomed

ENTRIES = 10_000
WORDS = (
    "we talked tonight about the evening it happened and I felt the old tightness again but "
    "it passed sooner than last week the walk helped and so did the agreed time at eight "
    "I noticed my hands shaking when the phone buzzed we used the time-out signal and came "
    "back after twenty minutes calmer slept badly work was hard kids asked why we are quiet "
    "therapy on thursday I want to bring up the question of passwords and the money"
).split()


def synthetic_entries(count: int, seed: int = 7):
    from trustroad.clock import now
    from trustroad.journal.model import KINDS, Entry, TalkDetails

    rng = random.Random(seed)
    end = now()
    span = timedelta(days=5 * 365)
    entries = []
    for n in range(count):
        written = end - span + span * (n / max(count - 1, 1)) - timedelta(minutes=rng.randint(0, 600))
        text = " ".join(rng.choice(WORDS) for _ in range(110))[:500].capitalize() + "."
        kind = rng.choice(KINDS)
        talk = (
            TalkDetails(
                intensity_before=rng.randint(4, 10), intensity_after=rng.randint(1, 8), minutes=rng.randint(5, 60)
            )
            if kind == "rupture-talk"
            else None
        )
        entries.append(
            Entry.new(
                text,
                kind=kind,
                intensity=rng.choice([None, *range(11)]),
                tags=rng.sample(["sleep", "work", "kids", "night", "walk"], 2),
                phase=rng.choice(["stabilize", "make-meaning", "rebuild", None]),
                written=written,
                talk=talk,
            )
        )
    return entries


def write_trustroad(folder: Path, entries) -> None:
    from trustroad.journal.model import Journal
    from trustroad.storage.files import JOURNAL_FILE
    from trustroad.storage.store import Store

    welcomed(folder)  # the journal screen first, not the welcome
    Store(folder).save(JOURNAL_FILE, Journal(entries=entries))


def write_jrnl(folder: Path, entries) -> dict[str, str]:
    """A plain (unencrypted) jrnl journal with the same entries, and the environment to use it."""
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    with journal.open("w", encoding="utf-8") as out:
        for entry in entries:
            title, _, body = entry.text.partition(" the ")
            out.write(f"[{entry.written.strftime('%Y-%m-%d %H:%M')}] {title}.\nthe {body} @{entry.tags[0]}\n\n")
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True)
    (config / "jrnl.yaml").write_text(
        jrnl_config(journal),
        encoding="utf-8",
    )
    return {"XDG_CONFIG_HOME": str(folder / "config"), "HOME": str(folder)}


def jrnl_config(journal: Path) -> str:
    """jrnl's settings for a plain journal at `journal`: no colours, no editor, trustroad's time format."""
    return (
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n"
    )
