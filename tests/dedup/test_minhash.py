from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np
import pytest

from lagebild.dedup.minhash import (
    DedupConfigError,
    MinHasher,
    MinHashParams,
    containment,
    jaccard,
    words,
)


def true_jaccard(a: str, b: str, k: int = 3) -> float:
    def grams(t: str) -> set[tuple[str, ...]]:
        w = words(t)
        return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}

    ga, gb = grams(a), grams(b)
    return len(ga & gb) / len(ga | gb)


def test_shingle_count_matches_word_trigrams(texts: SimpleNamespace) -> None:
    h = MinHasher()
    for text in (
        texts.hafen,
        texts.schule,
        "„Zitat“ – 5 € … über Straße",
        "zwei Wörter",
        "a\x00b c d",
        "",
    ):
        w = words(text)
        k = min(3, len(w))
        want = len({tuple(w[i : i + k]) for i in range(len(w) - k + 1)}) if w else 0
        assert h.shingles(text).size == want


def test_words_treat_unicode_punctuation_as_separators() -> None:
    assert words("„Nordstrand“–Hafen: 14 Mio. €, Größe") == [
        "nordstrand",
        "hafen",
        "14",
        "mio",
        "grösse",
    ]  # casefold: ß -> ss


def test_jaccard_estimate_close_to_true_jaccard(texts: SimpleNamespace) -> None:
    rng = random.Random(3)
    h = MinHasher(MinHashParams(num_perm=256))
    base = (texts.hafen + " " + texts.schule).split()
    errors = []
    for _ in range(40):
        cut = rng.randrange(len(base) // 3, len(base))
        a = " ".join(base)
        b = " ".join(base[:cut] + rng.sample(base, 15))
        est = jaccard(h.signature(a)[0], h.signature(b)[0])
        errors.append(est - true_jaccard(a, b))
    # sd of the estimator is <= 0.5 / sqrt(256) = 0.031
    assert max(abs(e) for e in errors) < 0.12
    assert abs(float(np.mean(errors))) < 0.03


def test_batch_signatures_equal_single_and_are_stable(texts: SimpleNamespace) -> None:
    batch = [texts.hafen, texts.schule, "", "kurz", texts.hafen.upper()]
    sigs, sizes = MinHasher().signatures(batch, chunk=2)
    other = MinHasher()
    for t, s, n in zip(batch, sigs, sizes, strict=True):
        s1, n1 = other.signature(t)
        assert np.array_equal(s, s1) and n == n1
    assert np.array_equal(sigs[0], sigs[4])  # case-folded
    assert jaccard(sigs[2], sigs[2]) == 0.0  # empty text never matches


def test_containment_of_trimmed_copy(texts: SimpleNamespace) -> None:
    h = MinHasher()
    half = ". ".join(texts.hafen.split(". ")[:4])
    (sa, na), (sb, nb) = h.signature(texts.hafen), h.signature(half)
    assert containment(jaccard(sa, sb), na, nb) > 0.8
    assert jaccard(sa, sb) < 0.7


def test_bad_params_say_how_to_fix() -> None:
    with pytest.raises(DedupConfigError, match="num_perm"):
        MinHashParams(num_perm=3)
