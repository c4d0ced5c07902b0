"""Transliteration keys: spelling variants share a key, different names do not."""

from __future__ import annotations

import pytest

from lagebild.entities.translit import deletions, phonetic_keys, skeleton


@pytest.mark.parametrize(
    "a, b",
    [
        ("Selenskyj", "Zelenskyy"), ("Selenski", "Zelensky"), ("Nawalny", "Navalny"),
        ("Nawalnyj", "Navalny"), ("Schoigu", "Shoigu"), ("Chodorkowski", "Khodorkovsky"),
        ("Lawrow", "Lavrov"), ("Sergej", "Sergey"), ("Julija", "Yulia"), ("Söder", "Soeder"),
        ("Müller", "Mueller"), ("Baerbock", "Baerbok"), ("Erdoğan", "Erdogan"),
        ("Odessa", "Odeßa"), ("Köln", "Coeln"), ("Klitschko", "Klytschko"),
        ("Michail", "Mikhail"), ("Charkiw", "Kharkiv"),
    ],
)  # fmt: skip
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert set(phonetic_keys(a)) & set(phonetic_keys(b))


@pytest.mark.parametrize(
    "a, b",
    [("Nawalny", "Nawalnaja"), ("Scholz", "Schulz"), ("Helmut", "Renate"), ("Merz", "März")],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert not set(phonetic_keys(a)) & set(phonetic_keys(b))


def test_place_skeleton_and_deletions() -> None:
    assert skeleton(phonetic_keys("Kiew")[0]) == skeleton(phonetic_keys("Kyiv")[0])
    assert "lavrv" in deletions("lavrov")
    assert phonetic_keys("") == ()
