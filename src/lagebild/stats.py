"""Per-step counters that add up across shards and workers (seen / kept / dropped by reason)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class StepStats:
    name: str
    seen: int = 0
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0  # wall-clock time in the step
    cpu_seconds: float = 0.0  # CPU time of the process in the step (less sensitive to load)

    def drop(self, reason: str) -> None:
        self.dropped[reason] += 1

    def __add__(self, other: StepStats) -> StepStats:
        return StepStats(
            name=self.name,
            seen=self.seen + other.seen,
            kept=self.kept + other.kept,
            dropped=self.dropped + other.dropped,
            seconds=self.seconds + other.seconds,
            cpu_seconds=self.cpu_seconds + other.cpu_seconds,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "seen": self.seen,
            "kept": self.kept,
            "dropped": dict(self.dropped),
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
        }


@dataclass
class RunStats:
    """Stats of one run: per-step counters plus input and quarantine totals."""

    steps: dict[str, StepStats] = field(default_factory=dict)
    inputs: int = 0
    skipped_known: int = 0
    stored: int = 0
    quarantined: int = 0
    peak_worker_rss_kb: int = 0

    def merge(self, steps: list[StepStats]) -> None:
        for s in steps:
            self.steps[s.name] = self.steps[s.name] + s if s.name in self.steps else s

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "skipped_known": self.skipped_known,
            "stored": self.stored,
            "quarantined": self.quarantined,
            "peak_worker_rss_mb": round(self.peak_worker_rss_kb / 1024, 1),
            "steps": [s.to_dict() for s in self.steps.values()],
        }
