"""Learning page furniture from the corpus: lines an outlet repeats across many articles.

Counts live in the store (``outlet_articles``, ``outlet_lines``) and grow with every new
article. When a line crosses the furniture threshold of its outlet (or falls back under it),
the outlet's stored articles are cleaned again with the new knowledge; nothing else is
recomputed. The per-article clean step gets a small snapshot of the current furniture lines.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from typing import ClassVar

from lagebild.clean.outlet_stats import (
    MIN_WEAK_ARTICLES,
    MIN_WEAK_OUTLET_ARTICLES,
    OutletLineStats,
    outlet_group,
    outlet_key,
)
from lagebild.corpus.base import CorpusStep
from lagebild.model import Article, Mention
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
                cleaned = result.kept[0]
                cleaned.mentions = carry_mentions(article, cleaned)
                with store.atomic() as c:
                    store.update_article(cleaned)
                    if cleaned.text != article.text:
                        # the copy index holds the old text: dedup indexes it again
                        c.execute(
                            "INSERT OR IGNORE INTO reindex (step, article) VALUES ('dedup', ?)",
                            (cleaned.id,),
                        )
                _recount_entities(store, cleaned)
                count += 1
        log.info(
            "re-cleaned %d articles of %d outlets with new furniture lines", count, len(outlets)
        )
        return count


def _line_starts(text: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((line, pos))
        pos += len(line) + 1
    return out


def carry_mentions(old: Article, new: Article) -> list[Mention]:
    """The re-cleaned article's mentions, keeping what corpus steps already added to the old ones.

    Re-cleaning removes whole lines (or sentences) of furniture; the lines both texts share are
    aligned, and a fresh mention on a shared line takes the entity id and roles of the old
    mention at the same place. Role-only references the entity step added on such lines are
    carried over with their new offsets; mentions in removed furniture are gone.
    """
    old_lines, new_lines = _line_starts(old.text), _line_starts(new.text)
    shift: dict[int, int] = {}  # old line start -> new line start, for unchanged lines
    matcher = SequenceMatcher(None, [t for t, _ in old_lines], [t for t, _ in new_lines], False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            shift[old_lines[a + k][1]] = new_lines[b + k][1]
    starts = [pos for _, pos in old_lines]
    by_span: dict[tuple[int, int], Mention] = {}
    for m in old.mentions:
        line_start = starts[bisect_right(starts, m.start) - 1]
        if line_start in shift:
            delta = shift[line_start] - line_start
            by_span[(m.start + delta, m.end + delta)] = m
    out: list[Mention] = []
    for m in new.mentions:
        prev = by_span.pop((m.start, m.end), None)
        if prev is not None and prev.text == m.text:
            m.entity, m.roles = prev.entity, list(prev.roles) or m.roles
        out.append(m)
    for (start, end), prev in by_span.items():
        if prev.entity is not None and new.text[start:end] == prev.text and not prev.base:
            # a role-only reference ("der Kanzler") that only the entity step knew about
            out.append(replace(prev, start=start, end=end, roles=list(prev.roles)))
    return sorted(out, key=lambda m: (m.start, m.end))


def _recount_entities(store: Store, article: Article) -> None:
    """Per-entity mention counts of a re-cleaned article (mentions in furniture are gone)."""
    counts = Counter(m.entity for m in article.mentions if m.entity)
    with store.atomic() as c:
        c.execute("DELETE FROM entity_articles WHERE article = ?", (article.id,))
        c.executemany(
            "INSERT INTO entity_articles (entity, article, mentions) VALUES (?, ?, ?)",
            sorted((eid, article.id, n) for eid, n in counts.items()),
        )
