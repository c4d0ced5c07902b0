"""Check that a new boilerplate gold round is held apart from the earlier ones.

Usage:
    .venv/bin/python scripts/check_gold_overlap.py heldout5.txt [--against tuning.txt ...]

Every file must parse (a header with id and outlet, then lines marked "+ ", "- " or "= "), and
no furniture line of the new files may share a run of four words (lower-cased, punctuation
deleted or turned into spaces) with any line of the earlier files, nor with furniture of
another outlet in the new files. Exit status 1 on any hit, with the lines listed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "boilerplate"
MARKS = ("+ ", "- ", "= ")
Gram = tuple[str, ...]


def grams(line: str, joined: bool) -> set[Gram]:
    line = re.sub(r"[^\w\s]", "" if joined else " ", line.lower())
    words = line.split()
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def parse(path: Path) -> tuple[list[tuple[int, str, str, str]], list[str]]:
    """(line number, outlet, mark, text) of each body line, and format errors."""
    rows: list[tuple[int, str, str, str]] = []
    errors: list[str] = []
    outlet: str | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("### "):
            keys = dict(p.split("=", 1) for p in line[4:].split(" | ") if "=" in p)
            if "id" not in keys or "outlet" not in keys:
                errors.append(f"{path.name}:{n}: header without id or outlet")
            outlet = keys.get("outlet")
        elif line.strip():
            if line[:2] not in MARKS or not line[2:].strip():
                errors.append(f"{path.name}:{n}: line without a mark: {line[:60]!r}")
            elif outlet is None:
                errors.append(f"{path.name}:{n}: body line before the first header")
            else:
                rows.append((n, outlet, line[0], line[2:]))
    return rows, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("new", nargs="+", help="new gold files (names in bench/data/boilerplate)")
    ap.add_argument(
        "--against", nargs="*", help="earlier files (default: every other .txt gold file)"
    )
    args = ap.parse_args()
    new = [DATA / n for n in args.new]
    names = args.against or sorted(p.name for p in DATA.glob("*.txt"))
    earlier = [DATA / n for n in names if n not in args.new]
    parsed = {p: parse(p) for p in new}
    problems = [e for _, errs in parsed.values() for e in errs]
    for joined in (True, False):
        old: set[Gram] = set()
        for path in earlier:
            for line in path.read_text(encoding="utf-8").splitlines():
                old |= grams(line[2:] if line[:2] in MARKS else line, joined)
        owners: defaultdict[Gram, set[str]] = defaultdict(set)
        furniture = [
            (p.name, n, outlet, text, grams(text, joined))
            for p, (rows, _) in parsed.items()
            for n, outlet, mark, text in rows
            if mark == "-"
        ]
        for _, _, outlet, _, gs in furniture:
            for g in gs:
                owners[g].add(outlet)
        for name, n, outlet, text, gs in furniture:
            shared = {g for g in gs if g in old or owners[g] - {outlet}}
            if shared:
                runs = ", ".join(sorted(" ".join(g) for g in shared)[:3])
                problems.append(f"{name}:{n} ({outlet}) {text[:60]!r} shares: {runs}")
    for p, (rows, _) in parsed.items():
        counts = {m: sum(1 for r in rows if r[2] == m) for m in "+-="}
        print(f"{p.name}: + {counts['+']}, - {counts['-']}, = {counts['=']} lines")
    print("\n".join(problems) if problems else "OK: parses, no shared 4-word runs in furniture")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
