"""The shape of a corpus step: incremental updates of corpus-wide state in the store."""

from __future__ import annotations

import time
from typing import ClassVar

from lagebild.store import Store


class CorpusStep:
    """A step over the whole corpus that updates its state for newly stored articles only.

    ``update`` receives the ids of the articles stored since the step last ran (in ingest
    order) and must not recompute state for older ones. It returns counters for the run summary.
    """

    name: ClassVar[str] = "corpus-step"
    requires: ClassVar[tuple[str, ...]] = ()

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        raise NotImplementedError


def run_corpus_steps(store: Store, steps: list[CorpusStep]) -> dict[str, dict[str, int]]:
    """Run each corpus step on the articles it has not seen yet; resumable per step."""
    results: dict[str, dict[str, int]] = {}
    for step in steps:
        position = store.corpus_position(step.name)
        new_ids = store.article_ids(after_seq=position)
        top = store.max_seq()
        started = time.perf_counter()
        counts = step.update(store, new_ids) if new_ids else {"new": 0}
        results[step.name] = {**counts, "ms": round((time.perf_counter() - started) * 1000)}
        store.set_corpus_position(step.name, top)
    return results
