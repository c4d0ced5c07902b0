"""``lexicon.is_org_head``: a capitalised word ending in an organisation head noun."""

from __future__ import annotations

import pytest

from lagebild.ner import lexicon


@pytest.mark.parametrize("word", ["Arbeiterpartei", "Zentralbank", "Bauernverband", "Partei"])
def test_org_head_endings(word: str) -> None:
    assert lexicon.is_org_head(word)


@pytest.mark.parametrize("word", ["arbeiterpartei", "Haus", "Merkel", "", "Parteitag"])
def test_not_org_head(word: str) -> None:
    assert not lexicon.is_org_head(word)


def test_same_as_checking_each_head() -> None:
    words = ["Arbeiterpartei", "Verbandes", "Bankhaus", "Sparkasse", "X", "Ärztekammer"]
    for w in words:
        expected = w[:1].isupper() and any(w.lower().endswith(h) for h in lexicon.ORG_HEADS)
        assert lexicon.is_org_head(w) == expected
