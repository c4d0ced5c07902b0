"""Loading the shared benchmark data sets (never copied into this repository)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

BENCH_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench-data"


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(
            f"missing bench data {path}; it lives in ../shared/bench-data/ beside the repository"
        )
    return path


def load_10kgnad() -> list[tuple[str, str]]:
    """(topic label, text) pairs of the 1,028 10kGNAD test articles."""
    path = require(BENCH_DATA / "10kgnad" / "test.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            (row[0], row[1])
            for row in csv.reader(fh, delimiter=";", quotechar="'")
            if len(row) >= 2
        ]
