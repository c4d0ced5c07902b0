"""The local executor: all cores of this machine via multiprocessing, or in-process for one."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

from lagebild.executor.base import Executor, batched, pool_scope
from lagebild.model import Article
from lagebild.pipeline import BatchResult, Pipeline

#: articles per task sent to a worker; large enough to amortise pickling, small enough to
#: commit often (a crash loses at most the batches in flight, which a rerun redoes)
DEFAULT_BATCH_SIZE = 32

_worker_pipeline: Pipeline | None = None  # set once per worker process by the initializer


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _run_batch(batch: list[Article]) -> BatchResult:
    if _worker_pipeline is None:
        raise RuntimeError("worker pipeline not initialised")
    return _worker_pipeline.process_batch(batch)


class LocalExecutor(Executor):
    def __init__(self, workers: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be >= 1, got {workers}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.workers = workers or os.cpu_count() or 1
        self.batch_size = batch_size
        self.parallelism = self.workers

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[BatchResult]:
        batches = batched(articles, self.batch_size)
        if self.workers == 1:
            for batch in batches:
                yield pipeline.process_batch(batch)
            return
        ctx = mp.get_context(
            "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        )
        if isinstance(ctx, mp.context.ForkServerContext):
            # the fork server imports these before it forks the workers, which inherit what
            # they load (the NER model); it has no effect once this process's server runs
            ctx.set_forkserver_preload(pipeline.preload)
        with pool_scope(
            ctx.Pool(self.workers, initializer=_init_worker, initargs=(pipeline,))
        ) as pool:
            yield from pool.imap(_run_batch, batches)
