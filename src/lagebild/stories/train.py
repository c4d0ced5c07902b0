"""Fitting the join model: oracle pairs, logistic regression, threshold by clustering F1.

An oracle run replays a labelled set in publication order with the gold clustering: each
article is scored against the candidate stories the index returns (plus its gold story when
the index missed it), the pair labelled 1 when the candidate is its gold story; then it joins
its gold story. A logistic regression over these pairs gives the weights; the join threshold
is the one whose real (non-oracle) clustering runs score the best mean BCubed F1, averaged
over the labelled sets and over several arrival orders of each. One headline embedder serves
all runs, so every text is encoded once.
"""

from __future__ import annotations

import random
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
    FULL_FEATURES,
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
# Arrival orders per labelled set in the threshold sweep (as given + shuffled copies): the
# threshold must not fit one order's accidents.
ORDERS = 3
THRESHOLDS = (0.02, 0.05, *(round(0.1 + 0.05 * i, 2) for i in range(13)))  # 0.02 ... 0.7


def _oracle_run(
    docs: Sequence[StoryDoc],
    gold: dict[str, str],
    config: StoryConfig | None,
    embedder: crosslang.HeadlineEmbedder | None = None,
) -> Iterator[tuple[StoryEngine, StoryDoc, Bags, dict[str, Vector], str, list[str]]]:
    """Replay ``docs`` in publication order with the gold clustering: yield each article with
    its candidate stories (its gold story added when the index missed it), then let it join
    its gold story."""
    engine = StoryEngine(config, embedder=embedder)
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
    extra: Sequence[str] = (),
    embedder: crosslang.HeadlineEmbedder | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, 0/1 labels and headline-only flags of every (article, candidate story)
    pair of an oracle run: :data:`FEATURES`, then the ``extra`` features in that order."""
    rows: list[list[float]] = []
    labels: list[int] = []
    kinds: list[bool] = []
    for engine, doc, b, vecs, target, cands in _oracle_run(docs, gold, config, embedder):
        scored = []
        for sid in cands:
            st = engine.stories[sid]
            f = engine.features(doc, vecs, st) + engine.extra_features(extra, doc, b, st)
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


def arrival_orders(docs: Sequence[StoryDoc], n: int, seed: int = 0) -> list[list[StoryDoc]]:
    """``docs`` as given, then ``n - 1`` shuffled copies whose dates are spread evenly over the
    same span in the shuffled order (publication order is the shuffled order; undated articles
    stay undated). Online clustering depends on arrival order, and in the UCI prefix each
    story's headlines arrive in one burst, which no real stream does."""
    out = [list(docs)]
    rng = random.Random(seed)
    times = [d.time for d in docs if d.time is not None]
    lo, hi = (min(times), max(times)) if times else (0.0, 0.0)
    for _ in range(n - 1):
        copy = [replace(d) for d in docs]
        rng.shuffle(copy)
        for i, d in enumerate(copy):
            if d.time is not None:
                d.time = lo + (hi - lo) * i / max(1, len(copy) - 1)
        out.append(copy)
    return out


def _mean_f1(
    sets: Sequence[Labelled],
    config: StoryConfig,
    embedder: crosslang.HeadlineEmbedder | None = None,
    orders: int = 1,
) -> list[float]:
    """BCubed F1 per labelled set, averaged over ``orders`` arrival orders."""
    out = []
    for docs, gold in sets:
        f1s = []
        for ordered in arrival_orders(docs, orders):
            engine = StoryEngine(config, embedder=embedder)
            pred = {a.article: engine.resolve(a.story) for a in engine.add_all(ordered)}
            f1s.append(evaluate(gold, pred).bcubed_f1)
        out.append(sum(f1s) / len(f1s))
    return out


def fit(
    sets: Sequence[Labelled],
    config: StoryConfig | None = None,
    headline_features: tuple[str, ...] = HEADLINE_FEATURES,
    full_features: tuple[str, ...] = FULL_FEATURES,
    orders: int = ORDERS,
) -> str:
    """Fit both models and their thresholds on the labelled sets; returns the constants."""
    config = config or StoryConfig()
    extra = tuple(
        dict.fromkeys(f for f in (*full_features, *headline_features) if f not in FEATURES)
    )
    columns = (*FEATURES, *extra)
    embedder = crosslang.HeadlineEmbedder()  # shared: each text is encoded once
    parts = [oracle_pairs(docs, gold, config, extra, embedder) for docs, gold in sets]
    lines: list[str] = []
    fitted: dict[bool, tuple[tuple[float, ...], float]] = {}
    for headline in (True, False):
        xs, ys, ws = [], [], []
        names = headline_features if headline else full_features
        cols = [columns.index(f) for f in names]
        for x, y, k in parts:
            sel = k == headline
            if sel.any():
                xs.append(x[sel][:, cols])
                ys.append(y[sel])
                ws.append(np.full(int(sel.sum()), 1.0 / sel.sum()))  # each set weighs the same
        x_all, y_all, w_all = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
        fitted[headline] = _logistic(x_all, y_all, w_all)
        kind = "headline" if headline else "full"
        lines.append(f"{kind}: {len(y_all)} pairs ({int(y_all.sum())} positive)")
    model = LinkModel(
        Coefficients(*fitted[False], 0.5, full_features),
        Coefficients(*fitted[True], 0.5, headline_features),
        config.model.cross,
    )
    best = {}
    for kind in ("full", "headline"):
        scores = []
        for thr in THRESHOLDS:
            coef = getattr(model, kind)
            trial = replace(model, **{kind: replace(coef, threshold=thr)})
            f1s = _mean_f1(sets, replace(config, model=trial), embedder, orders)
            scores.append((sum(f1s) / len(f1s), thr))
            lines.append(
                f"{kind} threshold {thr:.2f}: BCubed F1 " + " ".join(f"{f:.3f}" for f in f1s)
            )
        best[kind] = max(scores)
        model = replace(model, **{kind: replace(getattr(model, kind), threshold=best[kind][1])})
    lines.append(f"FULL_FEATURES = {full_features}; HEADLINE_FEATURES = {headline_features}")
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
    docs: Sequence[StoryDoc],
    gold: dict[str, str],
    config: StoryConfig | None = None,
    embedder: crosslang.HeadlineEmbedder | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Language-free feature rows and labels of an oracle run: every candidate pair that
    shares enough names (the gate of the cross-language path), gold story vs. the closest
    wrong ones."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for engine, doc, b, vecs, target, cands in _oracle_run(docs, gold, config, embedder):
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
    embedder = crosslang.HeadlineEmbedder()  # shared: each text is encoded once
    parts = [cross_pairs(docs, gold, config, embedder) for docs, gold in sets]
    x = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([np.full(len(p[1]), 1.0 / max(1, len(p[1]))) for p in parts])
    weights, bias = _logistic(x, y, w)
    lines = [f"cross: {len(y)} pairs ({int(y.sum())} positive)"]
    scores = []
    for thr in THRESHOLDS:
        model = replace(config.model, cross=Coefficients(weights, bias, thr, CROSS_FEATURES))
        f1s = _mean_f1(sets, replace(config, model=model), embedder)
        scores.append((sum(f1s) / len(f1s), thr))
        lines.append(f"cross threshold {thr:.2f}: BCubed F1 " + " ".join(f"{f:.3f}" for f in f1s))
    best = max(scores)
    lines.append(f"CROSS_FEATURES = {CROSS_FEATURES}")
    lines.append(f"CROSS_WEIGHTS: tuple[float, ...] = {weights}")
    lines.append(f"CROSS_BIAS = {bias}")
    lines.append(f"CROSS_THRESHOLD = {best[1]}  # mean tune BCubed F1 {best[0]:.3f}")
    return "\n".join(lines)
