"""Post-CRF corrections (lagebild.ner.postfix) on invented sentences with given CRF labels."""

from __future__ import annotations

import pytest

from lagebild.ner import Recogniser
from lagebild.ner.features import FeatureExtractor
from lagebild.ner.postfix import (
    Fix,
    apply_postfix,
    fix_clubs,
    fix_currencies,
    fix_currency_codes,
    fix_media_and_universities,
    fix_org_appositions,
    fix_place_nouns,
    fix_places_after_prepositions,
    fix_speakers,
    fix_streets,
    trim_function_tails,
)


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor(Recogniser.load().resources)


def _run(fix: Fix, text: str, labels: list[str], fx: FeatureExtractor) -> list[str]:
    words = text.split()
    assert len(words) == len(labels)
    return apply_postfix(words, labels, fx, (fix,))


def test_streets(fx: FeatureExtractor) -> None:
    text = "Die Feier fand in der Quellenbuschstraße statt ."
    assert _run(fix_streets, text, ["O"] * 8, fx)[5] == "B-LOC"
    # a span ending in a street word becomes a place, "<Xer> Straße" too
    text = "Er wohnt in der Grabbeler Straße , nicht am Lindenhof ."
    out = _run(fix_streets, text, ["O"] * 11, fx)
    assert out[4:6] == ["B-LOC", "I-LOC"]
    out = _run(fix_streets, text, ["O"] * 4 + ["B-ORG", "I-ORG"] + ["O"] * 5, fx)
    assert out[4:6] == ["B-LOC", "I-LOC"]
    # short words ending in a street head are plain nouns
    assert _run(fix_streets, "Am Ufer stand er .", ["O"] * 5, fx) == ["O"] * 5


def test_currencies(fx: FeatureExtractor) -> None:
    out = _run(fix_currencies, "Das kostet 40 Gulden und 3 Kühe .", ["O"] * 8, fx)
    assert out == ["O", "O", "O", "B-MISC", "O", "O", "O", "O"]
    # without an amount nothing changes
    assert _run(fix_currencies, "Der Franken fiel .", ["O"] * 4, fx) == ["O"] * 4


def test_currency_codes(fx: FeatureExtractor) -> None:
    # after an amount (also "Mio ." split by the tokenizer) and before a number
    out = _run(fix_currency_codes, "Der Umsatz lag bei 7 Mio . EUR .", ["O"] * 9, fx)
    assert out[7] == "B-MISC"
    out = _run(fix_currency_codes, "Sie zahlte 12,40 € und ging .", ["O"] * 7, fx)
    assert out[3] == "B-MISC"
    out = _run(fix_currency_codes, "Der Verlust betrug CHF 3 Mio .", ["O"] * 7, fx)
    assert out[3] == "B-MISC"
    # a code the CRF made an organisation, or a person with the amount word
    labels = ["O", "O", "O", "O", "O", "B-ORG", "O"]
    out = _run(fix_currency_codes, "Der Gewinn stieg auf 9 USD .", labels, fx)
    assert out[5] == "B-MISC"
    labels = ["O", "O", "O", "O", "B-PER", "I-PER", "O"]
    out = _run(fix_currency_codes, "Das Defizit lag bei Mio CHF .", labels, fx)
    assert out[4:6] == ["O", "B-MISC"]
    # without an amount, or inside a longer name, nothing changes
    assert _run(fix_currency_codes, "Der EUR fiel .", ["O"] * 4, fx) == ["O"] * 4
    labels = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    text = "Die EUR Handel 5 ."
    assert _run(fix_currency_codes, text, labels, fx) == labels


def test_org_appositions(fx: FeatureExtractor) -> None:
    # a person or place span after an organisation-kind noun becomes ORG
    labels = ["O", "O", "O", "O", "B-PER", "I-PER", "O"]
    out = _run(fix_org_appositions, "Sie spielt beim Zweitligisten Rot Hasenfeld .", labels, fx)
    assert out[4:6] == ["B-ORG", "I-ORG"]
    labels = ["O", "O", "O", "O", "O", "B-LOC", "O"]
    out = _run(fix_org_appositions, "Er klagte gegen die Firma Quellbach .", labels, fx)
    assert out[5] == "B-ORG"
    # an untagged unknown name after such a noun, also inside a compound
    out = _run(fix_org_appositions, "Der Spielzeughersteller Murkelix wächst .", ["O"] * 5, fx)
    assert out[2] == "B-ORG"
    # a genitive place or a word the lexicon knows stays as it is
    labels = ["O", "O", "O", "B-LOC", "O"]
    text = "Der größte Anbieter Nordhessens ."
    assert _run(fix_org_appositions, text, labels, fx) == labels
    text = "Die Firma Zukunft wächst ."
    assert _run(fix_org_appositions, text, ["O"] * 5, fx) == ["O"] * 5


def test_speakers(fx: FeatureExtractor) -> None:
    text = '" Das reicht nicht " , sagte Quaschnik .'
    out = _run(fix_speakers, text, ["O"] * 9, fx)
    assert out[7] == "B-PER"
    # no quotation before the verb: left alone
    text = "Dann sagte Quaschnik nichts ."
    assert _run(fix_speakers, text, ["O"] * 5, fx) == ["O"] * 5


def test_places_after_prepositions(fx: FeatureExtractor) -> None:
    out = _run(fix_places_after_prepositions, "Der Zug fährt nach Gütersloh .", ["O"] * 6, fx)
    assert out[4] == "B-LOC"


def test_place_nouns(fx: FeatureExtractor) -> None:
    text = "Sie zog in den Ortsteil Kleinwiesenhain-Nord ."
    assert _run(fix_place_nouns, text, ["O"] * 7, fx)[5] == "B-LOC"
    # a common noun after a place noun stays untagged
    text = "In der Stadt Zeit zu verbringen ."
    assert _run(fix_place_nouns, text, ["O"] * 7, fx) == ["O"] * 7


def test_clubs(fx: FeatureExtractor) -> None:
    text = "Er spielt beim 1. FC Nürnberg und beim FC Schalke 04 ."
    labels = ["O"] * 4 + ["B-ORG", "I-ORG"] + ["O"] * 2 + ["B-ORG", "I-ORG", "O", "O"]
    out = _run(fix_clubs, text, labels, fx)
    assert out[3:6] == ["B-ORG", "I-ORG", "I-ORG"]
    assert out[8:11] == ["B-ORG", "I-ORG", "I-ORG"]


def test_media_and_universities(fx: FeatureExtractor) -> None:
    text = "Das meldete die Bremer Zeitung ."
    assert _run(fix_media_and_universities, text, ["O"] * 6, fx)[3:5] == ["B-ORG", "I-ORG"]
    text = "Sie lehrt an der Universität Bielefeld ."
    out = _run(fix_media_and_universities, text, ["O"] * 5 + ["B-LOC", "O"], fx)
    assert out[4:6] == ["B-ORG", "I-ORG"]
    # a plain newspaper noun is not a name
    text = "Das stand in der Zeitung ."
    assert _run(fix_media_and_universities, text, ["O"] * 6, fx) == ["O"] * 6


def test_trim_function_tails(fx: FeatureExtractor) -> None:
    out = _run(
        trim_function_tails,
        "Sie fuhr mit Bettina von hier .",
        ["O", "O", "O", "B-PER", "I-PER", "O", "O"],
        fx,
    )
    assert out[3:5] == ["B-PER", "O"]


def test_recogniser_applies_postfix() -> None:
    labels = Recogniser.load().tag([["Er", "zahlte", "40", "Gulden", "."]])
    assert labels[0][3] == "B-MISC"
