"""Index keys of names: what an entity is registered under and what a new name looks up.

Key spaces (``P`` = person, otherwise the entity type ``ORG``/``LOC``/``MISC``):

- ``P:f:<given>|<surname>`` full name, ``P:s:<surname>`` surname, ``P:d:<surname minus one
  letter>`` candidates for a misspelt surname (symmetric deletions, one edit);
- ``T:n:<name>`` whole name (phonetic key of the joined content tokens), ``T:a:<acronym>`` an
  acronym seen for the entity in an article, ``T:g:<acronym>`` an acronym generated from its
  long form, ``T:p:<part>`` a part of its long form ("bundesbank" of "Deutsche Bundesbank",
  "verfassungsgericht" of "Bundesverfassungsgericht"), ``T:k:<skeleton>`` the consonant skeleton
  of a one-word name (Kiew/Kyiv).
"""

from __future__ import annotations

from collections.abc import Iterable

from lagebild.entities.acronyms import generated_acronyms
from lagebild.entities.local import LocalGroup
from lagebild.entities.names import FUNCTION_WORDS, ParsedName
from lagebild.entities.record import EntityRecord
from lagebild.entities.similarity import MIN_COMPOUND_SUFFIX
from lagebild.entities.translit import deletions, phonetic_keys, skeleton
from lagebild.ner.lexicon import adjective_stem

MIN_FUZZY_SURNAME = 6  # shorter surnames get no misspelling keys (Merz/März, Lutz/Lotz)
OTHER_TYPES = ("ORG", "LOC", "MISC")


def _phon(tokens: Iterable[str]) -> tuple[str, ...]:
    return phonetic_keys("".join(tokens))


def _generic(token: str) -> bool:
    """Tokens that identify nothing on their own: adjectives ("deutsch", "europaisch")."""
    return adjective_stem(token) is not None or token.endswith("isch") or token in FUNCTION_WORDS


class KeyBuilder:
    def person_full(self, given: list[str], surnames: set[str]) -> set[str]:
        return {f"P:f:{g}|{s}" for g in given for s in surnames}

    def person_surname(self, surnames: set[str]) -> set[str]:
        return {f"P:s:{s}" for s in surnames}

    def person_deletions(self, surnames: set[str]) -> set[str]:
        out: set[str] = set()
        for s in surnames:
            if len(s) >= MIN_FUZZY_SURNAME:
                out |= {f"P:d:{d}" for d in deletions(s) | {s}}
        return out

    def name_keys(self, names: list[ParsedName]) -> set[str]:
        out: set[str] = set()
        for n in names:
            out.update(_phon(n.tokens))
            if n.alt_tokens and n.alt_tokens != n.tokens:
                out.update(_phon(n.alt_tokens))
        return out

    def names(self, etype: str, names: list[ParsedName]) -> set[str]:
        return {f"{etype}:n:{k}" for k in self.name_keys(names)}

    def names_any_type(self, names: list[ParsedName]) -> set[str]:
        keys = self.name_keys(names)
        return {f"{t}:n:{k}" for t in OTHER_TYPES for k in keys}

    def generated(self, names: list[ParsedName]) -> set[str]:
        """Phonetic keys of the acronyms the long forms among ``names`` plausibly have."""
        out: set[str] = set()
        for n in names:
            words = n.display.split()
            if not n.acronym and (len(words) >= 2 or "-" in n.display):
                for acr in generated_acronyms(words, FUNCTION_WORDS):
                    out.update(phonetic_keys(acr))
        return out

    def acronyms(self, names: list[ParsedName]) -> set[str]:
        """Phonetic keys of the acronyms among ``names`` (the space ``n:`` keys live in)."""
        return {k for n in names if n.acronym for k in phonetic_keys(n.acronym)}

    def parts(self, names: list[ParsedName]) -> set[str]:
        """Keys of the parts of each long form: contiguous token spans and compound suffixes."""
        out: set[str] = set()
        for n in names:
            if n.acronym:
                continue
            for tokens in {n.tokens, n.alt_tokens} - {()}:
                size = len(tokens)
                for i in range(size):
                    for j in range(i + 1, size + 1):
                        span = tokens[i:j]
                        if j - i == size or all(_generic(t) for t in span):
                            continue
                        out.update(_phon(span))
                last = tokens[-1]
                for k in range(3, len(last) - MIN_COMPOUND_SUFFIX + 1):
                    out.update(phonetic_keys(last[k:]))
        return out

    def skeletons(self, etype: str, names: list[ParsedName]) -> set[str]:
        return {
            f"{etype}:k:{skeleton(k)}"
            for n in names if len(n.tokens) == 1 and not n.acronym
            for k in _phon(n.tokens)
        }  # fmt: skip

    def record_keys(self, rec: EntityRecord) -> set[str]:
        return {k for ts in rec.token_sets for k in _phon(ts)}

    def for_group(self, g: LocalGroup, rec: EntityRecord) -> set[str]:
        """Every key the group's names register for the entity ``rec``."""
        if g.type == "PER":
            surnames = g.surnames()
            keys = self.person_surname(surnames) | self.person_deletions(g.strong_surnames())
            return keys | self.person_full(g.given(), g.strong_surnames())
        t = g.type
        keys = self.names(t, g.names)
        if not g.is_acronym_only:
            keys |= {f"{t}:a:{a}" for a in self.acronyms(g.names)}
        keys |= {f"{t}:g:{a}" for a in self.generated(g.names)}
        keys |= {f"{t}:p:{p}" for p in self.parts(g.names)}
        keys |= self.skeletons(t, g.names)
        return keys
