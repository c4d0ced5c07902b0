"""Throughput of the whole `lagebild run` on 10kGNAD: articles per second and peak memory.

.venv/bin/python bench/throughput.py [--workers N] [--repeat K] [--db PATH]
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
    ap.add_argument(
        "--db", type=Path, default=None, help="keep the store here (a new file; default: temporary)"
    )
    args = ap.parse_args()
    if args.db is not None and args.db.exists():
        ap.error(f"{args.db} exists; give a new path")
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
        store = Store.open(args.db or Path(tmp) / "bench.db")
        started = time.perf_counter()
        cpu_started = time.process_time()
        report = run(store, [str(src)], executor=LocalExecutor(args.workers))
        seconds = time.perf_counter() - started
        main_cpu = time.process_time() - cpu_started
        n = report.stats.stored
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        worker_kb = report.stats.peak_worker_rss_kb
        print(f"articles: {n} (quarantined {report.stats.quarantined})")
        print(
            f"wall time: {seconds:.1f} s -> {n / seconds:.1f} articles/s (workers={args.workers or 'all'})"
        )
        print(f"peak RSS: main {self_kb / 1024:.0f} MB, largest worker {worker_kb / 1024:.0f} MB")
        print("per-article steps (summed over workers; CPU time is less sensitive to load):")
        worker_cpu = 0.0
        for s in report.stats.steps.values():
            rate = s.seen / s.cpu_seconds if s.cpu_seconds else float("inf")
            worker_cpu += s.cpu_seconds
            print(
                f"  {s.name:10} {s.seconds:8.2f} s wall {s.cpu_seconds:8.2f} s CPU"
                f"  {rate:10.1f} articles/CPU-s"
            )
        corpus_cpu = 0.0
        print("corpus steps (this process; on more than one core the entity step computes in a")
        print("child process alongside dedup, and its wall time overlaps dedup's):")
        for name, counts in report.corpus.items():
            cpu = counts.get("cpu_ms", 0) / 1000
            corpus_cpu += cpu
            print(
                f"  {name:10} {counts.get('ms', 0) / 1000:8.2f} s wall {cpu:8.2f} s CPU  {counts}"
            )
        print(
            f"CPU seconds: per-article steps {worker_cpu:.1f}, corpus steps {corpus_cpu:.1f},"
            f" this process in all {main_cpu:.1f}"
        )
        store.close()


if __name__ == "__main__":
    main()
