"""Strict span-level scoring of BIO sequences (CoNLL style): a span counts only when type,
start and end all match."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """BIO labels -> set of (start, end_exclusive, type); a stray I- starts a new span."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab.startswith("I-") and typ == lab[2:] and start >= 0:
            continue
        if start >= 0:
            out.add((start, i, typ))
            start, typ = -1, ""
        if lab.startswith(("B-", "I-")):
            start, typ = i, lab[2:]
    return out


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Score]:
    """Per-type and overall ("ALL") strict span scores."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    types = sorted(set(TYPES) | set(tp) | set(fp) | set(fn), key=lambda t: (t not in TYPES, t))
    out = {t: Score(tp[t], fp[t], fn[t]) for t in types}
    out["ALL"] = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out
