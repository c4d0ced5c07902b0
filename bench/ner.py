"""Strict span F1 of the German NER on GermEval 2014 test (outer spans), plus tagging speed.

    .venv/bin/python bench/ner.py [--data PATH] [--limit N] [--model DIR]

Scoring: OTH -> MISC, *deriv and *part labels count as O (4-class comparison); a span is correct
only when type, start and end match. Speed is the recogniser's ``tag`` alone (features + CRF).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lagebild.ner import Recogniser
from lagebild.ner.conll import read_germeval
from lagebild.ner.scoring import score

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "bench-data"
    / "ner"
    / "germeval2014"
    / "NER-de-test.tsv"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    ap.add_argument(
        "--model", type=Path, default=None, help="model directory (default: the bundled model)"
    )
    args = ap.parse_args(argv)
    data = read_germeval(args.data)
    if args.limit:
        data = data[: args.limit]
    t0 = time.perf_counter()
    rec = Recogniser.load(args.model)
    load_s = time.perf_counter() - t0
    sentences = [w for w, _ in data]
    t0 = time.perf_counter()
    pred = rec.tag(sentences)
    tag_s = time.perf_counter() - t0
    scores = score([lab for _, lab in data], pred)
    print(
        f"GermEval 2014 test: {len(data)} sentences, strict outer spans (OTH->MISC, deriv/part=O)"
    )
    print(f"{'type':5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s} {'pred':>6s}")
    for t, s in scores.items():
        print(
            f"{t:5s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp + s.fn:6d} {s.tp + s.fp:6d}"
        )
    print(
        f"model load {load_s:.2f}s; tagging {len(data) / tag_s:,.0f} sentences/s "
        f"({tag_s:.1f}s, cold feature cache, 1 thread)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
