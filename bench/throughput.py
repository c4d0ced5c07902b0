"""Throughput of the whole `lagebild run` on 10kGNAD: articles per second and peak memory.

.venv/bin/python bench/throughput.py [--workers N] [--repeat K]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import load_10kgnad

from lagebild.executor import LocalExecutor
from lagebild.runner import run
from lagebild.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    ap.add_argument("--repeat", type=int, default=1, help="repeat the corpus K times (varied ids)")
    args = ap.parse_args()
    rows = load_10kgnad()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "10kgnad.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for k in range(args.repeat):
                for i, (label, text) in enumerate(rows):
                    rec = {
                        "id": f"{k}-{i}",
                        "text": text if k == 0 else f"{text}\n(Kopie {k})",
                        "outlet": "derStandard",
                        "topic": label,
                    }
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        store = Store.open(Path(tmp) / "bench.db")
        started = time.perf_counter()
        report = run(store, [str(src)], executor=LocalExecutor(args.workers))
        seconds = time.perf_counter() - started
        n = report.stats.stored
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        worker_kb = report.stats.peak_worker_rss_kb
        print(f"articles: {n} (quarantined {report.stats.quarantined})")
        print(
            f"wall time: {seconds:.1f} s -> {n / seconds:.1f} articles/s (workers={args.workers or 'all'})"
        )
        print(f"peak RSS: main {self_kb / 1024:.0f} MB, largest worker {worker_kb / 1024:.0f} MB")
        print("per step (seconds summed over workers):")
        for s in report.stats.steps.values():
            rate = s.seen / s.seconds if s.seconds else float("inf")
            print(f"  {s.name:10} {s.seconds:8.2f} s  {rate:10.1f} articles/s/core")
        for name, counts in report.corpus.items():
            print(f"  corpus {name}: {counts}")
        store.close()


if __name__ == "__main__":
    main()
