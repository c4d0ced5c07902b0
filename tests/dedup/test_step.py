from __future__ import annotations

import json
from types import SimpleNamespace

from lagebild.dedup.features import CopyDoc
from lagebild.dedup.outlets import outlet_signals
from lagebild.dedup.step import DedupStep, store_outlet_signals
from lagebild.model import Article, Link, article_id
from lagebild.store import Store


def article(text: str, outlet: str, published: str, cites: list[str] | None = None) -> Article:
    a = Article(
        source=f"test:{outlet}", raw=text, text=text, body=text, outlet=outlet, published=published
    )
    a.id = article_id(text)
    a.cites = cites or []
    a.input_hash = a.id
    return a


def test_step_writes_links_and_is_incremental(store: Store, texts: SimpleNamespace) -> None:
    first = [
        article(texts.hafen, "Nordstrander Anzeiger", "2025-05-02T08:00:00+02:00"),
        article(texts.schule, "Lindenhainer Zeitung", "2025-05-02T09:00:00+02:00"),
    ]
    second = [
        article(
            texts.hafen_rewrite,
            "news-farm.example",
            "2025-05-02T15:00:00+02:00",
            ["Nordstrander Anzeiger"],
        )
    ]
    step = DedupStep()
    ids1 = store.save_articles(first)
    assert step.update(store, ids1)["indexed"] == 2
    ids2 = store.save_articles(second)
    stats = step.update(store, ids2)
    assert stats["indexed"] == 1 and stats["rewrite"] == 1
    rows = store.conn.execute("SELECT source, target, kind, evidence FROM links").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(second[0].id, first[0].id, "rewrite")]
    assert json.loads(rows[0][3])[0] == {"type": "direction", "reason": "cites"}
    # running again on the same ids changes nothing
    assert step.update(store, ids2).get("known") == 1
    assert store.conn.execute("SELECT COUNT(*) FROM dedup_doc").fetchone()[0] == 3
    signals = {s.outlet: s for s in store_outlet_signals(store)}
    farm = signals["news-farm.example"]
    assert (farm.rewrites, farm.copy_share, farm.names_sources_share) == (1, 1.0, 1.0)
    assert farm.median_lag_hours == 7.0
    assert signals["Nordstrander Anzeiger"].copied_by_others == 1


def test_outlet_signals_count_each_copy_once() -> None:
    docs = [
        CopyDoc("o", "x", outlet="Agentur", published=0.0),
        CopyDoc("c1", "x", outlet="Farm", published=7200.0, cites=("Agentur",)),
        CopyDoc("c2", "x", outlet="Farm", published=3600.0),
        CopyDoc("c3", "x", url="https://www.farm2.example/a", published=None),
    ]
    links = [
        Link("c1", "o", "duplicate", 1.0),
        Link("c1", "c2", "duplicate", 0.9),  # also matched a sibling copy
        Link("c2", "o", "rewrite", 0.8),
        Link("c3", "o", "rewrite", 0.7),
    ]
    out = {s.outlet: s for s in outlet_signals(docs, links)}
    farm = out["Farm"]
    assert (farm.articles, farm.copies, farm.duplicates, farm.rewrites) == (2, 2, 1, 1)
    assert farm.median_lag_hours == 1.5 and farm.names_sources_share == 0.5
    assert out["farm2.example"].median_lag_hours is None
    assert out["Agentur"].copy_share == 0.0 and out["Agentur"].copied_by_others == 1
    assert out["Farm"].to_dict()["copy_share"] == 1.0
