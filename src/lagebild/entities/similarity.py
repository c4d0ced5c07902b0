"""Name comparisons shared by the in-article grouping and the cross-article resolver."""

from __future__ import annotations

from rapidfuzz.distance import Indel, Levenshtein

# Two given names (phonetic keys) are the same name from this normalised Indel similarity on:
# Sarah/Sahra 0.80, Wladimir/Wolodymyr 0.82, Julia/Julija 1.0 after transliteration; different
# names such as Helmut/Renate (0.17) or Hildegard/Gerhard (0.5) stay well below.
GIVEN_NAME_SIMILARITY = 0.75
# Place and organisation spellings (phonetic keys) with the same consonant skeleton are one
# name from this similarity on: Kiew/Kyiv 0.86, Charkiw/Charkow 0.83.
PLACE_SIMILARITY = 0.8
_FEMININE_ENDINGS = ("a", "e")


def _gender_pair(a: str, b: str) -> bool:
    """Daniel/Daniela, Maria/Mario, Christian/Christiane, Julia/Julian: related but different."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and 0 < len(long) - len(short) <= 2:
        return True
    return (
        len(a) == len(b)
        and a[:-1] == b[:-1]
        and a[-1] != b[-1]
        and (a[-1] in _FEMININE_ENDINGS or b[-1] in _FEMININE_ENDINGS)
    )


def same_given_name(a: str, b: str) -> bool:
    """Phonetic keys of two given names that may be the same name (or an initial of it)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _gender_pair(a, b):
        return False
    return Indel.normalized_similarity(a, b) >= GIVEN_NAME_SIMILARITY


def given_compatible(a: list[str], b: list[str]) -> bool:
    """Two sets of given names fit when either is empty or some pair is the same name."""
    if not a or not b:
        return True
    return any(same_given_name(x, y) for x in a for y in b)


def one_edit(a: str, b: str) -> bool:
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def similar_place(a: str, b: str) -> bool:
    return Indel.normalized_similarity(a, b) >= PLACE_SIMILARITY


MIN_COMPOUND_SUFFIX = 8  # "Verfassungsgericht" may stand for "Bundesverfassungsgericht"


def _token_match(short: str, long: str) -> bool:
    """Equal tokens; "m" (from "a. M.") matches "main"; "verfassungsgericht" matches
    "bundesverfassungsgericht" (the head of a compound)."""
    return (
        short == long
        or (len(short) <= 2 and long.startswith(short))
        or (len(short) >= MIN_COMPOUND_SUFFIX and long.endswith(short))
    )


def tokens_contain(long: tuple[str, ...] | list[str], short: tuple[str, ...] | list[str]) -> bool:
    """Every token of ``short`` occurs in ``long`` (in order)."""
    if not short:
        return False
    i = 0
    for tok in long:
        if i < len(short) and _token_match(short[i], tok):
            i += 1
    return i == len(short)


def token_sets_compatible(a: list[str], b: list[str]) -> bool:
    """One long form contains the other ("Frankfurt am Main" and "Frankfurt/Main" yes,
    "Frankfurt am Main" and "Frankfurt (Oder)" no)."""
    short, long = sorted((a, b), key=len)
    return tokens_contain(long, short) or tokens_contain(short, long)
