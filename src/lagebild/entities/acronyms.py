"""Acronyms and long forms of organisations: EZB / Europäische Zentralbank, AfD / Alternative für
Deutschland, DWD / Deutscher Wetterdienst, RKI / Robert Koch-Institut.

Two checks with different strength:

- :func:`generated_acronyms` builds the few acronyms a long form plausibly has (initials of its
  words, with or without function words, and with compound nouns split at a known head noun:
  "Zentral|bank", "Wetter|dienst"). These are index keys, so an acronym in one article finds the
  long form from another article. A trailing place ("... Deutschlands", "... in Bayern") gives
  a second reading without it (CDU, CSU), next to the one with it (SPD).
- :func:`abbreviates` is the looser test of Schwartz & Hearst (2003): the acronym's letters occur
  in order in the long form, the first at a word start. It accepts legal abbreviations such as
  BVerfG / Bundesverfassungsgericht, so it is only used inside one article, where the two forms
  stand next to each other.
"""

from __future__ import annotations

import functools
import itertools

from lagebild.entities.translit import flat
from lagebild.ner.lexicon import ORG_HEADS

# Head nouns at which a compound is split for acronyms ("Zentralbank" -> Z, B).
COMPOUND_HEADS: tuple[str, ...] = tuple(
    sorted(
        {*ORG_HEADS, "dienst", "gericht", "institut", "organisation", "organization", "kammer",
         "anstalt", "zentrale", "werk", "versicherung", "gemeinschaft", "vereinigung", "pakt",
         "bündnis", "kasse", "schaft", "polizei", "sender", "haus", "netz", "agentur", "fonds"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
# folded once here, not per word
_FLAT_HEADS: tuple[str, ...] = tuple(flat(head) for head in COMPOUND_HEADS)
MIN_MODIFIER = 3  # a compound modifier needs at least this many letters ("Zentral" in Zentralbank)
MAX_GENERATED = 16


@functools.lru_cache(maxsize=65_536)
def _word_options(word: str) -> tuple[str, ...]:
    """Initial letters a word can contribute: "Zentralbank" -> ("z", "zb").

    Cached: the same words recur across the mentions of a corpus.
    """
    low = flat(word)
    if not low:
        return ("",)
    if "-" in word:
        parts = [flat(p) for p in word.split("-") if flat(p)]
        return tuple(dict.fromkeys(["".join(p[0] for p in parts), low[0]]))
    options = [low[0]]
    stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else low
    for h in _FLAT_HEADS:
        end = next((w for w in (low, stem) if w.endswith(h)), "")
        if end and len(end) - len(h) >= MIN_MODIFIER:
            options.append(low[0] + h[0])
            break
    return tuple(options)


def without_place_tail(words: list[str]) -> list[str] | None:
    """The long form without a trailing place, which acronyms often leave out: "Christlich
    Demokratische Union Deutschlands" (CDU), "Christlich-Soziale Union in Bayern" (CSU). Some keep
    it (SPD, EKD), so this is an extra reading. None when there is no such tail."""
    if len(words) >= 3 and words[-2] in ("in", "im") and words[-1][:1].isupper():
        return words[:-2]
    last = words[-1]
    genitive = last.endswith("s") and not last.endswith(("ss", "us", "is"))  # not "Sozialismus"
    if len(words) >= 3 and last[:1].isupper() and genitive:
        return words[:-1]
    return None


def generated_acronyms(words: list[str], function_words: frozenset[str]) -> set[str]:
    """Plausible acronyms of a multi-word long form, folded (lower case)."""
    if len(words) < 2 and not any("-" in w for w in words):
        single = words[0] if words else ""
        opts = _word_options(single)
        return {o for o in opts if len(o) >= 2}
    out: set[str] = set()
    bodies = [words]
    core = without_place_tail(words)
    if core is not None:
        bodies.append(core)
    for body, keep_function in itertools.product(bodies, (False, True)):
        chosen = [w for w in body if keep_function or flat(w) not in function_words]
        if not chosen:
            continue
        for combo in itertools.product(*(_word_options(w) for w in chosen)):
            acr = "".join(combo)
            if len(acr) >= 2:
                out.add(acr)
            if len(out) >= MAX_GENERATED:
                return out
    return out


def abbreviates(acronym: str, long_form: str) -> bool:
    """Schwartz-Hearst test: can ``acronym`` be read off ``long_form``? (case-insensitive)."""
    short = flat(acronym)
    long = " ".join(flat(w) for w in long_form.replace("-", " ").split())
    if len(short) < 2 or len(long) <= len(short):
        return False
    s, li = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        while li >= 0 and (long[li] != c or (s == 0 and li > 0 and long[li - 1] != " ")):
            li -= 1
        if li < 0:
            return False
        s -= 1
        li -= 1
    return True
