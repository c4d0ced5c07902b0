from __future__ import annotations

from lagebild.ner.features import MAX_COMPOUND_CHARS, FeatureExtractor
from lagebild.ner.resources import Resources


def _extractor() -> FeatureExtractor:
    known = {"Gesetz", "Schutz"}
    return FeatureExtractor(Resources(), is_known=lambda w: w in known)


def test_an_unknown_word_ending_in_a_known_noun_is_a_compound() -> None:
    assert _extractor()._compound("Nichtraucherschutzgesetz")
    assert not _extractor()._compound("Kreisverwaltung")


def test_a_token_longer_than_any_compound_is_none() -> None:
    # hostile input: one "word" of thousands of characters would cost a lookup per tail
    long_token = "A." * MAX_COMPOUND_CHARS + "Gesetz"
    assert not _extractor()._compound(long_token)
