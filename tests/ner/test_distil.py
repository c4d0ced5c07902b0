"""Tests of the distillation helpers in scripts/train_ner.py (teacher vote, silver selection)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"


@pytest.fixture(scope="module")
def train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_vote_takes_the_majority_and_repairs_bio(train_ner: ModuleType) -> None:
    seqs = [
        ["B-PER", "I-PER", "O", "B-LOC"],
        ["B-PER", "I-PER", "O", "B-ORG"],
        ["O", "I-PER", "O", "B-MISC"],
    ]
    # token 4 has no majority -> O; token 1 keeps B-PER (2 of 3)
    assert train_ner.vote(seqs) == ["B-PER", "I-PER", "O", "O"]
    # a lone I- after a voted-out B- becomes a B-
    assert train_ner.vote([["O", "I-ORG"], ["O", "I-ORG"], ["B-ORG", "I-ORG"]]) == ["O", "B-ORG"]


def test_make_silver_agree_and_vote(train_ner: ModuleType) -> None:
    pool = [["Anna", "lacht"], ["Bern", "ruft"], ["Der", "Rat"]]
    teachers = [
        [["B-PER", "O"], ["B-LOC", "O"], ["O", "O"]],
        [["B-PER", "O"], ["B-ORG", "O"], ["O", "O"]],
        [["B-PER", "O"], ["B-LOC", "O"], ["O", "O"]],
    ]
    agree = train_ner.make_silver(pool, teachers, "agree", 10)
    assert agree == [(pool[0], ["B-PER", "O"]), (pool[2], ["O", "O"])]
    voted = train_ner.make_silver(pool, teachers, "vote", 10)
    assert voted[1] == (pool[1], ["B-LOC", "O"])
    # the limit spreads the kept sentences over the pool, deterministically
    assert train_ner.make_silver(pool, teachers, "vote", 2) == [voted[0], voted[1]]
