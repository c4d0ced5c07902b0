"""The main job: ingest inputs, run the per-article steps, store, then update the corpus steps."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lagebild.corpus.base import CorpusStep, run_corpus_steps
from lagebild.executor import Executor, LocalExecutor
from lagebild.ingest import IngestOptions, InputProblem, iter_inputs
from lagebild.ingest.base import content_hash
from lagebild.model import Article
from lagebild.registry import corpus_steps, default_pipeline
from lagebild.stats import RunStats
from lagebild.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class RunReport:
    run_id: int
    stats: RunStats
    corpus: dict[str, dict[str, int]] = field(default_factory=dict)
    status: str = "done"

    def to_dict(self) -> dict[str, Any]:
        return {
            "run": self.run_id,
            "status": self.status,
            **self.stats.to_dict(),
            "corpus": self.corpus,
        }


def run(
    store: Store,
    specs: list[str],
    *,
    options: IngestOptions | None = None,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> RunReport:
    """Ingest and analyse ``specs`` into ``store``. Idempotent; an interrupted run resumes."""
    pipeline = default_pipeline(store)
    executor = executor or LocalExecutor()
    steps = corpus_steps()
    warm_up = _WarmUp(steps)
    run_id = store.start_run("run", specs)
    stats = RunStats()
    problems: list[InputProblem] = []
    known = store.known_input_hashes()

    def fresh_articles() -> Iterator[Article]:
        for item in iter_inputs(specs, options, exclude=store.own_files()):
            if isinstance(item, InputProblem):
                problems.append(item)
                continue
            stats.inputs += 1
            if item.input_hash in known:
                stats.skipped_known += 1
                continue
            known.add(item.input_hash)
            yield item

    def flush_problems() -> None:
        while problems:
            p = problems.pop(0)
            key = p.input_hash or content_hash("problem", p.source, p.reason)
            if key in known:  # the same problem was quarantined by an earlier run
                continue
            known.add(key)
            store.quarantine(p.source, "ingest", p.reason, p.detail, run_id, key)
            stats.quarantined += 1

    status = "done"
    try:
        fresh = fresh_articles()
        first = next(fresh, None)
        if first is not None:
            # the corpus steps will run: load their models meanwhile, from now on, when the
            # executor's workers start (and may load their own models) and leave a core free
            warm_up.start()
        todo = fresh if first is None else itertools.chain([first], fresh)
        for result in executor.map(pipeline, todo):
            with store.atomic():
                stats.stored += len(store.save_articles(result.kept, run_id))
                for d in result.dropped:
                    store.quarantine(
                        d.article.source,
                        d.step,
                        d.reason,
                        d.detail,
                        run_id,
                        None if d.retry else d.article.input_hash,
                    )
                    stats.quarantined += 1
            stats.merge(result.stats)
            stats.peak_worker_rss_kb = max(stats.peak_worker_rss_kb, result.peak_rss_kb)
            flush_problems()
            if progress:
                progress(len(result.kept) + len(result.dropped))
        flush_problems()
        warm_up.join()
        corpus = run_corpus_steps(store, steps, parallel=executor.parallelism)
    except KeyboardInterrupt:
        status = "interrupted"
        store.finish_run(run_id, stats.to_dict(), status)
        raise
    except BaseException:
        store.finish_run(run_id, stats.to_dict(), "failed")
        raise
    report = RunReport(run_id, stats, corpus, status)
    store.finish_run(run_id, report.to_dict(), status)
    return report


class _WarmUp:
    """Loads the corpus steps' models in a thread while the workers start and run the
    per-article steps (this process mostly waits for them then), so the corpus steps start
    warm."""

    def __init__(self, steps: list[CorpusStep]) -> None:
        self.steps = steps
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="lagebild-warm-up", daemon=True)
            self.thread.start()

    def _run(self) -> None:
        for step in self.steps:
            try:
                step.warm_up()
            except Exception as exc:  # the step loads it again when it needs it, and fails then
                log.warning("warming up corpus step %s failed: %s", step.name, exc)

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()


def changed_paths(specs: list[str], seen: dict[str, tuple[float, int]]) -> list[str]:
    """Files under ``specs`` that are new or changed since ``seen`` (updated in place); URLs
    always count as changed (feeds are polled)."""
    from pathlib import Path

    from lagebild.ingest.sources import walk

    out: list[str] = []
    for spec in specs:
        if spec.startswith(("http://", "https://")):
            out.append(spec)
            continue
        path = Path(spec)
        files = list(walk(path)) if path.is_dir() else [path]
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            key = (st.st_mtime, st.st_size)
            if seen.get(str(f)) != key:
                seen[str(f)] = key
                out.append(str(f))
    return out


def watch(
    store: Store,
    specs: list[str],
    *,
    interval: float = 30.0,
    rounds: int | None = None,
    options: IngestOptions | None = None,
    executor: Executor | None = None,
    on_report: Callable[[RunReport], None] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> int:
    """Poll ``specs`` and run on what is new or changed, every ``interval`` seconds.

    Stops after ``rounds`` polls (None: until interrupted). Returns the number of new articles.
    """
    import time

    if interval <= 0:
        raise ValueError(f"interval must be > 0 seconds, got {interval}")
    pause = sleep or time.sleep
    seen: dict[str, tuple[float, int]] = {}
    total = 0
    n = 0
    while rounds is None or n < rounds:
        if n:
            pause(interval)
        n += 1
        todo = changed_paths(specs, seen)
        if not todo:
            continue
        report = run(store, todo, options=options, executor=executor)
        total += report.stats.stored
        if on_report:
            on_report(report)
    return total
