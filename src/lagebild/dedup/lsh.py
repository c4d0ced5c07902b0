"""Persistent, incremental MinHash LSH index in SQLite.

Adding an article writes its signature row and ``bands`` bucket rows; nothing is rebuilt.
A lookup reads ``bands`` buckets through the primary-key index, each capped at
``max_bucket`` rows, so the cost per article is bounded whatever the corpus size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from lagebild.dedup.minhash import (
    U32,
    U64,
    DedupConfigError,
    MinHashParams,
    splitmix64,
)


@dataclass(frozen=True, slots=True)
class LSHParams:
    """Banding of the signature: ``bands`` bands of ``rows`` values.

    32 x 4 over 128 permutations puts the 50 % candidate probability at Jaccard ~0.42
    ((1/32)^(1/4)); calibrated on bench/dedup.py so that trimmed, noisy reprints (Jaccard
    0.3-0.6) are found while two unrelated articles almost never share a bucket.
    """

    bands: int = 32
    rows: int = 4
    max_bucket: int = 64  # rows read per bucket; a bucket this full is boilerplate

    def check(self, minhash: MinHashParams) -> None:
        if self.bands < 1 or self.rows < 1 or self.bands * self.rows > minhash.num_perm:
            raise DedupConfigError(
                f"bands={self.bands} x rows={self.rows} does not fit num_perm={minhash.num_perm};"
                " choose bands * rows <= num_perm"
            )


@dataclass(frozen=True, slots=True)
class IndexedDoc:
    """One article as the index sees it."""

    article: str
    text_hash: str
    signature: U32
    shingles: int
    published: float | None  # epoch seconds


def band_keys(sigs: U32, lsh: LSHParams) -> npt.NDArray[np.int64]:
    """SQLite-ready int64 bucket keys, shape ``(n, bands)``, for signatures ``(n, num_perm)``."""
    sigs2 = np.atleast_2d(sigs)
    n = sigs2.shape[0]
    v = sigs2[:, : lsh.bands * lsh.rows].reshape(n, lsh.bands, lsh.rows).astype(np.uint64)
    rng = np.random.default_rng(lsh.rows * 1000003 + lsh.bands)
    mult: U64 = rng.integers(1, 1 << 63, size=lsh.rows, dtype=np.uint64) | np.uint64(1)
    h: U64 = (v * mult).sum(axis=2, dtype=np.uint64)
    h += np.arange(lsh.bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    return splitmix64(h).view(np.int64)


class LSHIndex:
    """MinHash LSH over a plain ``sqlite3.Connection`` holding :data:`DEDUP_SCHEMA`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        minhash: MinHashParams | None = None,
        lsh: LSHParams | None = None,
    ) -> None:
        self.conn = conn
        self.minhash = minhash or MinHashParams()
        self.lsh = lsh or LSHParams()
        self.lsh.check(self.minhash)
        self._check_meta()

    def _check_meta(self) -> None:
        want = {
            "num_perm": str(self.minhash.num_perm),
            "shingle": str(self.minhash.shingle),
            "seed": str(self.minhash.seed),
            "bands": str(self.lsh.bands),
            "rows": str(self.lsh.rows),
        }
        have = dict(self.conn.execute("SELECT name, value FROM dedup_meta").fetchall())
        if not have:
            self.conn.executemany("INSERT INTO dedup_meta VALUES (?, ?)", sorted(want.items()))
            return
        diff = {k: (have.get(k), v) for k, v in want.items() if have.get(k) != v}
        if diff:
            raise DedupConfigError(
                f"dedup index was built with other parameters {diff} (stored, requested);"
                " use the stored parameters or rebuild the index (drop the dedup_* tables)"
            )

    def add(self, docs: Sequence[IndexedDoc]) -> list[int]:
        """Index articles (idempotent per article id); returns their internal doc numbers."""
        if not docs:
            return []
        known = self._known([d.article for d in docs])
        row = self.conn.execute("SELECT COALESCE(MAX(doc), 0) FROM dedup_doc").fetchone()
        next_doc = int(row[0]) + 1
        doc_ids: list[int] = []
        new_rows: list[tuple[int, str, str, bytes, int, float | None]] = []
        fresh: list[int] = []
        for i, d in enumerate(docs):
            if d.article in known:
                doc_ids.append(known[d.article])
                continue
            known[d.article] = next_doc
            doc_ids.append(next_doc)
            sig = d.signature.astype("<u4").tobytes()
            new_rows.append((next_doc, d.article, d.text_hash, sig, d.shingles, d.published))
            next_doc += 1
            if d.shingles > 0:
                fresh.append(i)
        self.conn.executemany(
            "INSERT INTO dedup_doc (doc, article, text_hash, signature, shingles, published)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            new_rows,
        )
        if fresh:
            keys = band_keys(np.stack([docs[i].signature for i in fresh]), self.lsh)
            owners = np.repeat(
                np.asarray([doc_ids[i] for i in fresh], dtype=np.int64), self.lsh.bands
            )
            flat = keys.ravel()
            order = np.argsort(flat, kind="stable")  # key order: B-tree appends stay local
            self.conn.executemany(
                "INSERT OR IGNORE INTO dedup_band (key, doc) VALUES (?, ?)",
                zip(flat[order].tolist(), owners[order].tolist(), strict=True),
            )
        return doc_ids

    def _known(self, articles: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in range(0, len(articles), 500):
            part = articles[c : c + 500]
            marks = ",".join("?" * len(part))
            sql = f"SELECT article, doc FROM dedup_doc WHERE article IN ({marks})"
            out.update((a, int(d)) for a, d in self.conn.execute(sql, part))
        return out

    def query(self, signature: U32, exclude: int | None = None) -> list[int]:
        """Doc numbers sharing at least one bucket with ``signature`` (bounded per bucket)."""
        if np.all(signature == np.uint32(0xFFFFFFFF)):
            return []
        keys = band_keys(signature, self.lsh)[0].tolist()
        # one statement, one capped index range scan per bucket
        sub = "SELECT doc FROM (SELECT doc FROM dedup_band WHERE key = ? ORDER BY doc DESC LIMIT ?)"
        sql = " UNION ".join([sub] * len(keys))
        params: list[int] = []
        for k in keys:
            params += (k, self.lsh.max_bucket)
        found = {r[0] for r in self.conn.execute(sql, params)}
        found.discard(exclude if exclude is not None else -1)
        return sorted(found)

    def exact(self, text_hash: str) -> list[int]:
        """Doc numbers with the same normalised-text hash, oldest first."""
        rows = self.conn.execute(
            "SELECT doc FROM dedup_doc WHERE text_hash = ? ORDER BY doc LIMIT ?",
            (text_hash, self.lsh.max_bucket),
        )
        return [r[0] for r in rows]

    def docs(self, doc_ids: Sequence[int]) -> list[IndexedDoc]:
        """Stored rows of the given doc numbers, in that order."""
        out: dict[int, IndexedDoc] = {}
        for chunk in range(0, len(doc_ids), 500):
            part = list(doc_ids[chunk : chunk + 500])
            marks = ",".join("?" * len(part))
            for doc, art, th, blob, n, pub in self.conn.execute(
                "SELECT doc, article, text_hash, signature, shingles, published FROM dedup_doc"
                f" WHERE doc IN ({marks})",
                part,
            ):
                sig = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
                out[doc] = IndexedDoc(art, th, sig, int(n), pub)
        missing = [d for d in doc_ids if d not in out]
        if missing:
            raise KeyError(f"doc numbers {missing[:5]} are not in dedup_doc")
        return [out[d] for d in doc_ids]

    def published(self, doc_ids: Sequence[int]) -> dict[int, float | None]:
        """Publication time (epoch seconds or None) of the given doc numbers."""
        out: dict[int, float | None] = {}
        for c in range(0, len(doc_ids), 500):
            part = list(doc_ids[c : c + 500])
            marks = ",".join("?" * len(part))
            sql = f"SELECT doc, published FROM dedup_doc WHERE doc IN ({marks})"
            out.update((int(d), p) for d, p in self.conn.execute(sql, part))
        return out

    def remove(self, article: str) -> int | None:
        """Drop an article's row and buckets (its text changed); returns its old doc number."""
        doc = self.doc_number(article)
        if doc is not None:
            self.conn.execute("DELETE FROM dedup_band WHERE doc = ?", (doc,))
            self.conn.execute("DELETE FROM dedup_doc WHERE doc = ?", (doc,))
        return doc

    def doc_number(self, article: str) -> int | None:
        row = self.conn.execute(
            "SELECT doc FROM dedup_doc WHERE article = ?", (article,)
        ).fetchone()
        return None if row is None else int(row[0])
