"""The demo workbook: valid for every feature's own model, and every section of the summary has data."""

from __future__ import annotations

from trustroad.content.loader import load_content
from trustroad.demo import build_demo
from trustroad.documents import DOCUMENTS, load_all
from trustroad.export.summary import build_summary, render
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store


def test_demo_round_trips_through_the_store_and_fills_every_section(tmp_path):
    content = load_content(builtin_content_dir())
    store = Store(tmp_path)
    for name, document in build_demo(content).items():
        store.save(name, document)
    documents = load_all(store)  # every file validates against its own model
    assert set(DOCUMENTS) <= set(documents)
    summary = build_summary(documents, content)
    keys = [s.key for s in summary.sections]
    assert keys[:2] == ["glance", "answers"]  # the road map and the agenda are in the glance
    for feature_key in ("journal", "agreements", "checkins", "promises"):
        assert feature_key in keys
    text = render(summary, "md")[0].decode()
    assert "Maya (demo)" in text
    # Demo answers and entries the fictional person kept private stay out of the summary.
    assert "some days I don't know if I want this to work" not in text
    assert "Tired more than angry" not in text
    assert "Lena" not in text
