"""Tests of the compound-splitting experiment (``--decomp``) in scripts/train_ner.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lagebild.ner.resources import Resources

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"
# an invented word list standing in for the lexicon
KNOWN = {"wasser", "turm", "garten", "fest", "haus", "amt", "verein"}


@pytest.fixture(scope="module")
def train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner_decomp_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _fx(train_ner: ModuleType, mode: str) -> object:
    fx = train_ner.DecompFeatures(Resources(), mode)
    fx._is_known = lambda w: w.lower() in KNOWN
    return fx


def test_chains_of_known_words_split(train_ner: ModuleType) -> None:
    fx = _fx(train_ner, "flag")
    assert fx.splits("wasserturmfest")
    assert fx.splits("gartenhausverein")
    assert fx.splits("hausamt")


def test_linking_s_and_n(train_ner: ModuleType) -> None:
    fx = _fx(train_ner, "flag")
    assert fx.splits("vereinsfest")  # verein + s + fest
    assert fx.splits("gartenturm")
    assert not fx.splits("vereinxfest")


def test_a_single_known_word_or_a_name_does_not_split(train_ner: ModuleType) -> None:
    fx = _fx(train_ner, "flag")
    assert not fx.splits("wasser")
    assert not fx.splits("quendolinski")


def test_flags_mark_capitalised_unseen_words(train_ner: ModuleType) -> None:
    fx = _fx(train_ner, "flag")
    assert "dcomp" in fx.flags("Wasserturmfest")
    assert "nodcomp" in fx.flags("Quendolinski")
    assert not {"dcomp", "nodcomp"} & fx.flags("Turm")  # too short
    assert not {"dcomp", "nodcomp"} & fx.flags("wasserturmfest")  # lower case
