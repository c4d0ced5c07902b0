"""Sentence alignment and pair features: the indexed computation equals the plain definition."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.dedup.features import (
    ALIGN_MIN,
    CopyDoc,
    Profile,
    align,
    build_profile,
    pair_features,
)
from lagebild.dedup.minhash import MinHasher

LEMMAS = st.sampled_from([f"w{i}" for i in range(12)])
SENTENCES = st.lists(st.frozensets(LEMMAS, max_size=6), max_size=9)


def _profile(sent_lemmas: list[frozenset[str]]) -> Profile:
    counts: Counter[str] = Counter()
    for s in sent_lemmas:
        counts.update(s)
    return Profile(
        doc=CopyDoc("x", "x"), text_hash="", signature=np.zeros(1, dtype=np.uint32), shingles=0,
        sentences=[""] * len(sent_lemmas), sent_lemmas=sent_lemmas, lemma_counts=counts,
        anchors=[], index_tokens=frozenset(), numbers=frozenset(), title_lemmas=frozenset(),
        quotes=[], cited=frozenset(), outlet_keys=frozenset(), language="de",
    )  # fmt: skip


def _plain_align(sa: list[frozenset[str]], sb: list[frozenset[str]]) -> tuple[object, ...]:
    """Every sentence pair's lemma Jaccard in a dense matrix (the definition)."""
    m = np.zeros((len(sa), len(sb)), dtype=np.float64)
    for i, x in enumerate(sa):
        for j, y in enumerate(sb):
            inter = len(x & y)
            if inter:
                m[i, j] = inter / (len(x) + len(y) - inter)
    if m.size == 0:
        return [], [0.0] * len(sa), [0.0] * len(sb)
    jb = m.argmax(axis=1)
    pairs = [
        (i, int(jb[i]), float(m[i, jb[i]])) for i in range(len(sa)) if m[i, jb[i]] >= ALIGN_MIN
    ]
    return pairs, m.max(axis=1).tolist(), m.max(axis=0).tolist()


@settings(max_examples=300, deadline=None)
@given(SENTENCES, SENTENCES)
def test_align_equals_the_dense_definition(
    sa: list[frozenset[str]], sb: list[frozenset[str]]
) -> None:
    a, b = _profile(sa), _profile(sb)
    for _ in range(2):  # the second time from the profiles' cached sentence index
        got = align(a, b)
        assert (got.pairs, got.best_a, got.best_b) == _plain_align(sa, sb)


def test_pair_features_do_not_depend_on_cached_norms(texts: SimpleNamespace) -> None:
    hasher = MinHasher()
    a = build_profile(CopyDoc("a", texts.hafen), hasher)
    b = build_profile(CopyDoc("b", texts.hafen_rewrite), hasher)
    first = pair_features(a, b)
    fresh_a = build_profile(CopyDoc("a", texts.hafen), hasher)
    fresh_b = build_profile(CopyDoc("b", texts.hafen_rewrite), hasher)
    assert pair_features(a, b) == first == pair_features(fresh_a, fresh_b)
    assert first[-1] > 0.3  # the rewrite shares most content lemmas
