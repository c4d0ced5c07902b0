from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


_PROBE = """
from lagebild.executor import LocalExecutor
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.steps.base import Step
from lagebild.steps.extract import ExtractStep


class Probe(Step):
    name = "probe"
    preload = ExtractStep.preload

    def process(self, article):
        from lagebild.ner.recogniser import _load

        article.title = str(_load.cache_info().currsize)  # models loaded before any use here
        return article


if __name__ == "__main__":
    workers = int(__import__("sys").argv[1])
    articles = [Article(source=str(i), raw="x") for i in range(4)]
    results = LocalExecutor(workers, batch_size=1).map(Pipeline([Probe()]), articles)
    print(sorted({a.title for r in results for a in r.kept}))
"""


def test_workers_inherit_the_preloaded_model(tmp_path: Path) -> None:
    # a fresh interpreter: the fork server is started once per process, with the preload
    # modules of the first pipeline it serves
    script = tmp_path / "probe.py"
    script.write_text(_PROBE, encoding="utf-8")
    out = {}
    for workers in (1, 2):
        done = subprocess.run(
            [sys.executable, str(script), str(workers)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        out[workers] = done.stdout.strip()
    assert out == {1: "['0']", 2: "['1']"}  # in-process: loaded lazily; forked: loaded already
