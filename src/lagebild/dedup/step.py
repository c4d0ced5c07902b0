"""The corpus step that runs copy detection on newly stored articles."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import ClassVar

from lagebild.corpus.base import CorpusStep
from lagebild.dedup.engine import DedupConfig, DedupEngine
from lagebild.dedup.features import CopyDoc, warm_up_lemmas
from lagebild.dedup.outlets import OutletSignal, outlet_signals
from lagebild.dedup.scoring import SentenceEncoder
from lagebild.model import Link
from lagebild.store import Store

log = logging.getLogger(__name__)

BATCH = 256  # articles per transaction


def _docs(store: Store, ids: Sequence[str]) -> list[CopyDoc]:
    return [CopyDoc.from_article(a) for a in store.iter_articles(ids)]


def save_links(store: Store, links: Sequence[Link]) -> None:
    """Upsert copy links into the store's ``links`` table."""
    with store.atomic() as c:
        c.executemany(
            "INSERT INTO links (source, target, kind, score, evidence) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(source, target) DO UPDATE SET kind = excluded.kind,"
            " score = excluded.score, evidence = excluded.evidence",
            [
                (
                    ln.source,
                    ln.target,
                    ln.kind,
                    ln.score,
                    json.dumps(ln.evidence, ensure_ascii=False),
                )
                for ln in links
            ],
        )


def load_links(store: Store) -> list[Link]:
    rows = store.conn.execute("SELECT source, target, kind, score, evidence FROM links")
    return [Link(s, t, k, sc, json.loads(ev)) for s, t, k, sc, ev in rows]


def store_outlet_signals(store: Store) -> list[OutletSignal]:
    """Per-outlet copy signals over the whole store (for the export's ``outlets``)."""
    return outlet_signals(
        (CopyDoc.from_article(a) for a in store.iter_articles()), load_links(store)
    )


class DedupStep(CorpusStep):
    """Finds duplicates and rewrites of each new article and stores ``copy_of`` links."""

    name: ClassVar[str] = "dedup"
    requires: ClassVar[tuple[str, ...]] = ("text",)

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()

    def warm_up(self) -> None:
        warm_up_lemmas()
        if self.config.use_embeddings:
            SentenceEncoder().warm_up()

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        engine = DedupEngine(store.conn, lambda ids: _docs(store, ids), self.config)
        fresh = set(new_ids)
        # stored articles whose text changed since they were indexed (the furniture step
        # cleaned them again): indexed again, before the new ones, with their links redone
        stale = [
            a
            for (a,) in store.conn.execute(
                "SELECT article FROM reindex WHERE step = ? ORDER BY article", (self.name,)
            )
            if a not in fresh
        ]
        order = stale + list(new_ids)
        empty = 0
        for c in range(0, len(order), BATCH):
            part = order[c : c + BATCH]
            docs = _docs(store, part)
            usable = [d for d in docs if d.text.strip()]
            empty += len(docs) - len(usable)
            with store.atomic() as conn:
                for aid in part:
                    if aid not in fresh and engine.forget(aid):
                        conn.execute("DELETE FROM links WHERE source = ? OR target = ?", (aid, aid))
                links = engine.add(usable)
                save_links(store, links)
                conn.executemany(
                    "DELETE FROM reindex WHERE step = ? AND article = ?",
                    [(self.name, a) for a in part],
                )
        stats = {"new": len(new_ids), "empty_text": empty}
        stats.update({k: int(v) for k, v in engine.counts.items()})
        log.info("dedup: %s", stats)
        return stats
