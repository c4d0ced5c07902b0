"""Fitting the join model: oracle pairs, logistic regression, threshold by clustering F1.

An oracle run replays a labelled set in publication order with the gold clustering: each
article is scored against the candidate stories the index returns (plus its gold story when
the index missed it), the pair labelled 1 when the candidate is its gold story; then it joins
its gold story. A logistic regression over these pairs gives the weights; the join threshold
is the one whose real (non-oracle) clustering run scores the best mean BCubed F1.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import numpy as np

from lagebild.stories import crosslang
from lagebild.stories.engine import (
    StoryConfig,
    StoryEngine,
    StoryState,
    Vector,
    publication_order,
)
from lagebild.stories.metrics import evaluate
from lagebild.stories.scoring import (
    CROSS_FEATURES,
    FEATURES,
    HEADLINE_FEATURES,
    Coefficients,
    LinkModel,
)
from lagebild.stories.text import REPRESENTATIONS, Bags, StoryDoc

Labelled = tuple[list[StoryDoc], dict[str, str]]
# Only the wrong candidates closest to the article (by summed cosines) are kept as negatives:
# the decision that matters is gold story vs. the most similar other story, not vs. noise.
HARD_NEGATIVES = 3
N_REPS = len(REPRESENTATIONS)
THRESHOLDS = (0.02, 0.05, *(round(0.1 + 0.05 * i, 2) for i in range(13)))  # 0.02 ... 0.7


def _oracle_run(
    docs: Sequence[StoryDoc], gold: dict[str, str], config: StoryConfig | None
) -> Iterator[tuple[StoryEngine, StoryDoc, Bags, dict[str, Vector], str, list[str]]]:
    """Replay ``docs`` in publication order with the gold clustering: yield each article with
    its candidate stories (its gold story added when the index missed it), then let it join
    its gold story."""
    engine = StoryEngine(config)
    ordered = publication_order(docs)
    prepared = engine.prepare(ordered)
    for doc in ordered:
        b = prepared[doc.id]
        vecs = engine.observe(b)
        target = "gold:" + gold[doc.id]
        cands = engine.candidates(doc, vecs)
        if target in engine.stories and target not in cands:
            cands.append(target)
        yield engine, doc, b, vecs, target, cands
        if target not in engine.stories:
            engine.stories[target] = StoryState(id=target)
        engine.absorb(doc, b, vecs, target)


def oracle_pairs(
    docs: Sequence[StoryDoc],
    gold: dict[str, str],
    config: StoryConfig | None = None,
    embed: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, 0/1 labels and headline-only flags of every (article, candidate story)
    pair of an oracle run; the last column is the headline-embedding cosine (computed for
    headline-only articles when ``embed``, else 0)."""
    rows: list[list[float]] = []
    labels: list[int] = []
    kinds: list[bool] = []
    for engine, doc, b, vecs, target, cands in _oracle_run(docs, gold, config):
        scored = []
        for sid in cands:
            st = engine.stories[sid]
            f = engine.features(doc, vecs, st)
            f.append(engine.headline_embed(doc, b, st) if embed and b.title_only else 0.0)
            scored.append((f, sid))
        negatives = sorted(
            (f for f, sid in scored if sid != target), key=lambda f: -sum(f[:N_REPS])
        )[:HARD_NEGATIVES]
        positives = [f for f, sid in scored if sid == target]
        for f, label in [(f, 1) for f in positives] + [(f, 0) for f in negatives]:
            rows.append(f)
            labels.append(label)
            kinds.append(b.title_only)
    return np.asarray(rows, dtype=float), np.asarray(labels, dtype=int), np.asarray(kinds)


def _logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[tuple[float, ...], float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1.0, max_iter=5000)
    lr.fit(x, y, sample_weight=w * len(y) / w.sum())
    return tuple(round(float(c), 3) for c in lr.coef_[0]), round(float(lr.intercept_[0]), 3)


def _mean_f1(sets: Sequence[Labelled], config: StoryConfig) -> list[float]:
    out = []
    for docs, gold in sets:
        engine = StoryEngine(config)
        pred = {a.article: a.story for a in engine.add_all(docs)}
        out.append(evaluate(gold, pred).bcubed_f1)
    return out


def fit(
    sets: Sequence[Labelled],
    config: StoryConfig | None = None,
    headline_features: tuple[str, ...] = HEADLINE_FEATURES,
) -> str:
    """Fit both models and their thresholds on the labelled sets; returns the constants."""
    config = config or StoryConfig()
    embed = "headline_embed" in headline_features
    parts = [oracle_pairs(docs, gold, config, embed) for docs, gold in sets]
    lines: list[str] = []
    fitted: dict[bool, tuple[tuple[float, ...], float]] = {}
    for headline in (True, False):
        xs, ys, ws = [], [], []
        width = len(headline_features) if headline else len(FEATURES)
        for x, y, k in parts:
            sel = k == headline
            if sel.any():
                xs.append(x[sel][:, :width])
                ys.append(y[sel])
                ws.append(np.full(int(sel.sum()), 1.0 / sel.sum()))  # each set weighs the same
        x_all, y_all, w_all = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
        fitted[headline] = _logistic(x_all, y_all, w_all)
        kind = "headline" if headline else "full"
        lines.append(f"{kind}: {len(y_all)} pairs ({int(y_all.sum())} positive)")
    model = LinkModel(
        Coefficients(*fitted[False], 0.5),
        Coefficients(*fitted[True], 0.5, headline_features),
        config.model.cross,
    )
    best = {}
    for kind in ("full", "headline"):
        scores = []
        for thr in THRESHOLDS:
            coef = getattr(model, kind)
            trial = replace(model, **{kind: replace(coef, threshold=thr)})
            f1s = _mean_f1(sets, replace(config, model=trial))
            scores.append((sum(f1s) / len(f1s), thr))
            lines.append(
                f"{kind} threshold {thr:.2f}: BCubed F1 " + " ".join(f"{f:.3f}" for f in f1s)
            )
        best[kind] = max(scores)
        model = replace(model, **{kind: replace(getattr(model, kind), threshold=best[kind][1])})
    lines.append(f"FEATURES = {FEATURES}; HEADLINE_FEATURES = {headline_features}")
    for kind in ("full", "headline"):
        coef = getattr(model, kind)
        name = kind.upper()
        lines.append(f"{name}_WEIGHTS: tuple[float, ...] = {coef.weights}")
        lines.append(f"{name}_BIAS = {coef.bias}")
        lines.append(
            f"{name}_THRESHOLD = {coef.threshold}  # mean tune BCubed F1 {best[kind][0]:.3f}"
        )
    return "\n".join(lines)


def cross_pairs(
    docs: Sequence[StoryDoc], gold: dict[str, str], config: StoryConfig | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Language-free feature rows and labels of an oracle run: every candidate pair that
    shares enough names (the gate of the cross-language path), gold story vs. the closest
    wrong ones."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for engine, doc, b, vecs, target, cands in _oracle_run(docs, gold, config):
        scored = []
        for sid in cands:
            st = engine.stories[sid]
            if crosslang.shared_entities(doc, vecs, st) >= crosslang.MIN_SHARED_ENTITIES:
                scored.append((engine.language_free_features(doc, b, vecs, st), sid))
        negatives = sorted((f for f, sid in scored if sid != target), key=lambda f: -sum(f))
        for f, label in [(f, 1) for f, sid in scored if sid == target] + [
            (f, 0) for f in negatives[:HARD_NEGATIVES]
        ]:
            rows.append(f)
            labels.append(label)
    return np.asarray(rows, dtype=float), np.asarray(labels, dtype=int)


def fit_cross(sets: Sequence[Labelled], config: StoryConfig | None = None) -> str:
    """Fit the language-free model and its threshold (clustering runs that use it alone)."""
    config = replace(config or StoryConfig(), language_free=True)
    parts = [cross_pairs(docs, gold, config) for docs, gold in sets]
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([np.full(len(p[1]), 1.0 / max(1, len(p[1]))) for p in parts])
    weights, bias = _logistic(x, y, w)
    lines = [f"cross: {len(y)} pairs ({int(y.sum())} positive)"]
    scores = []
    for thr in THRESHOLDS:
        model = replace(config.model, cross=Coefficients(weights, bias, thr, CROSS_FEATURES))
        f1s = _mean_f1(sets, replace(config, model=model))
        scores.append((sum(f1s) / len(f1s), thr))
        lines.append(f"cross threshold {thr:.2f}: BCubed F1 " + " ".join(f"{f:.3f}" for f in f1s))
    best = max(scores)
    lines.append(f"CROSS_FEATURES = {CROSS_FEATURES}")
    lines.append(f"CROSS_WEIGHTS: tuple[float, ...] = {weights}")
    lines.append(f"CROSS_BIAS = {bias}")
    lines.append(f"CROSS_THRESHOLD = {best[1]}  # mean tune BCubed F1 {best[0]:.3f}")
    return "\n".join(lines)
