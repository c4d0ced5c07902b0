"""Quality floor on hand-written rewrite / independent-report pairs (tests/fixtures/rewrites)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from lagebild.dedup.engine import DedupEngine
from lagebild.dedup.features import CopyDoc, parse_time
from lagebild.dedup.schema import ensure_schema
from lagebild.dedup.scoring import SentenceEncoder

PAIRS = Path(__file__).parent.parent / "fixtures" / "rewrites" / "pairs.jsonl"


def load() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()  # shared: the model loads once for the module


def doc(pair: dict[str, Any], side: str) -> CopyDoc:
    d = pair[side]
    return CopyDoc(
        f"{pair['id']}-{side}",
        d["text"],
        d.get("title"),
        d.get("outlet"),
        d.get("url"),
        parse_time(d.get("published")),
        tuple(d.get("cites", ())),
    )


def fetch(by_id: dict[str, CopyDoc], ids: Sequence[str]) -> list[CopyDoc]:
    return [by_id[i] for i in ids]


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_fixture_pairs(order: str, encoder: SentenceEncoder) -> None:
    pairs = load()
    assert {p["label"] for p in pairs} == {"rewrite", "independent"}
    missed: list[str] = []
    wrong_direction: list[str] = []
    false_links: list[str] = []
    for p in pairs:
        docs = {s: doc(p, s) for s in "ab"}
        conn = sqlite3.connect(":memory:")
        ensure_schema(conn)
        by_id = {d.id: d for d in docs.values()}
        engine = DedupEngine(conn, partial(fetch, by_id), encoder=encoder)
        links = engine.add([docs[order[0]]]) + engine.add([docs[order[1]]])
        if p["label"] == "independent":
            false_links += [p["id"]] if links else []
            continue
        if not links:
            missed.append(p["id"])
            continue
        original = docs[p["original"]].id
        if [(ln.target == original) for ln in links] != [True]:
            wrong_direction.append(p["id"])
    assert (missed, wrong_direction, false_links) == ([], [], [])
