"""The shape of a corpus step: incremental updates of corpus-wide state in the store.

Corpus steps run in registry order. On a machine with more than one core, a step that can
defer its writes (it implements :meth:`CorpusStep.compute` and :meth:`CorpusStep.apply`) and
depends only on steps before the one in front of it (``after``) runs at the same time as that
one: it computes in a child process with its own read connection to the store, and this
process writes what it computed once the step in front has finished. The store keeps one
writer, and what is written, in what order, is the same as when the steps run one by one.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from lagebild.executor.base import pool_scope
from lagebild.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class CorpusStep:
    """A step over the whole corpus that updates its state for newly stored articles only.

    ``update`` receives the ids of the articles stored since the step last ran (in ingest
    order) and must not recompute state for older ones. It returns counters for the run summary.
    """

    name: ClassVar[str] = "corpus-step"
    requires: ClassVar[tuple[str, ...]] = ()
    #: names of the earlier corpus steps whose results this step reads; None: all earlier ones
    after: ClassVar[tuple[str, ...] | None] = None
    #: most new articles :meth:`compute` may take at once (what it keeps in memory); 0: the
    #: step cannot defer its writes and always runs through :meth:`update`
    max_deferred: ClassVar[int] = 0

    def warm_up(self) -> None:
        """Load what ``update`` will need (models, dictionaries); called while the per-article
        steps still run, so that the corpus steps do not wait for it. Optional."""

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        raise NotImplementedError

    def compute(self, store: Store, new_ids: list[str]) -> object:
        """Do the work of ``update`` reading the store only; return what :meth:`apply` writes.
        May run in a child process (the result is pickled). Optional, with ``max_deferred``."""
        raise NotImplementedError

    def apply(self, store: Store, computed: object) -> dict[str, int]:
        """Write what :meth:`compute` returned; returns the counters ``update`` would."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class _Job:
    step: CorpusStep
    new_ids: list[str]
    top: int  # the highest article seq when the job was planned


def _plan(store: Store, step: CorpusStep) -> _Job:
    position = store.corpus_position(step.name)
    return _Job(step, store.article_ids(after_seq=position), store.max_seq())


def _alongside(front: _Job, job: _Job) -> bool:
    """Whether ``job`` may compute while ``front`` (the step before it) runs."""
    after = job.step.after
    return (
        after is not None
        and front.step.name not in after
        and 0 < len(job.new_ids) <= job.step.max_deferred
        and bool(front.new_ids)
    )


def _timed(run: Callable[[], T]) -> tuple[T, dict[str, int]]:
    started = time.perf_counter()
    cpu_started = time.process_time()
    out = run()
    return out, {
        "ms": round((time.perf_counter() - started) * 1000),
        "cpu_ms": round((time.process_time() - cpu_started) * 1000),
    }


def _update(store: Store, job: _Job) -> dict[str, int]:
    if not job.new_ids:
        return {"new": 0, "ms": 0, "cpu_ms": 0}
    counts, times = _timed(lambda: job.step.update(store, job.new_ids))
    return {**counts, **times}


def _compute_in_child(path: str, job: _Job) -> tuple[object, dict[str, int]]:
    """Run ``job.step.compute`` in a child process on its own connection to ``path``."""
    store = Store.open(path)
    try:
        return _timed(lambda: job.step.compute(store, job.new_ids))
    finally:
        store.close()


def _context() -> mp.context.BaseContext:
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def _shareable(store: Store) -> bool:
    """Whether a child process can read the store while this one writes (a file in WAL mode)."""
    if store.path in ("", ":memory:") or store.path.startswith("file:"):
        return False
    mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    return str(mode).lower() == "wal"


def run_corpus_steps(
    store: Store, steps: list[CorpusStep], parallel: int = 1
) -> dict[str, dict[str, int]]:
    """Run each corpus step on the articles it has not seen yet; resumable per step.

    With ``parallel`` > 1 and a store in a file, a step that can defer its writes computes
    in a child process while the step in front of it runs here (see the module docstring).
    """
    side_by_side = parallel > 1 and _shareable(store)
    results: dict[str, dict[str, int]] = {}
    i = 0
    while i < len(steps):
        job = _plan(store, steps[i])
        nxt = _plan(store, steps[i + 1]) if side_by_side and i + 1 < len(steps) else None
        if nxt is not None and _alongside(job, nxt):
            _run_pair(store, job, nxt, results)
            i += 2
        else:
            results[job.step.name] = _update(store, job)
            store.set_corpus_position(job.step.name, job.top)
            i += 1
    return results


def _run_pair(store: Store, front: _Job, job: _Job, results: dict[str, dict[str, int]]) -> None:
    """``front`` here while ``job`` computes in a child; then ``job``'s writes, here."""
    log.debug("corpus step %s computes alongside %s", job.step.name, front.step.name)
    with pool_scope(_context().Pool(1)) as pool:
        pending = pool.apply_async(_compute_in_child, (os.path.abspath(store.path), job))
        results[front.step.name] = _update(store, front)
        store.set_corpus_position(front.step.name, front.top)
        computed, child_times = pending.get()
    counts, times = _timed(lambda: job.step.apply(store, computed))
    # wall time: computing (alongside) plus writing; CPU time: the child's plus the writing's
    results[job.step.name] = {
        **counts,
        "ms": child_times["ms"] + times["ms"],
        "cpu_ms": child_times["cpu_ms"] + times["cpu_ms"],
    }
    store.set_corpus_position(job.step.name, job.top)
