"""Benchmark of duplicate and rewrite detection (quality and speed).

    .venv/bin/python bench/dedup.py            # quality, fixture, speed vs datasketch, scaling
    .venv/bin/python bench/dedup.py --speed    # speed only
    .venv/bin/python bench/dedup.py --train    # refit the rewrite scorer, print its constants

Data: /work/shared/bench-data/10kgnad/test.csv (read-only, never copied into the repo).
Articles are split by position: even rows calibrate (--train), odd rows evaluate.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from lagebild.dedup.engine import DedupConfig, DedupEngine
from lagebild.dedup.exact import text_hash
from lagebild.dedup.features import FEATURES, CopyDoc, align, pair_features
from lagebild.dedup.lsh import IndexedDoc, LSHIndex, LSHParams
from lagebild.dedup.minhash import MinHasher, MinHashParams, words
from lagebild.dedup.schema import ensure_schema
from lagebild.dedup.scoring import EMBED_FEATURES, MIN_ALIGNED_SENTENCES, embed, embed_features
from lagebild.dedup.synth import (
    default_title,
    near_duplicate,
    rewrite,
    same_event_negative,
    sentences,
)
from lagebild.model import Link

DATA = "/work/shared/bench-data/10kgnad/test.csv"


@dataclass
class Row:
    label: str
    text: str


def load_rows() -> list[Row]:
    with open(DATA, encoding="utf-8", newline="") as f:
        return [Row(r[0], r[1]) for r in csv.reader(f, delimiter=";", quotechar="'") if len(r) == 2]


# ---------------------------------------------------------------- speed ----


def speed(rows: list[Row], repeat: int = 2) -> None:
    """Signature + index throughput of ours vs datasketch, same num_perm / bands / shingles."""
    from datasketch import MinHash, MinHashLSH

    rng = random.Random(7)
    texts = [r.text for r in rows]
    originals = rng.sample(range(len(texts)), 600)
    pairs: list[tuple[int, int]] = []
    for k, i in enumerate(originals):
        copy = near_duplicate(texts[i], 1 + k % 3, rng)
        texts.append(copy.text)
        pairs.append((len(texts) - 1, i))
    mp, lp = MinHashParams(), LSHParams()
    n = len(texts)
    print(
        f"\nspeed: {n} texts (1028 articles + 600 near-duplicate copies), num_perm={mp.num_perm},"
        f" bands={lp.bands} x rows={lp.rows}, word {mp.shingle}-shingles"
    )

    def ours() -> tuple[float, float, float]:
        conn = sqlite3.connect(":memory:")
        ensure_schema(conn)
        hashes = [text_hash(t) for t in texts]  # exact-duplicate key, not part of MinHash/LSH
        t0 = time.process_time()
        hasher = MinHasher(mp)
        index = LSHIndex(conn, mp, lp)
        with conn:
            for c in range(0, n, 256):
                part = texts[c : c + 256]
                sigs, sizes = hasher.signatures(part)
                index.add(
                    [
                        IndexedDoc(str(c + i), hashes[c + i], sigs[i], int(sizes[i]), None)
                        for i in range(len(part))
                    ]
                )
        t1 = time.process_time()
        found = 0
        for c, o in pairs:
            sig, _ = hasher.signature(texts[c])
            cand = {d - 1 for d in index.query(sig)}  # doc numbers are 1-based insert order
            found += o in cand
        t2 = time.process_time()
        return n / (t1 - t0), len(pairs) / (t2 - t1), found / len(pairs)

    def theirs() -> tuple[float, float, float]:
        t0 = time.process_time()
        lsh = MinHashLSH(num_perm=mp.num_perm, params=(lp.bands, lp.rows))
        sketches = []
        with lsh.insertion_session() as session:
            for i, t in enumerate(texts):
                w = words(t)
                k = min(mp.shingle, len(w))
                sh = {" ".join(w[j : j + k]).encode() for j in range(len(w) - k + 1)}
                m = MinHash(num_perm=mp.num_perm)
                m.update_batch(sh)
                session.insert(str(i), m)
                sketches.append(m)
        t1 = time.process_time()
        found = 0
        for c, o in pairs:
            w = words(texts[c])
            sh = {" ".join(w[j : j + mp.shingle]).encode() for j in range(len(w) - mp.shingle + 1)}
            m = MinHash(num_perm=mp.num_perm)
            m.update_batch(sh)
            found += str(o) in set(lsh.query(m))
        t2 = time.process_time()
        return n / (t1 - t0), len(pairs) / (t2 - t1), found / len(pairs)

    best_o = max((ours() for _ in range(repeat)), key=lambda r: r[0])
    best_t = max((theirs() for _ in range(repeat)), key=lambda r: r[0])
    print("(process CPU time, best of 2 runs; the machine is shared)")
    print(f"{'':28} {'index docs/s':>13} {'query docs/s':>13} {'recall':>7}")
    print(f"{'lagebild (numpy + SQLite)':28} {best_o[0]:13.0f} {best_o[1]:13.0f} {best_o[2]:7.3f}")
    print(f"{'datasketch (in memory)':28} {best_t[0]:13.0f} {best_t[1]:13.0f} {best_t[2]:7.3f}")
    print(f"speed-up: index {best_o[0] / best_t[0]:.1f}x, query {best_o[1] / best_t[1]:.1f}x")


# -------------------------------------------------------------- quality ----

ORIGIN_OUTLETS = (
    "Tagesanzeiger Nord",
    "Rheinische Post",
    "APA",
    "dpa",
    "Wiener Abendblatt",
    "Kurier am Main",
)
FARM_OUTLETS = (
    "news-heute24.example",
    "infoportal.example",
    "topnews-now.example",
    "schlagzeilen.example",
)
DAY = 86400.0
N_ORIGINALS = 150


@dataclass
class Corpus:
    docs: list[CopyDoc]
    family: dict[str, str]  # doc id -> original id (originals map to themselves)
    kind: dict[str, tuple[str, int]]  # copy id -> (family, strength)


def build_corpus(rows: list[Row], parity: int, seed: int) -> Corpus:
    """Originals, their near duplicates and rewrites at 3 strengths, hard negatives, distractors."""
    rng = random.Random(seed)
    part = [r for i, r in enumerate(rows) if i % 2 == parity]
    eligible = [i for i, r in enumerate(part) if len(sentences(r.text)) >= 6]
    chosen = rng.sample(eligible, min(2 * N_ORIGINALS, len(eligible)))
    originals = set(chosen[:N_ORIGINALS])
    # base texts of the same-event negatives: long articles of the same topic, left out of
    # the corpus so that a negative has no copy relation to anything in it
    spare: dict[str, list[int]] = defaultdict(list)
    for i in chosen[N_ORIGINALS:]:
        spare[part[i].label].append(i)
    bases: dict[int, int] = {}
    for i in sorted(originals):
        if spare[part[i].label]:
            bases[i] = spare[part[i].label].pop()
    left_out = set(bases.values())
    docs: list[CopyDoc] = []
    family: dict[str, str] = {}
    kind: dict[str, tuple[str, int]] = {}
    t0 = 1_700_000_000.0
    for i, r in enumerate(part):
        if i in left_out:
            continue
        oid = f"o{parity}-{i}"
        t = t0 + rng.uniform(0, 30 * DAY)
        outlet = rng.choice(ORIGIN_OUTLETS)
        docs.append(CopyDoc(oid, r.text, default_title(r.text), outlet, None, t))
        family[oid] = oid
        if i not in originals:
            continue
        for s in (1, 2, 3):
            nd = near_duplicate(r.text, s, rng)
            cid = f"{oid}-d{s}"
            docs.append(
                CopyDoc(
                    cid,
                    nd.text,
                    nd.title,
                    rng.choice(FARM_OUTLETS),
                    None,
                    t + rng.uniform(600, 1.5 * DAY),
                )
            )
            family[cid], kind[cid] = oid, ("near_duplicate", s)
            rw = rewrite(r.text, s, rng, outlet)
            cid = f"{oid}-r{s}"
            docs.append(
                CopyDoc(
                    cid,
                    rw.text,
                    rw.title,
                    rng.choice(FARM_OUTLETS),
                    None,
                    t + rng.uniform(600, 1.5 * DAY),
                )
            )
            family[cid], kind[cid] = oid, ("rewrite", s)
        if i in bases:
            neg = same_event_negative(r.text, part[bases[i]].text, rng)
            nid = f"{oid}-n"
            docs.append(
                CopyDoc(
                    nid,
                    neg.text,
                    neg.title,
                    rng.choice(ORIGIN_OUTLETS),
                    None,
                    t + rng.uniform(-0.5 * DAY, 1.5 * DAY),
                )
            )
            family[nid] = nid
    rng.shuffle(docs)  # arrival order is not publication order: direction must not rely on it
    return Corpus(docs, family, kind)


def run_engine(
    corpus: Corpus, config: DedupConfig | None = None
) -> tuple[list[Link], DedupEngine, float]:
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    by_id = {d.id: d for d in corpus.docs}
    engine = DedupEngine(conn, lambda ids: [by_id[i] for i in ids], config)
    links: list[Link] = []
    t0 = time.process_time()
    with conn:
        for c in range(0, len(corpus.docs), 64):
            links.extend(engine.add(corpus.docs[c : c + 64]))
    return links, engine, time.process_time() - t0


def evaluate(corpus: Corpus, links: list[Link]) -> None:
    fam = corpus.family
    linked: dict[str, list[Link]] = defaultdict(list)
    for ln in links:
        linked[ln.source].append(ln)
        linked[ln.target].append(ln)
    print(
        "recall: copy linked to its original; precision: links touching these copies that join"
        " two articles of one copy family;\ndirection: found links pointing copy -> original;"
        " as kind: found links of the family's kind (duplicate / rewrite)"
    )
    head = ("family", "strength", "copies", "precision", "recall", "direction", "as kind")
    print(
        f"{head[0]:16} {head[1]:>8} {head[2]:>6} {head[3]:>9} {head[4]:>7} {head[5]:>9} {head[6]:>7}"
    )
    for family in ("near_duplicate", "rewrite"):
        want = "duplicate" if family == "near_duplicate" else "rewrite"
        for s in (1, 2, 3):
            ids = [c for c, k in corpus.kind.items() if k == (family, s)]
            found = direct = kind_ok = 0
            touching = {id(ln): ln for c in ids for ln in linked[c]}.values()
            good = sum(fam[ln.source] == fam[ln.target] for ln in touching)
            for c in ids:
                o = fam[c]
                hits = [ln for ln in linked[c] if {ln.source, ln.target} == {c, o}]
                if hits:
                    found += 1
                    direct += any(ln.source == c for ln in hits)
                    kind_ok += any(ln.kind == want for ln in hits)
            prec = good / max(1, len(touching))
            print(
                f"{family:16} {s:8d} {len(ids):6d} {prec:9.3f} {found / len(ids):7.3f}"
                f" {direct / max(1, found):9.3f} {kind_ok / max(1, found):7.3f}"
            )
    for k in ("duplicate", "rewrite"):
        ks = [ln for ln in links if ln.kind == k]
        good = sum(fam[ln.source] == fam[ln.target] for ln in ks)
        print(f"precision of {k:9} links: {good}/{len(ks)} = {good / max(1, len(ks)):.3f}")
    bad = [ln for ln in links if fam[ln.source] != fam[ln.target]]
    negs = sum(1 for ln in bad if ln.source.endswith("-n") or ln.target.endswith("-n"))
    print(f"false links: {len(bad)} (touching a same-event negative: {negs})")


def quality(rows: list[Row]) -> None:
    corpus = build_corpus(rows, parity=1, seed=11)
    n_copies = len(corpus.kind)
    n_negs = sum(d.id.endswith("-n") for d in corpus.docs)
    print(
        f"\nquality: {len(corpus.docs)} articles (odd rows of 10kGNAD test.csv; {N_ORIGINALS} originals,"
        f" {n_copies} synthetic copies, {n_negs} same-event negatives), random arrival order"
    )
    links, engine, secs = run_engine(corpus)
    evaluate(corpus, links)
    print(
        f"engine: {len(corpus.docs) / secs:.0f} articles/s incl. scoring; counters {dict(engine.counts)}"
    )


def train(rows: list[Row]) -> None:
    """Fit the cheap and the full logistic model on candidate pairs of the calibration half."""
    from sklearn.linear_model import LogisticRegression

    corpus = build_corpus(rows, parity=0, seed=5)
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    by_id = {d.id: d for d in corpus.docs}
    engine = DedupEngine(
        conn, lambda ids: [by_id[i] for i in ids], DedupConfig(use_embeddings=False)
    )
    X: list[list[float]] = []
    y: list[int] = []
    with conn:
        for d in corpus.docs:
            (p,) = [engine.profiles([d.id])[d.id]]
            for doc in engine.candidates(p, None):
                (row,) = engine.lsh.docs([doc])
                o = engine.profiles([row.article])[row.article]
                al = align(o, p)
                f = pair_features(o, p, al)
                if len(al.pairs) < min(MIN_ALIGNED_SENTENCES, len(o.sentences), len(p.sentences)):
                    continue  # rejected before any scorer
                if f[1] >= engine.config.dup_containment:
                    continue  # decided as duplicate before the scorer
                embed([o, p], engine.encoder)
                X.append(f + embed_features(o, p))
                y.append(int(corpus.family[o.doc.id] == corpus.family[p.doc.id]))
            (doc,) = engine.lsh.add(
                [IndexedDoc(d.id, p.text_hash, p.signature, p.shingles, d.published)]
            )
            engine.anchors.add(doc, p.index_tokens)
    Xa = np.asarray(X)
    print(f"training pairs: {len(y)} ({sum(y)} copies)")
    n_cheap = len(FEATURES)
    i_num = FEATURES.index("numbers")
    models: tuple[tuple[str, list[int]], ...] = (
        ("CHEAP", list(range(n_cheap))),
        ("FULL", list(range(n_cheap + len(EMBED_FEATURES)))),
        ("CROSS", [n_cheap, n_cheap + 1, i_num]),  # CROSS_FEATURES
    )
    for name, cols in models:
        m = LogisticRegression(C=1.0, max_iter=2000).fit(Xa[:, cols], y)
        w = ", ".join(f"{v:.3f}" for v in m.coef_[0])
        print(f"{name}_WEIGHTS = ({w})")
        print(f"{name}_BIAS = {m.intercept_[0]:.3f}")
        pred = m.predict_proba(Xa[:, cols])[:, 1]
        print(f"  # train: {Counter(zip(y, (pred >= 0.5).astype(int).tolist(), strict=True))}")


# -------------------------------------------------------------- scaling ----


SPACING = 300.0  # seconds between articles of the scaling stream (288 a day)


def scaling(rows: list[Row], n_docs: int = 8000, segment: int = 2000) -> None:
    """Cost per new article as the index grows (full engine, cheap signals only).

    Random mixes of real sentences share sentences with more earlier articles the bigger the
    corpus, like boilerplate does; the 7-day window and the candidate cap bound that.
    """
    rng = random.Random(9)
    pool = [s for r in rows for s in sentences(r.text)]
    t0 = 1_700_000_000.0
    docs = [
        CopyDoc(f"m{i}", " ".join(rng.sample(pool, 12)), None, "Mix", None, t0 + i * SPACING)
        for i in range(n_docs)
    ]
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    by_id = {d.id: d for d in docs}
    engine = DedupEngine(
        conn, lambda ids: [by_id[i] for i in ids], DedupConfig(use_embeddings=False)
    )
    print(
        f"\nscaling: {n_docs} articles of 12 random 10kGNAD sentences each, one every"
        f" {SPACING / 60:.0f} min ({n_docs * SPACING / 86400:.0f} days), added 50 at a time"
    )
    print(f"{'index size':>14} {'ms/article':>11} {'candidates/article':>19}")
    for start in range(0, n_docs, segment):
        before = engine.counts["candidates"]
        t = time.process_time()
        with conn:
            for c in range(start, start + segment, 50):
                engine.add(docs[c : c + 50])
        ms = (time.process_time() - t) / segment * 1000  # CPU time
        cand = (engine.counts["candidates"] - before) / segment
        print(f"{start:>6}-{start + segment:<7} {ms:11.2f} {cand:19.2f}")


# ------------------------------------------------------------- fixture ----


def fetch_from(by_id: dict[str, CopyDoc], ids: Sequence[str]) -> list[CopyDoc]:
    return [by_id[i] for i in ids]


def fixture() -> None:
    """The hand-written pairs of tests/fixtures/rewrites (also pinned in tests/dedup)."""
    import json
    from pathlib import Path

    from lagebild.dedup.features import parse_time

    path = Path(__file__).resolve().parent.parent / "tests/fixtures/rewrites/pairs.jsonl"
    if not path.exists():
        print(f"\nfixture: {path} missing, skipped")
        return
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found = right = false = 0
    for p in pairs:
        docs = {
            s: CopyDoc(
                f"{p['id']}-{s}", p[s]["text"], p[s].get("title"), p[s].get("outlet"), None,
                parse_time(p[s].get("published")), tuple(p[s].get("cites", ())),
            )
            for s in "ab"
        }  # fmt: skip
        conn = sqlite3.connect(":memory:")
        ensure_schema(conn)
        by_id = {x.id: x for x in docs.values()}
        engine = DedupEngine(conn, partial(fetch_from, by_id))
        links = engine.add([docs["a"]]) + engine.add([docs["b"]])
        if p["label"] == "independent":
            false += bool(links)
        elif links:
            found += 1
            right += all(ln.target == docs[p["original"]].id for ln in links)
    n_rw = sum(p["label"] == "rewrite" for p in pairs)
    n_ind = len(pairs) - n_rw
    print(
        f"\nfixture (tests/fixtures/rewrites, hand-written): rewrites found {found}/{n_rw},"
        f" right direction {right}/{found}, independent pairs linked {false}/{n_ind}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--speed", action="store_true", help="speed comparison only")
    ap.add_argument("--train", action="store_true", help="refit the rewrite scorer")
    args = ap.parse_args(argv)
    rows = load_rows()
    if args.train:
        train(rows)
        return 0
    if not args.speed:
        quality(rows)
        fixture()
    speed(rows)
    if not args.speed:
        scaling(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
