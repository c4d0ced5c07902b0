from __future__ import annotations

import pytest

from lagebild.executor import LocalExecutor
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.steps.parse import ParseStep

ray = pytest.importorskip("ray", reason="the Ray executor is an extra: pip install 'lagebild[ray]'")

from lagebild.executor.ray import RayExecutor  # noqa: E402


@pytest.mark.slow
def test_ray_executor_matches_local() -> None:
    inputs = [
        Article(
            source=f"s{i}", raw=f"Meldung {i}.\nZweite Zeile." if i % 7 else "  ", input_hash=str(i)
        )
        for i in range(40)
    ]
    pipeline = Pipeline([ParseStep()])
    local = list(LocalExecutor(1, batch_size=5).map(pipeline, inputs))
    remote = list(RayExecutor(num_cpus=1, batch_size=5).map(pipeline, inputs))
    assert [a.id for r in remote for a in r.kept] == [a.id for r in local for a in r.kept]
    assert sum(len(r.dropped) for r in remote) == 6
