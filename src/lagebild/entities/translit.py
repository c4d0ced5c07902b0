"""Spelling-insensitive keys for names: German/English transliteration and umlaut folding.

Russian and Ukrainian names reach German news in several spellings: the German Duden style
(Selenskyj, Nawalny, Schoigu, Chodorkowski), the English one (Zelensky, Navalny, Shoigu,
Khodorkovsky) and older German ones (Selenski). German names show up with umlauts written out
(Söder/Soeder, Müller/Mueller). :func:`phonetic_keys` maps all of these to the same key by
undoing the systematic differences:

- umlauts and their digraphs (ä/ae -> a), ß -> ss, accents dropped (Erdoğan -> erdogan);
- sibilants: tsch/tch -> one symbol, sch/sh/zh -> s, German initial s = English z (z -> s);
- w -> v (Wladimir/Vladimir, -ow/-ov), j/y -> i (Sergej/Sergey, -skyj/-sky/-skij, Julija/Yulia),
  ck -> k, c -> k, kh -> ch, x -> ks, ph -> f, th -> t;
- "ch" is /x/ in German (Chodorkowski = Khodorkovsky) but /tʃ/ in English (= German "tsch"),
  so a name with "ch" gets two keys, one for each reading;
- doubled letters are collapsed (Odessa/Odesa, Mueller/Müller -> muler).

Keys are for lookups only and never shown.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "æ": "a", "ø": "o", "œ": "o"})
_REPEAT = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aeiou]")
_TSCH = "9"  # stands for the /tʃ/ sound in a key


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower case without umlauts, accents or ß: "Söder" -> "soder", "Erdoğan" -> "erdogan"."""
    s = text.casefold()  # also ß -> ss
    s = s.translate(_UMLAUTS)
    s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def flat(text: str) -> str:
    """``fold`` with everything but letters and digits removed ("Robert Koch-Institut" ->
    "robertkochinstitut"); compounds written apart, with a hyphen or closed get the same key."""
    return _NON_WORD.sub("", fold(text))


def _consonants(s: str, ch_as: str) -> str:
    s = s.replace("tsch", _TSCH).replace("tch", _TSCH)
    s = s.replace("sch", "s").replace("sh", "s").replace("zh", "s")
    s = s.replace("kh", "ch")
    s = s.replace("ch", ch_as)
    s = s.replace("ck", "k").replace("ph", "f").replace("th", "t")
    s = s.replace("x", "ks").replace("qu", "kv").replace("c", "k")
    s = s.replace("w", "v").replace("z", "s").replace("j", "i").replace("y", "i")
    return _REPEAT.sub(r"\1", s)


@functools.lru_cache(maxsize=65_536)  # names recur across articles
def phonetic_keys(text: str) -> tuple[str, ...]:
    """Transliteration keys of a name (one, or two when it contains "ch"); empty for no letters.

    >>> phonetic_keys("Selenskyj") == phonetic_keys("Zelenskyy")
    True
    """
    s = flat(text)
    if not s:
        return ()
    german = _consonants(s, "h")
    if "ch" not in s.replace("tsch", "").replace("tch", "").replace("sch", "").replace("kh", ""):
        return (german,)
    english = _consonants(s, _TSCH)
    return (german,) if english == german else (german, english)


def phonetic_key(text: str) -> str:
    """The first (German-reading) transliteration key."""
    keys = phonetic_keys(text)
    return keys[0] if keys else ""


def skeleton(key: str) -> str:
    """Consonant skeleton of a phonetic key: first letter plus the consonants ("kiev" -> "kv").

    Used only to find candidates for place-name variants (Kiew/Kyjiw/Kyiv); a candidate still
    has to pass a similarity check.
    """
    if not key:
        return ""
    return key[0] + _VOWELS.sub("", key[1:])


def deletions(key: str) -> set[str]:
    """The key with each single character deleted (symmetric-deletion candidate keys).

    Two keys within one edit of each other share at least one entry of ``{key} | deletions``.
    """
    return {key[:i] + key[i + 1 :] for i in range(len(key))}
