"""A checked list of per-article steps and the loop that streams articles through it."""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import FrameType

from lagebild.errors import PipelineError
from lagebild.model import Article
from lagebild.stats import StepStats
from lagebild.steps.base import Drop, Step

log = logging.getLogger(__name__)

#: fields a reader may fill before the first step runs
INGEST_FIELDS = (
    "source",
    "raw",
    "raw_format",
    "ref",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "language",
    "fetched",
    "input_hash",
    "flags",
)
#: one article may take at most this long in all steps together (hostile input guard)
DEFAULT_TIME_LIMIT = 60.0


class StepTimeout(Exception):
    """An article took longer than the per-article time limit."""


@dataclass(slots=True)
class Dropped:
    article: Article
    step: str
    reason: str
    detail: str = ""
    retry: bool = False  # errors and timeouts are retried on the next run; decisions are not


@dataclass(slots=True)
class BatchResult:
    kept: list[Article] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    stats: list[StepStats] = field(default_factory=list)
    peak_rss_kb: int = 0  # peak resident memory of the process that ran the batch


class Pipeline:
    """Per-article steps in order; building it checks that every requirement is provided."""

    def __init__(self, steps: list[Step], time_limit: float | None = DEFAULT_TIME_LIMIT) -> None:
        available = set(INGEST_FIELDS)
        names = set()
        for step in steps:
            if step.name in names:
                raise PipelineError(f"step '{step.name}' appears twice in the pipeline")
            names.add(step.name)
            missing = [f for f in step.requires if f not in available]
            if missing:
                raise PipelineError(
                    f"step '{step.name}' requires {missing}, which no earlier step provides; "
                    "reorder the steps or add the step that provides them"
                )
            available.update(step.provides)
        self.steps = steps
        self.time_limit = time_limit

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    @property
    def preload(self) -> list[str]:
        """The steps' ``preload`` modules, each once, in step order."""
        return list(dict.fromkeys(m for s in self.steps for m in s.preload))

    def process_batch(self, articles: Iterable[Article]) -> BatchResult:
        stats = {s.name: StepStats(s.name) for s in self.steps}
        result = BatchResult()
        for article in articles:
            outcome = self._process_one(article, stats)
            if isinstance(outcome, Dropped):
                result.dropped.append(outcome)
            else:
                result.kept.append(outcome)
        result.stats = list(stats.values())
        result.peak_rss_kb = _peak_rss_kb()
        return result

    def stream(self, articles: Iterable[Article]) -> Iterator[Article | Dropped]:
        """Run the steps article by article, in this process (used by ``analyze`` and tests)."""
        stats = {s.name: StepStats(s.name) for s in self.steps}
        for article in articles:
            yield self._process_one(article, stats)

    def _process_one(self, article: Article, stats: dict[str, StepStats]) -> Article | Dropped:
        with _time_limit(self.time_limit):
            for step in self.steps:
                st = stats[step.name]
                st.seen += 1
                started = time.perf_counter()
                cpu_started = time.process_time()
                try:
                    result = step.process(article)
                except StepTimeout:
                    st.drop("timeout")
                    return Dropped(
                        article,
                        step.name,
                        "timeout",
                        f"over {self.time_limit:.0f} s for one article",
                        retry=True,
                    )
                except Exception as exc:  # one bad article is counted and skipped, never fatal
                    log.warning(
                        "step %s failed on %s: %s", step.name, article.source, exc, exc_info=True
                    )
                    st.drop("error")
                    return Dropped(
                        article, step.name, "error", f"{type(exc).__name__}: {exc}", retry=True
                    )
                finally:
                    st.seconds += time.perf_counter() - started
                    st.cpu_seconds += time.process_time() - cpu_started
                if isinstance(result, Drop):
                    st.drop(result.reason)
                    return Dropped(article, step.name, result.reason, result.detail)
                st.kept += 1
                article = result
        return article


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # not on Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _time_limit:
    """SIGALRM-based limit; a no-op where signals are unavailable (threads, Windows)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.active = False

    def __enter__(self) -> None:
        if not self.seconds or not hasattr(signal, "setitimer"):
            return
        try:
            self.previous = signal.signal(signal.SIGALRM, self._raise)
        except ValueError:  # not in the main thread
            return
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.active = True

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)

    @staticmethod
    def _raise(signum: int, frame: FrameType | None) -> None:
        raise StepTimeout()
