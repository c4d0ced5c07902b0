"""The shape of a corpus step: incremental updates of corpus-wide state in the store.

Corpus steps run in registry order. A step that declares the earlier steps it depends on
(``after``) may run at the same time as the steps before it that it does not depend on: the
dedup and entity steps both need only the furniture step, so on a machine with more than
one core they run side by side, the later one in a child process with its own connection
to the same store. Each step keeps its write transactions short so that the other is not
held up, and reads in :meth:`CorpusStep.begin` what a step running alongside may change.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import ClassVar

from lagebild.store import Store

log = logging.getLogger(__name__)


class CorpusStep:
    """A step over the whole corpus that updates its state for newly stored articles only.

    ``update`` receives the ids of the articles stored since the step last ran (in ingest
    order) and must not recompute state for older ones. It returns counters for the run summary.
    """

    name: ClassVar[str] = "corpus-step"
    requires: ClassVar[tuple[str, ...]] = ()
    #: names of the earlier corpus steps whose results this step reads; None: all earlier ones
    #: (the step runs after them, alone). With a tuple, the step may run at the same time as
    #: the earlier steps it does not name.
    after: ClassVar[tuple[str, ...] | None] = None

    def warm_up(self) -> None:
        """Load what ``update`` will need (models, dictionaries); called while the per-article
        steps still run, so that the corpus steps do not wait for it. Optional."""

    def begin(self, store: Store, new_ids: list[str]) -> None:
        """Called before any step runs alongside this one: read here what such a step may change
        before ``update`` reads it (e.g. mentions that the entity step rewrites). Optional."""

    def update(self, store: Store, new_ids: list[str]) -> dict[str, int]:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class _Job:
    step: CorpusStep
    new_ids: list[str]
    top: int  # the highest article seq when the job was planned


def _groups(steps: list[CorpusStep], parallel: int) -> list[list[CorpusStep]]:
    """Steps in order, grouped so that the steps of a group depend only on earlier groups."""
    groups: list[list[CorpusStep]] = []
    for step in steps:
        current = groups[-1] if groups else None
        if (
            current is not None
            and len(current) < parallel
            and step.after is not None
            and not {s.name for s in current} & set(step.after)
        ):
            current.append(step)
        else:
            groups.append([step])
    return groups


def _plan(store: Store, step: CorpusStep) -> _Job:
    position = store.corpus_position(step.name)
    return _Job(step, store.article_ids(after_seq=position), store.max_seq())


def _timed_update(store: Store, job: _Job) -> dict[str, int]:
    started = time.perf_counter()
    cpu_started = time.process_time()
    counts = job.step.update(store, job.new_ids) if job.new_ids else {"new": 0}
    return {
        **counts,
        "ms": round((time.perf_counter() - started) * 1000),
        "cpu_ms": round((time.process_time() - cpu_started) * 1000),
    }


def _update_in_child(path: str, job: _Job) -> dict[str, int]:
    """Run one step in a child process on its own connection to the store at ``path``."""
    store = Store.open(path)
    try:
        return _timed_update(store, job)
    finally:
        store.close()


def _context() -> mp.context.BaseContext:
    return mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")


def run_corpus_steps(
    store: Store, steps: list[CorpusStep], parallel: int = 1
) -> dict[str, dict[str, int]]:
    """Run each corpus step on the articles it has not seen yet; resumable per step.

    With ``parallel`` > 1 and a store in a file, steps that do not depend on each other run
    side by side (up to ``parallel`` at once, all but the first in child processes).
    """
    if store.path == ":memory:" or not store.path:
        parallel = 1
    results: dict[str, dict[str, int]] = {}
    for group in _groups(steps, max(1, parallel)):
        jobs = [_plan(store, step) for step in group]
        if sum(bool(j.new_ids) for j in jobs) > 1:
            _run_side_by_side(store, jobs, results)
        else:
            for job in jobs:
                results[job.step.name] = _timed_update(store, job)
                store.set_corpus_position(job.step.name, job.top)
    return results


def _run_side_by_side(store: Store, jobs: list[_Job], results: dict[str, dict[str, int]]) -> None:
    """The first job here, the others in child processes; a step's position is saved as soon
    as it finishes, so a failure of one does not make a rerun repeat the others."""
    for job in jobs:
        job.step.begin(store, job.new_ids)
    first, *others = jobs
    log.debug("corpus steps side by side: %s", [j.step.name for j in jobs])
    path = os.path.abspath(store.path)
    with ProcessPoolExecutor(max_workers=len(others), mp_context=_context()) as pool:
        futures: list[tuple[_Job, Future[dict[str, int]]]] = [
            (job, pool.submit(_update_in_child, path, job)) for job in others
        ]
        results[first.step.name] = _timed_update(store, first)
        store.set_corpus_position(first.step.name, first.top)
        for job, future in futures:
            results[job.step.name] = future.result()
            store.set_corpus_position(job.step.name, job.top)
