from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from lagebild.dedup.exact import text_hash
from lagebild.dedup.lsh import IndexedDoc, LSHIndex, LSHParams
from lagebild.dedup.minhash import DedupConfigError, MinHasher
from lagebild.dedup.schema import ensure_schema
from lagebild.dedup.synth import near_duplicate


def corpus(texts: SimpleNamespace) -> list[str]:
    rng = random.Random(1)
    HAFEN, SCHULE = texts.hafen, texts.schule
    out = [HAFEN, SCHULE]
    for s in (1, 2, 3):
        out.append(near_duplicate(HAFEN, s, rng).text)
        out.append(near_duplicate(SCHULE, s, rng).text)
    words = (HAFEN + " " + SCHULE).split()
    for _ in range(20):
        out.append(" ".join(rng.sample(words, 40)))
    return out


def indexed(conn: sqlite3.Connection, corpus: list[str], batch: int) -> LSHIndex:
    ensure_schema(conn)
    index = LSHIndex(conn)
    sigs, sizes = MinHasher().signatures(corpus)
    docs = [
        IndexedDoc(f"a{i}", text_hash(t), sigs[i], int(sizes[i]), None)
        for i, t in enumerate(corpus)
    ]
    for c in range(0, len(docs), batch):
        index.add(docs[c : c + batch])
    return index


def all_candidates(index: LSHIndex, corpus: list[str]) -> list[list[str]]:
    h = MinHasher()
    out = []
    for t in corpus:
        docs = index.docs(index.query(h.signature(t)[0]))
        out.append(sorted(d.article for d in docs))
    return out


def test_incremental_index_equals_batch_build(texts: SimpleNamespace) -> None:
    docs = corpus(texts)
    one_by_one = indexed(sqlite3.connect(":memory:"), docs, batch=1)
    batch = indexed(sqlite3.connect(":memory:"), docs, batch=len(docs))
    assert all_candidates(one_by_one, docs) == all_candidates(batch, docs)
    found = all_candidates(batch, docs)
    assert {"a0", "a2", "a4", "a6"} <= set(found[0])  # the original finds its near duplicates


def test_adding_twice_changes_nothing(texts: SimpleNamespace) -> None:
    conn = sqlite3.connect(":memory:")
    index = indexed(conn, [texts.hafen, texts.schule], batch=2)
    before = conn.execute("SELECT COUNT(*) FROM dedup_band").fetchone()[0]
    sig, n = MinHasher().signature(texts.hafen)
    assert index.add([IndexedDoc("a0", text_hash(texts.hafen), sig, n, None)]) == [1]
    assert conn.execute("SELECT COUNT(*) FROM dedup_band").fetchone()[0] == before


def test_persistence_round_trip(tmp_path: Path, texts: SimpleNamespace) -> None:
    path = tmp_path / "dedup.db"
    docs = corpus(texts)
    conn = sqlite3.connect(path)
    with conn:
        index = indexed(conn, docs, batch=5)
    want = all_candidates(index, docs)
    stored = index.docs([1, 2])
    conn.close()
    conn2 = sqlite3.connect(path)
    again = LSHIndex(conn2)
    assert all_candidates(again, docs) == want
    for a, b in zip(stored, again.docs([1, 2]), strict=True):
        assert a.article == b.article and a.shingles == b.shingles
        assert np.array_equal(a.signature, b.signature)
    with pytest.raises(DedupConfigError, match="rebuild"):
        LSHIndex(conn2, lsh=LSHParams(bands=16, rows=8))
    conn2.close()


def test_exact_duplicates_by_normalised_text(texts: SimpleNamespace) -> None:
    conn = sqlite3.connect(":memory:")
    reflowed = "  " + texts.hafen.upper().replace(". ", ".\n\n")
    index = indexed(conn, [texts.hafen, texts.schule, reflowed], batch=3)
    assert index.exact(text_hash(texts.hafen)) == [1, 3]
    assert index.exact(text_hash(texts.schule)) == [2]
