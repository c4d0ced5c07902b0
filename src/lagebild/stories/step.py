"""The corpus step that files new articles into stories, incrementally.

Runs after the dedup step (copy links) and the entity step (mentions). Articles already in a
story are skipped, so running it twice on the same ids changes nothing; the rest are clustered
in publication order against the persisted state (see ``engine.py``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import ClassVar

from lagebild.corpus.base import CorpusStep
from lagebild.store import Store
from lagebild.stories.engine import Assignment, StoryConfig, StoryEngine
from lagebild.stories.persist import StoreSource, save
from lagebild.stories.text import StoryDoc, doc_from_article

log = logging.getLogger(__name__)


def copy_links(store: Store, ids: Sequence[str]) -> dict[str, list[str]]:
    """For each article, the articles it is a copy of (first) and the copies of it."""
    out: dict[str, list[str]] = defaultdict(list)
    id_list = list(ids)
    for i in range(0, len(id_list), 500):
        chunk = id_list[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for src, tgt in store.conn.execute(
            f"SELECT source, target FROM links WHERE source IN ({marks}) "
            "ORDER BY source, score DESC, target",
            chunk,
        ):
            out[src].append(tgt)
        for src, tgt in store.conn.execute(
            f"SELECT source, target FROM links WHERE target IN ({marks}) ORDER BY target, source",
            chunk,
        ):
            out[tgt].append(src)
    return out


def load_docs(store: Store, ids: Sequence[str]) -> list[StoryDoc]:
    links = copy_links(store, ids)
    return [doc_from_article(a, links.get(a.id, [])) for a in store.iter_articles(ids)]


def cluster_into_store(
    store: Store, ids: Sequence[str], config: StoryConfig | None = None
) -> list[Assignment]:
    """Cluster the given stored articles (skipping those already in a story) and persist."""
    assigned = StoreSource(store).load_story_of(ids)
    todo = [i for i in ids if i not in assigned]
    if not todo:
        return []
    engine = StoryEngine(config, StoreSource(store))
    assignments = engine.add_all(load_docs(store, todo))
    save(store, engine, assignments)
    return assignments


class StoryStep(CorpusStep):
    """Incremental story clustering over the store."""

    name: ClassVar[str] = "stories"
    requires: ClassVar[tuple[str, ...]] = ("links", "mentions")

    def __init__(self, config: StoryConfig | None = None) -> None:
        self.config = config or StoryConfig()

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        assignments = cluster_into_store(store, new_ids, self.config)
        counts = {"new": len(new_ids), "clustered": len(assignments)}
        for kind in ("new", "joined", "copy"):
            counts[f"story_{kind}"] = sum(1 for a in assignments if a.reason["decision"] == kind)
        log.info("stories: %s", counts)
        return counts
