"""Hostile input: CPU time of every per-article step on texts built to make regexes backtrack.

Articles are hostile input; a pattern that backtracks quadratically on one long line turns a
40 KB text into a minute of CPU (the pipeline then drops the article at its time limit), and a loop over lines that restarts
at every line turns 8,000 short lines into seconds. This
runs the default per-article pipeline (parse, clean, language, extract) on such texts and prints
the slowest step per text; anything over the budget is listed as SLOW and the exit code is 1.

    .venv/bin/python bench/hostile.py [--size N] [--budget SECONDS] [--whole-run]

--whole-run runs each text alone through a whole `lagebild run` into a temporary store, so the
corpus steps (dedup, entities, stories) are timed too.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lagebild.executor import LocalExecutor
from lagebild.model import Article
from lagebild.pipeline import Pipeline
from lagebild.registry import default_pipeline
from lagebild.runner import run
from lagebild.store import Store

# each builder makes a text of about n characters from one repeated shape
SHAPES: dict[str, Callable[[int], str]] = {
    "words": lambda n: "a " * (n // 2),
    "dots": lambda n: "." * n,
    "dotted-labels": lambda n: "http://" + "a." * (n // 2),
    "colons": lambda n: "1:" * (n // 2),
    "dashes": lambda n: "Wort – " * (n // 7),
    "capitalised": lambda n: "Der Große Bunte Name " * (n // 21),
    "one-name": lambda n: " ".join(["Name"] * (n // 5)),
    "open-quotes": lambda n: "„" * n,
    "pipes": lambda n: "A | " * (n // 4),
    "dates": lambda n: "12.03.2027 " * (n // 11),
    "cite-lead-ins": lambda n: "wie die Zeitung " * (n // 16),
    "laut-chains": lambda n: "laut der Neuen Zeitung und " * (n // 27),
    "brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "ticker": lambda n: "+++ " * (n // 4),
    "hashes": lambda n: "#" * n,
    "umlauts": lambda n: "ÄÖÜ " * (n // 4),
    "emails": lambda n: "a@" * (n // 2),
    "digits-dots": lambda n: "1." * (n // 2),
    "short-lines": lambda n: "Kurz.\n" * (n // 6),
    "label-lines": lambda n: "Ort:\n" * (n // 5),
    "bullets": lambda n: "- " * (n // 2),
    "numbering": lambda n: "1. " * (n // 3),
    "capital-dots": lambda n: "A." * (n // 2),
    "source-labels": lambda n: "Quelle: " * (n // 8),
    "long-word": lambda n: "a" * n,
    "tabs": lambda n: "\t" * n,
    "random": lambda n: "".join(
        random.Random(1).choice(string.ascii_letters + ' .,:;-–|„“"!?0123456789\n')
        for _ in range(n)
    ),
}


def _article_steps(pipeline: Pipeline, text: str, name: str) -> dict[str, float]:
    """CPU seconds of each per-article step on ``text``, in this process."""
    article = Article(source=f"hostile:{name}", raw=text, input_hash=name)
    times: dict[str, float] = {}
    for step in pipeline.steps:
        started = time.process_time()
        result = step.process(article)
        times[step.name] = time.process_time() - started
        if not isinstance(result, Article):
            break  # dropped (e.g. no language): later steps never see it
        article = result
    return times


def _whole_run(text: str, name: str) -> dict[str, float]:
    """CPU seconds of every step of a whole ``run`` on ``text`` alone, corpus steps included."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.txt"
        src.write_text(text, encoding="utf-8")
        store = Store.open(Path(tmp) / "hostile.db")
        try:
            report = run(store, [str(src)], executor=LocalExecutor(1))
        finally:
            store.close()
    times = {s.name: s.cpu_seconds for s in report.stats.steps.values()}
    for step, counts in report.corpus.items():
        times[step] = counts.get("cpu_ms", 0) / 1000
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=40_000, help="characters per text (default 40,000)")
    ap.add_argument("--budget", type=float, default=2.0, help="CPU seconds per step and text")
    ap.add_argument(
        "--whole-run",
        action="store_true",
        help="run each text through a whole `run` (store, corpus steps: dedup, entities, stories)",
    )
    args = ap.parse_args()
    pipeline = default_pipeline()
    pipeline.time_limit = None
    slow = 0
    for name, build in SHAPES.items():
        text = build(args.size)
        times = _whole_run(text, name) if args.whole_run else _article_steps(pipeline, text, name)
        worst = max(times, key=lambda k: times[k])
        flag = "SLOW" if times[worst] > args.budget else "ok  "
        slow += flag == "SLOW"
        print(
            f"{flag} {name:14s} {len(text):7,d} chars  slowest step {worst:9s} {times[worst]:6.2f} s"
        )
    print(f"{slow} of {len(SHAPES)} texts over {args.budget:.1f} CPU s in one step")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
