"""CoNLL/GermEval column files: read them, and tag one (``lagebild tag --conll``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

_SPLIT = re.compile(r"[\t ]+")


def read_sentences(inp: TextIO) -> Iterator[list[list[str]]]:
    """Yield sentences as lists of column lists; ``#`` comment lines are skipped."""
    cur: list[list[str]] = []
    for raw in inp:
        line = raw.rstrip("\r\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                yield cur
                cur = []
            continue
        cur.append(_SPLIT.split(line.strip()))
    if cur:
        yield cur


def to_four_class(label: str) -> str:
    """GermEval outer label -> PER/ORG/LOC/MISC BIO; OTH -> MISC, *deriv and *part -> O."""
    if label in ("O", "") or label.endswith(("deriv", "part")):
        return "O"
    prefix, _, typ = label.partition("-")
    if typ == "OTH":
        typ = "MISC"
    if prefix not in ("B", "I") or typ not in ("PER", "ORG", "LOC", "MISC"):
        return "O"
    return f"{prefix}-{typ}"


def read_germeval(path: Path) -> list[tuple[list[str], list[str]]]:
    """GermEval 2014 TSV (idx, token, outer, inner) -> (tokens, 4-class outer labels)."""
    out: list[tuple[list[str], list[str]]] = []
    with path.open(encoding="utf-8") as f:
        for sent in read_sentences(f):
            out.append(([c[1] for c in sent], [to_four_class(c[2]) for c in sent]))
    return out


def sentence_tokens(sent: list[list[str]]) -> list[str]:
    """The token column of one sentence: the first column, or the second in GermEval layout
    (every row ``idx token ...`` with idx counting 1, 2, 3, ...)."""
    if all(len(cols) >= 2 and cols[0] == str(i) for i, cols in enumerate(sent, 1)):
        return [cols[1] for cols in sent]
    return [cols[0] for cols in sent]


def tag_conll(inp: TextIO, out: TextIO) -> int:
    """Tag a one-token-per-line file (first column = token); write ``token<TAB>label``.

    A GermEval file (``idx<TAB>token<TAB>...``) is recognised and its second column used.
    Lines starting with ``#`` are ignored, blank lines separate sentences. Returns the number
    of sentences written.
    """
    from lagebild.ner.recogniser import Recogniser

    rec = Recogniser.load()
    count = 0
    batch: list[list[str]] = []

    def flush() -> None:
        for words, labels in zip(batch, rec.tag(batch), strict=True):
            for w, lab in zip(words, labels, strict=True):
                out.write(f"{w}\t{lab}\n")
            out.write("\n")
        batch.clear()

    for sent in read_sentences(inp):
        batch.append(sentence_tokens(sent))
        count += 1
        if len(batch) >= 256:
            flush()
    flush()
    return count
