from __future__ import annotations

from lagebild.executor import LocalExecutor
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.steps.parse import ParseStep


def _inputs(n: int) -> list[Article]:
    return [
        Article(source=f"s{i}", raw=f"Meldung Nummer {i}.\nZweite Zeile.", input_hash=str(i))
        for i in range(n)
    ]


def test_parallel_equals_serial() -> None:
    pipeline = Pipeline([ParseStep()])
    serial = [
        a.id for r in LocalExecutor(1, batch_size=4).map(pipeline, _inputs(30)) for a in r.kept
    ]
    parallel = [
        a.id for r in LocalExecutor(2, batch_size=4).map(pipeline, _inputs(30)) for a in r.kept
    ]
    assert serial == parallel and len(serial) == 30


def test_stats_add_up_over_batches() -> None:
    results = list(LocalExecutor(2, batch_size=7).map(Pipeline([ParseStep()]), _inputs(20)))
    assert len(results) == 3
    total = sum(r.stats[0].seen for r in results)
    assert total == 20
