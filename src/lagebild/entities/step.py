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
from typing import ClassVar

from lagebild.corpus.base import CorpusStep
from lagebild.entities.names import DETERMINERS
from lagebild.entities.resolver import Document, DocumentResult, Resolver
from lagebild.entities.storeindex import StoreIndex
from lagebild.model import Article
from lagebild.store import Store

log = logging.getLogger(__name__)


@functools.cache
def _firstnames() -> frozenset[str]:
    """First names from the NER resources (to tell "Frank-Walter" from "Bayern-Profi")."""
    from lagebild.ner.resources import FIRSTNAMES_FILE, MODELS_DIR, read_firstnames

    path = MODELS_DIR / FIRSTNAMES_FILE
    if not path.exists():
        log.warning("%s is missing; hyphenated descriptors are not told from first names", path)
        return frozenset()
    return frozenset(read_firstnames(path))


def _is_reference(article: Article, index: int) -> bool:
    """A role-only reference this step added on an earlier run (no base form, lower-case)."""
    m = article.mentions[index]
    words = m.text.split()
    return not m.base and bool(m.roles) and bool(words) and words[0].lower() in DETERMINERS


class EntityStep(CorpusStep):
    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("mentions",)
    after: ClassVar[tuple[str, ...] | None] = ("furniture",)

    def warm_up(self) -> None:
        _firstnames()

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        # each article is resolved outside any write transaction (reads only), then everything
        # about it is written in one short transaction
        index = StoreIndex(store, deferred=True)
        resolver = Resolver(index, firstnames=_firstnames())
        stats: Counter[str] = Counter()
        for article in store.iter_articles(new_ids):
            done = store.conn.execute(
                "SELECT 1 FROM entity_done WHERE article = ?", (article.id,)
            ).fetchone()
            if done:
                stats["skipped_done"] += 1
                continue
            result = None
            if article.mentions:
                result = self._resolve(resolver, article, stats)
            else:
                stats["no_mentions"] += 1
            with store.atomic() as c:
                index.flush()
                if result is not None:
                    store.update_article(article)
                    c.executemany(
                        "INSERT INTO entity_articles (entity, article, mentions) VALUES (?, ?, ?) "
                        "ON CONFLICT(entity, article) DO UPDATE SET mentions = excluded.mentions",
                        sorted((eid, article.id, n) for eid, n in result.counts.items()),
                    )
                c.execute("INSERT INTO entity_done (article) VALUES (?)", (article.id,))
        total = store.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        return {
            "new": len(new_ids),
            "articles": stats["articles"],
            "no_mentions": stats["no_mentions"],
            "mentions_linked": stats["linked"],
            "mentions_ambiguous": stats["ambiguous"],
            "role_references": stats["role-reference"],
            "entities_created": stats["new"],
            "entities": int(total),
        }

    def _resolve(self, resolver: Resolver, article: Article, stats: Counter[str]) -> DocumentResult:
        """Link the article's mentions (in place) and add its role references; writes nothing
        (the index keeps its writes until flushed)."""
        keep = [i for i in range(len(article.mentions)) if not _is_reference(article, i)]
        named = [article.mentions[i] for i in keep]
        result = resolver.add(Document(article.id, named, article.text, article.published))
        for m, eid in zip(named, result.links, strict=True):
            m.entity = eid
        article.mentions = sorted([*named, *result.references], key=lambda m: (m.start, m.end))
        stats["articles"] += 1
        stats["linked"] += sum(e is not None for e in result.links)
        stats.update(result.stats)
        return result
