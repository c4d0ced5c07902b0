"""Roles of a person mention from the words around it.

Patterns (role nouns come from the suffix lexicon in :mod:`lagebild.ner.lexicon`):

- title before the name: "Bundesinnenministerin Nancy Faeser", "GDL-Chef Claus Weselsky",
  "der russische Außenminister Sergej Lawrow", "Chef der GDL, Claus Weselsky";
- apposition after the name: "Nancy Faeser, die Bundesinnenministerin," and
  "Claus Weselsky, Chef der Lokführergewerkschaft GDL,".

A role is normalised to its uninflected noun; an organisation or place attached by
"der/des X" is moved to the front, so "Außenbeauftragte der EU" and "EU-Außenbeauftragte"
become the same role.
"""

from __future__ import annotations

from lagebild.ner.lexicon import normalise_role
from lagebild.ner.tokenize import Token

_DETERMINERS = frozenset(
    {
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "Der",
        "Die",
        "Das",
        "Ein",
        "Eine",
    }
)
_GENITIVE_ARTICLES = frozenset({"der", "des"})
# Words allowed between a role noun and the name: adjectives and "amtierende" etc. are
# lower-case; at most this many are skipped when looking left of the name.
MAX_ADJECTIVES = 3


def find_roles(tokens: list[Token], i: int, j: int, labels: list[str]) -> list[str]:
    """Normalised roles of the person mention ``tokens[i:j]`` (empty when none is stated)."""
    roles: list[str] = []
    left = _role_before(tokens, i, labels)
    if left:
        roles.append(left)
    right = _role_after(tokens, j, labels)
    if right and right not in roles:
        roles.append(right)
    return roles


def _role_before(tokens: list[Token], i: int, labels: list[str]) -> str | None:
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1  # "Chef der GDL, Claus Weselsky"
    if k < 0:
        return None
    # "Chef der GDL" / "Außenbeauftragte der Europäischen Union" directly before the name
    org_end = k + 1
    org_start = _entity_start(tokens, labels, k)
    if (
        org_start is not None
        and org_start >= 2
        and tokens[org_start - 1].text in _GENITIVE_ARTICLES
    ):
        role = normalise_role(tokens[org_start - 2].text)
        if role:
            return _qualify(role, tokens[org_start:org_end])
    if tokens[k].text == ",":
        return None
    return normalise_role(tokens[k].text) if labels[k] == "O" else None


def _role_after(tokens: list[Token], j: int, labels: list[str]) -> str | None:
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    if k < len(tokens) and tokens[k].text in _DETERMINERS:
        k += 1
    skipped = 0
    while k < len(tokens) and tokens[k].text[:1].islower() and skipped < MAX_ADJECTIVES:
        k += 1
        skipped += 1
    if k >= len(tokens) or labels[k] != "O":
        return None
    role = normalise_role(tokens[k].text)
    if role is None:
        return None
    k += 1
    if k + 1 < len(tokens) and tokens[k].text in _GENITIVE_ARTICLES:
        end = _entity_end(tokens, labels, k + 1)
        if end is not None:
            return _qualify(role, tokens[k + 1 : end])
    return role


def _entity_start(tokens: list[Token], labels: list[str], k: int) -> int | None:
    """Start of the tagged ORG/LOC/MISC span ending at ``k`` (or of an acronym at ``k``)."""
    lab = labels[k]
    if lab == "O":
        word = tokens[k].text
        return k if word.isupper() and len(word) >= 2 else None
    if lab[2:] == "PER":
        return None
    while k > 0 and labels[k].startswith("I-"):
        k -= 1
    return k


def _entity_end(tokens: list[Token], labels: list[str], k: int) -> int | None:
    """End (exclusive) of the ORG/LOC/MISC span starting at ``k`` (or an acronym at ``k``)."""
    lab = labels[k]
    if lab == "O":
        word = tokens[k].text
        return k + 1 if word.isupper() and len(word) >= 2 else None
    if lab[2:] == "PER" or not lab.startswith("B-"):
        return None
    k += 1
    while k < len(tokens) and labels[k] == "I-" + lab[2:]:
        k += 1
    return k


def _qualify(role: str, org: list[Token]) -> str:
    """ "Außenbeauftragte" + [EU] -> "EU-Außenbeauftragte"; longer names stay after the role."""
    if len(org) == 1:
        name = org[0].text
        if name.endswith("s") and not name.isupper() and len(name) > 3:
            name = name[:-1]  # genitive "des Vereins" is rare for names; "Deutschlands" -> stem
        return f"{name}-{role}"
    return f"{role} der {' '.join(t.text for t in org)}"
