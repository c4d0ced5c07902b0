"""Clustering quality against gold story labels: BCubed and pairwise precision/recall/F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    bcubed_p: float
    bcubed_r: float
    bcubed_f1: float
    pair_p: float
    pair_r: float
    pair_f1: float
    items: int
    gold_clusters: int
    predicted_clusters: int

    def row(self) -> str:
        return (
            f"{self.items:6d} {self.gold_clusters:5d} {self.predicted_clusters:5d}  "
            f"{self.bcubed_p:.3f} {self.bcubed_r:.3f} {self.bcubed_f1:.3f}  "
            f"{self.pair_p:.3f} {self.pair_r:.3f} {self.pair_f1:.3f}"
        )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """Scores over the items of ``gold`` (an item missing from ``predicted`` is a singleton)."""
    items = list(gold)
    pred = {i: predicted.get(i, "\0" + i) for i in items}
    joint = Counter((gold[i], pred[i]) for i in items)
    g_size = Counter(gold[i] for i in items)
    p_size = Counter(pred[i] for i in items)
    n = len(items) or 1
    bp = sum(c * c / p_size[p] for (_, p), c in joint.items()) / n
    br = sum(c * c / g_size[g] for (g, _), c in joint.items()) / n
    both = sum(c * (c - 1) for c in joint.values()) / 2
    pred_pairs = sum(c * (c - 1) for c in p_size.values()) / 2
    gold_pairs = sum(c * (c - 1) for c in g_size.values()) / 2
    pp = both / pred_pairs if pred_pairs else 1.0
    pr = both / gold_pairs if gold_pairs else 1.0
    return Scores(bp, br, _f1(bp, br), pp, pr, _f1(pp, pr), len(items), len(g_size), len(p_size))
