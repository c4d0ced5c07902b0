"""Tests of the organisation-name patterns in scripts/mine_orgs.py (invented sentences)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mine_orgs.py"
KNOWN = frozenset({"Montag", "Bank", "Firma"})


def _known(word: str) -> bool:
    return word in KNOWN or word == "#Hannelore"


@pytest.fixture(scope="module")
def mine_orgs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mine_orgs_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_legal_form(mine_orgs: ModuleType) -> None:
    words = "Gestern kaufte die Quellwerk Pumpen AG einen Rivalen .".split()
    assert list(mine_orgs.legal_form_names(words)) == ["Quellwerk Pumpen AG"]
    # a sentence-initial word is not trusted as part of the name
    assert list(mine_orgs.legal_form_names("Laut Fernblick GmbH".split())) == ["Fernblick GmbH"]


def test_acronym(mine_orgs: ModuleType) -> None:
    words = "Das sagt das Amt für Moorschutz und Torfkunde ( AMT ) heute .".split()
    assert list(mine_orgs.acronym_names(words)) == ["Amt für Moorschutz und Torfkunde", "AMT"]
    # a person before a party acronym is no long form of it
    words = "Es sprach Ministerin Hannelore Quast ( SPD ) .".split()
    assert list(mine_orgs.acronym_names(words)) == []


def test_apposition(mine_orgs: ModuleType) -> None:
    words = "Der Streik der Gewerkschaft Fluglotsenbund dauert an .".split()
    assert list(mine_orgs.appo_names(words, _known)) == ["Fluglotsenbund"]
    # a known common word or a first name is not taken
    assert list(mine_orgs.appo_names("bei der Firma Montag".split(), _known)) == []
    assert list(mine_orgs.appo_names("den Verein Hannelore".split(), _known)) == []


def test_mine_needs_two_apposition_hits(
    mine_orgs: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mine_orgs, "MIN_APPOSITION", 2)
    sents = [
        "der Konzern Zwirbelsoft wächst".split(),
        "der Autobauer Rädergut baut".split(),
        "der Konzern Zwirbelsoft schrumpft".split(),
    ]
    assert mine_orgs.mine(sents, _known) == ["Zwirbelsoft"]
