"""Tests of the stacking experiment's non-local features in scripts/train_ner.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"


@pytest.fixture(scope="module")
def train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner_stack_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


BATCH = [
    ["Olga", "Brenner", "fuhr", "nach", "Kassel", "."],
    ["Brenner", "sagte", "in", "Kassel", "nichts"],
    ["Kassel", "ist", "klein"],
]
LABELS = [
    ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
    ["B-LOC", "O", "O", "B-LOC", "O"],
    ["O", "O", "O"],
]


def test_majority_elsewhere_leaves_out_the_token_itself(train_ner: ModuleType) -> None:
    feats = train_ner.nonlocal_features(BATCH, LABELS, own=False)
    # "Kassel" in sentence 3 is untagged, but tagged LOC twice elsewhere
    assert "tm=LOC" in feats[2][0] and "te=LOC" in feats[2][0]
    # "Brenner" tagged LOC in sentence 2: elsewhere it is the last token of a PER span
    assert {"tm=PER", "te=PER", "sm=PER", "lm=PER"} <= set(feats[1][0])
    # lower-case words get no aggregated features; own labels only with own=True
    assert feats[0][2] == []
    own = train_ner.nonlocal_features(BATCH, LABELS, own=True)
    assert own[0][0][:3] == ["s1=B-PER", "s1-=BOS", "s1+=I-PER"]


def test_context_batch_counts_but_gets_no_features(train_ner: ModuleType) -> None:
    ctx = ([["Kassel", "liegt", "an", "der", "Fulda"]], [["B-ORG", "O", "O", "O", "B-LOC"]])
    feats = train_ner.nonlocal_features(BATCH[2:], LABELS[2:], own=False, context=ctx)
    assert len(feats) == 1
    assert "te=ORG" in feats[0][0]
    # a tie between O and a type goes to the type
    assert train_ner._majority(train_ner.Counter({"O": 1, "LOC": 1})) == "LOC"
