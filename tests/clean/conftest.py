"""The boilerplate gold set (bench/data/boilerplate), read for the quality gates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "bench" / "data" / "boilerplate"


@dataclass
class GoldArticle:
    meta: dict[str, str]
    body: str = ""
    lines: list[tuple[str, str, int]] = field(default_factory=list)  # (mark, text, start)


def load(name: str) -> list[GoldArticle]:
    articles: list[GoldArticle] = []
    parts: list[str] = []
    for raw in (GOLD / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if raw.startswith("### "):
            if articles:
                articles[-1].body = "".join(parts).rstrip("\n") + "\n"
            meta = dict(kv.strip().split("=", 1) for kv in raw[4:].split(" | "))
            articles.append(GoldArticle(meta))
            parts = []
        elif articles and not raw.strip():
            parts.append("\n")
        elif articles:
            start = sum(len(p) for p in parts)
            articles[-1].lines.append((raw[0], raw[2:], start))
            parts.append(raw[2:] + "\n")
    if articles:
        articles[-1].body = "".join(parts).rstrip("\n") + "\n"
    return articles


@pytest.fixture
def gold() -> Callable[[str], list[GoldArticle]]:
    """``gold("tuning")`` -> the articles of one gold set."""
    return load
