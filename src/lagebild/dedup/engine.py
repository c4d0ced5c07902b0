"""Copy detection for a stream of articles against a persistent index.

For each new article: candidates (same normalised text, LSH buckets, shared rare anchors,
all bounded and within a time window), then per candidate a decision: ``duplicate`` when
most shingles are shared, ``rewrite`` when the logistic score over paraphrase-proof signals
(and, if undecided, sentence embeddings) passes the threshold, otherwise nothing. The
direction decides which article is the copy. The engine works on a plain
``sqlite3.Connection`` and a ``fetch`` callback for candidate texts; it never sees the Store.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from lagebild.dedup.anchors import AnchorIndex, AnchorParams
from lagebild.dedup.direction import decide
from lagebild.dedup.features import (
    FEATURES,
    Alignment,
    CopyDoc,
    Profile,
    align,
    build_profile,
    cites_other,
    languages_differ,
    pair_features,
    shared_quotes,
)
from lagebild.dedup.lsh import IndexedDoc, LSHIndex, LSHParams
from lagebild.dedup.minhash import MinHasher, MinHashParams
from lagebild.dedup.scoring import (
    CITE_BONUS,
    EMBED_FEATURES,
    EMBED_MATCH,
    MIN_ALIGNED_SENTENCES,
    MIN_REWRITE_LENGTH_RATIO,
    THRESHOLD,
    UNDECIDED,
    SentenceEncoder,
    cheap_logit,
    cross_logit,
    embed,
    embed_best,
    embed_features,
    full_logit,
    sigmoid,
)
from lagebild.errors import LagebildError
from lagebild.model import Link, LinkKind

log = logging.getLogger(__name__)

Fetch = Callable[[Sequence[str]], Sequence[CopyDoc]]


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Tuning of the copy detector (see bench/dedup.py for what each was calibrated on)."""

    window_days: float = 7.0  # copies appear within days; older articles are not candidates
    max_candidates: int = 24  # candidates scored per new article (anchor ranking order)
    # shingle containment from which a pair is a duplicate: synthetic near duplicates of the
    # strongest level are >= 0.66 (5th percentile), strong rewrites <= 0.47 (95th) on bench/dedup.py
    dup_containment: float = 0.6
    dup_min_shingles: int = 8  # shorter texts are only exact duplicates
    use_embeddings: bool = True
    profile_cache: int = 4096
    max_text_chars: int = 200_000  # longer texts are compared on their first 200k characters
    minhash: MinHashParams = field(default_factory=MinHashParams)
    lsh: LSHParams = field(default_factory=LSHParams)
    anchors: AnchorParams = field(default_factory=AnchorParams)

    def __post_init__(self) -> None:
        if not 0.0 < self.dup_containment <= 1.0:
            raise LagebildError(f"dup_containment={self.dup_containment} must be in (0, 1]")
        if self.window_days <= 0 or self.max_candidates < 1:
            raise LagebildError("window_days must be > 0 and max_candidates >= 1")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on one candidate pair (kept for evaluation and evidence)."""

    kind: LinkKind | None
    score: float
    features: list[float]
    used_embeddings: bool
    cited: bool


class DedupEngine:
    def __init__(
        self,
        conn: sqlite3.Connection,
        fetch: Fetch,
        config: DedupConfig | None = None,
        encoder: SentenceEncoder | None = None,
    ) -> None:
        self.conn = conn
        self.fetch = fetch
        self.config = config or DedupConfig()
        self.hasher = MinHasher(self.config.minhash)
        self.lsh = LSHIndex(conn, self.config.minhash, self.config.lsh)
        self.anchors = AnchorIndex(conn, self.config.anchors)
        self.encoder = encoder if encoder is not None else SentenceEncoder()
        self._cache: OrderedDict[str, Profile] = OrderedDict()
        self.counts: Counter[str] = Counter()

    # -- profiles ---------------------------------------------------------------------------
    def _remember(self, p: Profile) -> None:
        self._cache[p.doc.id] = p
        self._cache.move_to_end(p.doc.id)
        while len(self._cache) > self.config.profile_cache:
            self._cache.popitem(last=False)

    def profiles(self, ids: Sequence[str]) -> dict[str, Profile]:
        out = {i: self._cache[i] for i in ids if i in self._cache}
        missing = [i for i in ids if i not in out]
        if missing:
            for d in self.fetch(missing):
                p = build_profile(d, self.hasher)
                self._remember(p)
                out[d.id] = p
        return out

    # -- decisions --------------------------------------------------------------------------
    def judge(self, a: Profile, b: Profile) -> tuple[Verdict, list[dict[str, Any]]]:
        """Decide whether a and b are copies of each other (no direction yet)."""
        if a.text_hash == b.text_hash and a.doc.text.strip():
            return Verdict("duplicate", 1.0, [], False, False), [{"type": "exact"}]
        cited = cites_other(a, b) or cites_other(b, a)
        bonus = CITE_BONUS if cited else 0.0
        al = align(a, b)
        f = pair_features(a, b, al)
        need = min(MIN_ALIGNED_SENTENCES, len(a.sentences), len(b.sentences))
        if languages_differ(a, b):
            return self._judge_cross(a, b, f, bonus, cited, need)
        if len(al.pairs) < need:
            return Verdict(None, 0.0, f, False, cited), []
        j, c = f[0], f[1]
        if (
            c >= self.config.dup_containment
            and min(a.shingles, b.shingles) >= self.config.dup_min_shingles
        ):
            ev: list[dict[str, Any]] = [
                {"type": "shingles", "jaccard": round(j, 3), "containment": round(c, 3)},
                *self._sentence_evidence(a, b, al, 3),
            ]
            return Verdict("duplicate", c, f, False, cited), ev
        if not cited and length_ratio(a, b) < MIN_REWRITE_LENGTH_RATIO:
            return Verdict(None, 0.0, f, False, cited), []
        p = sigmoid(cheap_logit(f) + bonus)
        used = False
        if self.config.use_embeddings and UNDECIDED[0] < p < UNDECIDED[1]:
            embed([a, b], self.encoder)
            f = f + embed_features(a, b)
            p = sigmoid(full_logit(f) + bonus)
            used = True
            self.counts["embedded_pairs"] += 1
        if p < THRESHOLD:
            return Verdict(None, p, f, used, cited), []
        return Verdict("rewrite", p, f, used, cited), self._evidence(a, b, al, f, cited)

    def _judge_cross(
        self, a: Profile, b: Profile, f: list[float], bonus: float, cited: bool, need: int
    ) -> tuple[Verdict, list[dict[str, Any]]]:
        """Two languages: only embeddings and numbers carry over (a translation is a rewrite)."""
        if not self.config.use_embeddings or (
            not cited and length_ratio(a, b) < MIN_REWRITE_LENGTH_RATIO
        ):
            return Verdict(None, 0.0, f, False, cited), []
        embed([a, b], self.encoder)
        self.counts["embedded_pairs"] += 1
        best = embed_best(a, b)
        e = [float(best.mean()), float((best >= EMBED_MATCH).mean())]
        p = sigmoid(cross_logit([*e, f[FEATURES.index("numbers")]]) + bonus)
        if p < THRESHOLD or int((best >= EMBED_MATCH).sum()) < need:
            return Verdict(None, p, f + e, True, cited), []
        ea, eb = a.embeddings, b.embeddings
        if ea is None or eb is None:
            raise ValueError(f"no embeddings for {a.doc.id} / {b.doc.id} after scoring.embed")
        short, other, sims = (a, b, ea @ eb.T) if len(ea) <= len(eb) else (b, a, eb @ ea.T)
        pairs = sorted(
            ((i, int(sims[i].argmax()), float(sims[i].max())) for i in range(len(sims))),
            key=lambda t: -t[2],
        )[:5]
        ev: list[dict[str, Any]] = [
            {
                "type": "sentences",
                "a": short.sentences[i],
                "b": other.sentences[k],
                "score": round(s, 3),
                "by": "embedding",
            }
            for i, k, s in pairs
            if s >= EMBED_MATCH
        ]
        ev.append(
            {
                "type": "features",
                "languages": [a.language, b.language],
                "embed_mean": round(e[0], 3),
                "embed_cov": round(e[1], 3),
            }
        )
        return Verdict("rewrite", p, f + e, True, cited), ev

    @staticmethod
    def _sentence_evidence(a: Profile, b: Profile, al: Alignment, n: int) -> list[dict[str, Any]]:
        return [
            {"type": "sentences", "a": a.sentences[i], "b": b.sentences[k], "score": round(s, 3)}
            for i, k, s in sorted(al.pairs, key=lambda t: -t[2])[:n]
        ]

    @staticmethod
    def _evidence(
        a: Profile, b: Profile, al: Alignment, f: list[float], cited: bool
    ) -> list[dict[str, Any]]:
        ev = DedupEngine._sentence_evidence(a, b, al, 5)
        quotes = shared_quotes(a, b)
        if quotes:
            ev.append({"type": "quotes", "shared": quotes[:5]})
        names = (*FEATURES, *EMBED_FEATURES)
        ev.append(
            {
                "type": "features",
                "cited": cited,
                **{n: round(v, 3) for n, v in zip(names, f, strict=False)},
            }
        )
        return ev

    def candidates(self, p: Profile, doc: int | None) -> list[int]:
        """Doc numbers worth judging against ``p``: same text, shared LSH bucket or shared rare
        anchors, published within the window; at most ``max_candidates``, strongest first."""
        cfg = self.config
        found: dict[int, float] = {}
        for d in self.lsh.exact(p.text_hash):
            found[d] = 1e9
        for d in self.lsh.query(p.signature):
            found.setdefault(d, 1e6)
        for d, s in self.anchors.candidates(p.index_tokens, exclude=doc):
            found.setdefault(d, s)
        found.pop(doc if doc is not None else -1, None)
        t = p.doc.published
        if t is not None and found:
            window = cfg.window_days * 86400.0
            times = self.lsh.published(list(found))

            def near(d: int) -> bool:
                other = times.get(d)
                return other is None or abs(other - t) <= window

            found = {d: s for d, s in found.items() if near(d)}
        return sorted(found, key=lambda d: -found[d])[: cfg.max_candidates]

    # -- the stream -------------------------------------------------------------------------
    def forget(self, article: str) -> bool:
        """Take an article out of the index (before adding its changed text again)."""
        doc = self.lsh.remove(article)
        if doc is None:
            return False
        self.anchors.remove(doc)
        self._cache.pop(article, None)
        self.counts["reindexed"] += 1
        return True

    def add(self, docs: Sequence[CopyDoc]) -> list[Link]:
        """Index new articles in order and return the copy links they create."""
        links: list[Link] = []
        if not docs:
            return links
        cap = self.config.max_text_chars
        if any(len(d.text) > cap for d in docs):
            self.counts["truncated"] += sum(len(d.text) > cap for d in docs)
            docs = [replace(d, text=d.text[:cap]) if len(d.text) > cap else d for d in docs]
        sigs, sizes = self.hasher.signatures([d.text for d in docs])
        for d, sig, n in zip(docs, sigs, sizes.tolist(), strict=True):
            p = build_profile(d, self.hasher, (sig, n))
            self._remember(p)
            if self.lsh.doc_number(d.id) is not None:
                self.counts["known"] += 1
                continue
            cand = self.candidates(p, None)
            self.counts["candidates"] += len(cand)
            rows = self.lsh.docs(cand)
            profs = self.profiles([r.article for r in rows])
            links.extend(self._link(p, [profs[r.article] for r in rows if r.article in profs]))
            (doc,) = self.lsh.add(
                [IndexedDoc(d.id, p.text_hash, p.signature, p.shingles, d.published)]
            )
            self.anchors.add(doc, p.index_tokens)
            self.counts["indexed"] += 1
        return links

    def _link(self, new: Profile, others: list[Profile]) -> list[Link]:
        as_copy: list[tuple[Profile, Verdict, list[dict[str, Any]], LinkKind]] = []
        out: list[Link] = []
        for o in others:
            v, ev = self.judge(o, new)
            kind = v.kind
            if kind is None:
                continue
            direction = decide(o, new)
            ev = [{"type": "direction", "reason": direction.reason}, *ev]
            if direction.copy is new:
                as_copy.append((o, v, ev, kind))
            else:
                out.append(Link(o.doc.id, new.doc.id, kind, round(v.score, 4), ev))
                self.counts[kind] += 1
        if as_copy:
            # link to the most original match: earliest published, then first seen
            o, v, ev, kind = min(
                as_copy, key=lambda t: (t[0].doc.published is None, t[0].doc.published or 0.0)
            )
            out.append(Link(new.doc.id, o.doc.id, kind, round(v.score, 4), ev))
            self.counts[kind] += 1
        return out


def length_ratio(a: Profile, b: Profile) -> float:
    """Shorter body length over longer body length (characters), 0 when one is empty."""
    la, lb = len(a.doc.text), len(b.doc.text)
    return min(la, lb) / max(la, lb) if la and lb else 0.0
