"""The corpus step that keeps canonical entities up to date as articles arrive.

For each new article it resolves the mentions the NER step stored (``Article.mentions``)
against the entity index in the store, creates or updates entities, adds the resolved
role-only references ("der Kanzler") as mentions, writes each mention's entity id back into
the article, and counts mentions per entity and article in ``entity_articles``. An article
without mentions (NER not run) creates nothing. The work per article is a few index lookups
by key, independent of the size of the corpus.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, ClassVar

from lagebild.corpus.base import CorpusStep
from lagebild.entities.names import DETERMINERS
from lagebild.entities.resolver import Document, Resolver
from lagebild.entities.storeindex import BufferedIndex, IndexWrites
from lagebild.model import Article
from lagebild.store import Store
from lagebild.store.db import article_update_row

log = logging.getLogger(__name__)

#: articles whose writes go to the store in one transaction: committing each article's writes
#: on its own cost about as much as resolving them (10kGNAD test, busy machine: 4.6-6.8 CPU-s
#: with a commit per article, 4.1-4.5 with one transaction)
WRITE_BATCH = 256
#: most new articles the step resolves in a child process, keeping their writes in memory
#: until the parent writes them (about 17 kB per article, mostly the article itself); a larger
#: run resolves them in this process, in batches
MAX_DEFERRED = 5_000


@functools.cache
def _firstnames() -> frozenset[str]:
    """First names from the NER resources (to tell "Frank-Walter" from "Bayern-Profi")."""
    from lagebild.ner.resources import FIRSTNAMES_FILE, MODELS_DIR, read_firstnames

    path = MODELS_DIR / FIRSTNAMES_FILE
    if not path.exists():
        log.warning("%s is missing; hyphenated descriptors are not told from first names", path)
        return frozenset()
    return frozenset(read_firstnames(path))


def _done(store: Store, ids: list[str]) -> set[str]:
    """Those of ``ids`` the step has resolved before (in ``entity_done``)."""
    done: set[str] = set()
    for c in range(0, len(ids), 500):
        chunk = ids[c : c + 500]
        marks = ",".join("?" * len(chunk))
        done.update(
            a
            for (a,) in store.conn.execute(
                f"SELECT article FROM entity_done WHERE article IN ({marks})", chunk
            )
        )
    return done


def _is_reference(article: Article, index: int) -> bool:
    """A role-only reference this step added on an earlier run (no base form, lower-case)."""
    m = article.mentions[index]
    words = m.text.split()
    return not m.base and bool(m.roles) and bool(words) and words[0].lower() in DETERMINERS


@dataclass
class EntityWrites:
    """What resolving some articles writes to the store (kept in memory until written)."""

    new: int  # articles the step was given
    index: IndexWrites = field(default_factory=IndexWrites)
    # each resolved article (its mentions linked), as the row ``Store.update_article_rows``
    # writes, serialised where it was resolved (in the child process when the step computes
    # alongside dedup, so that the parent only writes), with its entity_articles rows
    articles: list[tuple[tuple[Any, ...], list[tuple[str, str, int]]]] = field(default_factory=list)
    done: list[str] = field(default_factory=list)  # articles to record in entity_done
    stats: Counter[str] = field(default_factory=Counter)


class EntityStep(CorpusStep):
    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("mentions",)
    # reads the articles (as the furniture step left them) and its own tables; the dedup step
    # writes neither, so this step may compute alongside it
    after: ClassVar[tuple[str, ...] | None] = ("furniture",)
    max_deferred: ClassVar[int] = MAX_DEFERRED

    def warm_up(self) -> None:
        _firstnames()

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        index = BufferedIndex(store)
        resolver = Resolver(index, firstnames=_firstnames())
        stats: Counter[str] = Counter()
        for c in range(0, len(new_ids), WRITE_BATCH):
            writes = self._resolve_all(store, index, resolver, new_ids[c : c + WRITE_BATCH])
            self._write(store, writes)
            stats.update(writes.stats)
        return self._counts(store, len(new_ids), stats)

    def compute(self, store: Store, new_ids: list[str]) -> EntityWrites:
        """Resolve the articles without writing to the store (see :meth:`apply`)."""
        index = BufferedIndex(store)
        resolver = Resolver(index, firstnames=_firstnames())
        writes = self._resolve_all(store, index, resolver, new_ids)
        writes.new = len(new_ids)
        return writes

    def apply(self, store: Store, computed: object) -> dict[str, int]:
        if not isinstance(computed, EntityWrites):
            raise TypeError(f"expected EntityWrites from compute(), got {type(computed).__name__}")
        self._write(store, computed)
        return self._counts(store, computed.new, computed.stats)

    def _resolve_all(
        self, store: Store, index: BufferedIndex, resolver: Resolver, ids: list[str]
    ) -> EntityWrites:
        writes = EntityWrites(new=len(ids))
        done = _done(store, ids)
        for article in store.iter_articles(ids):
            if article.id in done:
                writes.stats["skipped_done"] += 1
                continue
            if article.mentions:
                rows = self._resolve(resolver, article, writes.stats)
                writes.articles.append((article_update_row(article), rows))
            else:
                writes.stats["no_mentions"] += 1
            writes.done.append(article.id)
        writes.index = index.take()
        return writes

    @staticmethod
    def _write(store: Store, writes: EntityWrites) -> None:
        with store.atomic() as c:
            writes.index.write(store)
            store.update_article_rows(row for row, _ in writes.articles)
            c.executemany(
                "INSERT INTO entity_articles (entity, article, mentions) VALUES (?, ?, ?) "
                "ON CONFLICT(entity, article) DO UPDATE SET mentions = excluded.mentions",
                [r for _, rows in writes.articles for r in rows],
            )
            c.executemany(
                "INSERT INTO entity_done (article) VALUES (?)", [(a,) for a in writes.done]
            )

    @staticmethod
    def _counts(store: Store, new: int, stats: Counter[str]) -> dict[str, int]:
        total = store.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        return {
            "new": new,
            "articles": stats["articles"],
            "no_mentions": stats["no_mentions"],
            "mentions_linked": stats["linked"],
            "mentions_ambiguous": stats["ambiguous"],
            "role_references": stats["role-reference"],
            "entities_created": stats["new"],
            "entities": int(total),
        }

    @staticmethod
    def _resolve(
        resolver: Resolver, article: Article, stats: Counter[str]
    ) -> list[tuple[str, str, int]]:
        """Link the article's mentions in place and add its role references; returns its
        ``entity_articles`` rows. The index keeps the entity writes."""
        keep = [i for i in range(len(article.mentions)) if not _is_reference(article, i)]
        named = [article.mentions[i] for i in keep]
        result = resolver.add(Document(article.id, named, article.text, article.published))
        for m, eid in zip(named, result.links, strict=True):
            m.entity = eid
        article.mentions = sorted([*named, *result.references], key=lambda m: (m.start, m.end))
        stats["articles"] += 1
        stats["linked"] += sum(e is not None for e in result.links)
        stats.update(result.stats)
        return sorted((eid, article.id, n) for eid, n in result.counts.items())
