"""What every executor does: run a pipeline over batches of articles and yield batch results."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from multiprocessing.pool import Pool

from lagebild.model import Article
from lagebild.pipeline import BatchResult, Pipeline


class Executor:
    """Runs ``pipeline.process_batch`` over batches; results come back in input order."""

    #: processes this machine may run at once for the job; with more than one, a corpus step
    #: may compute in a child process alongside another (see ``corpus/base.py``)
    parallelism: int = 1

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[BatchResult]:
        raise NotImplementedError


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@contextmanager
def pool_scope(pool: Pool) -> Iterator[Pool]:
    """Use ``pool``, then close it and wait for its workers; on any error (Ctrl-C included)
    terminate them first instead of waiting for their queued work."""
    try:
        yield pool
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()
