"""Inverted index over rare anchor tokens (names, numbers): rewrite candidates.

A paraphrase breaks most shingles, so LSH misses it; its names and numbers survive. For a
new article we look up its :data:`AnchorParams.query_tokens` rarest anchors (by document
frequency so far) and read at most ``postings_cap`` recent articles per token: the cost per
article is bounded by ``query_tokens * postings_cap`` rows whatever the corpus size.
Postings of a token stop growing once its document frequency passes ``df_cap``; such
tokens are never queried.
"""

from __future__ import annotations

import functools
import hashlib
import math
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnchorParams:
    query_tokens: int = 24  # rarest anchors of a new article that are looked up
    postings_cap: int = 50  # most recent articles read per anchor
    df_cap: int = 200  # anchors in more articles than this are too common to point anywhere
    min_shared: int = 3  # anchors a candidate must share (names + numbers; 1-2 is chance)


@functools.lru_cache(maxsize=65_536)  # anchors recur: every token is keyed on query and on add
def token_key(token: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little", signed=True
    )


class AnchorIndex:
    def __init__(self, conn: sqlite3.Connection, params: AnchorParams | None = None) -> None:
        self.conn = conn
        self.params = params or AnchorParams()

    def _df(self, keys: list[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for c in range(0, len(keys), 500):
            part = keys[c : c + 500]
            marks = ",".join("?" * len(part))
            out.update(
                self.conn.execute(
                    f"SELECT key, df FROM dedup_token_df WHERE key IN ({marks})", part
                )
            )
        return out

    def candidates(
        self, tokens: Iterable[str], exclude: int | None = None
    ) -> list[tuple[int, float]]:
        """(doc, idf-weighted shared-anchor score) of articles sharing rare anchors, best first."""
        keys = sorted({token_key(t) for t in tokens})
        if not keys:
            return []
        df = self._df(keys)
        total = int(self.conn.execute("SELECT COALESCE(MAX(doc), 1) FROM dedup_doc").fetchone()[0])
        usable = sorted((d, k) for k, d in df.items() if 0 < d <= self.params.df_cap)
        usable = usable[: self.params.query_tokens]
        score: defaultdict[int, float] = defaultdict(float)
        shared: Counter[int] = Counter()
        sql = "SELECT doc FROM dedup_token WHERE key = ? ORDER BY doc DESC LIMIT ?"
        for d, k in usable:
            w = math.log(1.0 + total / d)
            for (doc,) in self.conn.execute(sql, (k, self.params.postings_cap)):
                if doc != exclude:
                    score[doc] += w
                    shared[doc] += 1
        ranked = sorted(score.items(), key=lambda t: -t[1])
        return [(doc, s) for doc, s in ranked if shared[doc] >= self.params.min_shared]

    def add(self, doc: int, tokens: Iterable[str]) -> None:
        keys = sorted({token_key(t) for t in tokens})
        if not keys:
            return
        df = self._df(keys)
        self.conn.executemany(
            "INSERT INTO dedup_token_df (key, df) VALUES (?, 1)"
            " ON CONFLICT(key) DO UPDATE SET df = df + 1",
            [(k,) for k in keys],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO dedup_token (key, doc) VALUES (?, ?)",
            [(k, doc) for k in keys if df.get(k, 0) < self.params.df_cap],
        )

    def remove(self, doc: int) -> None:
        """Drop a document's postings and its share of the document frequencies.

        Anchors the document had after their frequency passed ``df_cap`` have no posting, so
        their count stays one too high; they are too common to be queried anyway.
        """
        keys = [
            k for (k,) in self.conn.execute("SELECT key FROM dedup_token WHERE doc = ?", (doc,))
        ]
        self.conn.execute("DELETE FROM dedup_token WHERE doc = ?", (doc,))
        self.conn.executemany(
            "UPDATE dedup_token_df SET df = df - 1 WHERE key = ? AND df > 0", [(k,) for k in keys]
        )
