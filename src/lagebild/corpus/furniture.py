"""Learning page furniture from the corpus: lines an outlet repeats across many articles.

Counts live in the store (``outlet_articles``, ``outlet_lines``) and grow with every new
article. When a line crosses the furniture threshold of its outlet (or falls back under it),
the outlet's stored articles are cleaned again with the new knowledge; nothing else is
recomputed. The per-article clean step gets a small snapshot of the current furniture lines.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from lagebild.clean.outlet_stats import (
    MIN_WEAK_ARTICLES,
    MIN_WEAK_OUTLET_ARTICLES,
    OutletLineStats,
    outlet_group,
    outlet_key,
)
from lagebild.corpus.base import CorpusStep
from lagebild.model import Article
from lagebild.store import Store

log = logging.getLogger(__name__)

FULL, WEAK = 1, 2  # values of outlet_lines.furniture


def source_group(article: Article) -> str | None:
    """The outlet whose furniture an article shares: its outlet, else the domain of its URL."""
    return outlet_group(article.outlet, article.url)


def load_snapshot(store: Store) -> OutletLineStats:
    """Only the lines that are furniture now (full or weak), with their outlets' article counts."""
    stats = OutletLineStats()
    return OutletLineStats.from_rows(
        store.conn.execute("SELECT outlet, articles FROM outlet_articles"),
        store.conn.execute("SELECT outlet, line, count FROM outlet_lines WHERE furniture > 0"),
        min_articles=stats.min_articles,
        min_share=stats.min_share,
        min_outlet_articles=stats.min_outlet_articles,
    )


class FurnitureStep(CorpusStep):
    name: ClassVar[str] = "furniture"

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        batch = OutletLineStats()
        for article in store.iter_articles(new_ids):
            batch.update(source_group(article), article.body)
        outlets, lines = batch.to_rows()
        changed: set[str] = set()
        with store.atomic() as c:
            c.executemany(
                "INSERT INTO outlet_articles (outlet, articles) VALUES (?, ?) "
                "ON CONFLICT(outlet) DO UPDATE SET articles = articles + excluded.articles",
                outlets,
            )
            c.executemany(
                "INSERT INTO outlet_lines (outlet, line, count) VALUES (?, ?, ?) "
                "ON CONFLICT(outlet, line) DO UPDATE SET count = count + excluded.count",
                lines,
            )
            for outlet, _ in outlets:
                total = c.execute(
                    "SELECT articles FROM outlet_articles WHERE outlet = ?", (outlet,)
                ).fetchone()[0]
                # furniture: 1 = full evidence, 2 = weak evidence (a small outlet), 0 = none
                if total >= batch.min_outlet_articles:
                    need, flag = max(batch.min_articles, batch.min_share * total), FULL
                elif total >= MIN_WEAK_OUTLET_ARTICLES:
                    need, flag = MIN_WEAK_ARTICLES, WEAK
                else:
                    continue
                cur = c.execute(
                    "UPDATE outlet_lines SET furniture = (count >= ?) * ? "
                    "WHERE outlet = ? AND furniture != (count >= ?) * ?",
                    (need, flag, outlet, need, flag),
                )
                if cur.rowcount:
                    changed.add(outlet)
        recleaned = self._reclean(store, changed, set(new_ids)) if changed else 0
        n_furniture = store.conn.execute(
            "SELECT COUNT(*) FROM outlet_lines WHERE furniture > 0"
        ).fetchone()[0]
        return {"new": len(new_ids), "furniture_lines": int(n_furniture), "recleaned": recleaned}

    def _reclean(self, store: Store, outlets: set[str], new_ids: set[str]) -> int:
        """Run the per-article steps again on the stored articles of outlets whose furniture changed."""
        from lagebild.registry import default_pipeline

        pipeline = default_pipeline(store)
        ids = [
            aid
            for aid, outlet, url in store.conn.execute("SELECT id, outlet, url FROM articles")
            if (g := outlet_group(outlet, url)) and outlet_key(g) in outlets
        ]
        count = 0
        for article in store.iter_articles(ids):
            fresh = Article(
                source=article.source, raw=article.raw, raw_format=article.raw_format,
                ref=article.ref, url=article.url, outlet=article.outlet, title=article.title,
                author=article.author, published=article.published,
                published_precision=article.published_precision,
                published_source=article.published_source, fetched=article.fetched,
                language=None, input_hash=article.input_hash,
            )  # fmt: skip
            result = pipeline.process_batch([fresh])
            if result.kept:
                store.update_article(result.kept[0])
                count += 1
        log.info(
            "re-cleaned %d articles of %d outlets with new furniture lines", count, len(outlets)
        )
        return count
