"""Run the per-article steps on Ray, the distributed engine, with the same step code.

Install with ``pip install 'lagebild[ray]'``. Batches go to Ray tasks; the pipeline is put
into Ray's object store once and shared by every task. Results come back in input order, a
bounded number of batches in flight, so memory stays flat on a corpus of any size and the
store is written by this process only (one writer).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from lagebild.errors import LagebildError
from lagebild.executor.base import Executor, batched
from lagebild.model import Article
from lagebild.pipeline import BatchResult, Pipeline

#: how many batches each worker slot may have queued; more hides latency, fewer bounds memory
IN_FLIGHT_PER_CPU = 2


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise LagebildError(
            "the Ray executor needs Ray: pip install 'lagebild[ray]' (or pass --executor local)"
        ) from exc
    return ray


def _process(pipeline: Pipeline, batch: list[Article]) -> BatchResult:
    return pipeline.process_batch(batch)


class RayExecutor(Executor):
    """Connects to ``address`` (a running cluster, e.g. ``ray://host:10001`` or ``auto``) or
    starts a local Ray instance with ``num_cpus`` when no address is given."""

    def __init__(
        self, address: str | None = None, num_cpus: int | None = None, batch_size: int = 64
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.address = address
        self.num_cpus = num_cpus
        self.batch_size = batch_size

    def map(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[BatchResult]:
        ray = _ray()
        started_here = not ray.is_initialized()
        if started_here:
            ray.init(
                address=self.address,
                num_cpus=self.num_cpus if self.address is None else None,
                include_dashboard=False,
                log_to_driver=False,
                configure_logging=False,
            )
        try:
            remote = ray.remote(_process)
            shared = ray.put(pipeline)
            cpus = int(ray.available_resources().get("CPU", 1)) or 1
            limit = max(2, cpus * IN_FLIGHT_PER_CPU)
            pending: deque[Any] = deque()
            for batch in batched(articles, self.batch_size):
                pending.append(remote.remote(shared, batch))
                if len(pending) >= limit:
                    yield ray.get(pending.popleft())
            while pending:
                yield ray.get(pending.popleft())
        finally:
            if started_here:
                ray.shutdown()
