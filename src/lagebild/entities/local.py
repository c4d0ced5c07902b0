"""Within one article: which mentions name the same thing.

An article introduces a person with the full name and then uses the surname ("Annalena
Baerbock" ... "Baerbock" ... "Baerbocks"), and an organisation with its long form and then the
acronym or a short form ("Europäische Zentralbank" ... "EZB"; "Deutsche Bundesbank" ...
"Bundesbank"). Grouping these first gives the cross-article resolver whole groups with all
their names and roles. A surname that fits two full names of the article (Helmut and Renate
Schmidt) joins one only if its role says which; otherwise it stays ambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.entities.acronyms import abbreviates, generated_acronyms
from lagebild.entities.names import FUNCTION_WORDS, ParsedName
from lagebild.entities.roles import role_signatures
from lagebild.entities.similarity import MIN_COMPOUND_SUFFIX, given_compatible, tokens_contain

MIN_LOOSE_ACRONYM = 3  # the loose (Schwartz-Hearst) acronym test needs at least this many letters


@dataclass
class LocalGroup:
    """Mentions of one article that name the same thing."""

    type: str
    names: list[ParsedName] = field(default_factory=list)
    members: list[int] = field(default_factory=list)  # indexes into the article's mentions
    roles: list[tuple[str, str]] = field(default_factory=list)  # (display role, qualifier)

    @property
    def has_given(self) -> bool:
        return any(n.has_given for n in self.names)

    @property
    def is_acronym_only(self) -> bool:
        return all(n.acronym for n in self.names)

    def given(self) -> list[str]:
        return sorted({g for n in self.names for g in n.given})

    def surnames(self) -> set[str]:
        return {s for n in self.names for s in (n.surname, n.surname_alt) if s}

    def strong_surnames(self) -> set[str]:
        return {n.surname for n in self.names if n.surname}

    def role_keys(self) -> set[str]:
        """Signatures of the group's roles (without country qualifiers)."""
        return {s for role, _ in self.roles for s in role_signatures(role)}

    def longest(self) -> ParsedName:
        return max(self.names, key=lambda n: (not n.acronym, len(n.tokens), len(n.display)))

    def absorb(self, other: LocalGroup) -> None:
        self.names.extend(other.names)
        self.members.extend(other.members)
        self.roles.extend(r for r in other.roles if r not in self.roles)


def group_mentions(
    parsed: list[ParsedName | None], roles: list[list[tuple[str, str]]]
) -> tuple[list[LocalGroup], list[int]]:
    """Group an article's parsed mentions; returns the groups and the ambiguous mentions."""
    groups: list[LocalGroup] = []
    ambiguous: list[int] = []
    order = sorted(range(len(parsed)), key=lambda i: parsed[i] is None or not _full(parsed[i]))
    for i in order:
        name = parsed[i]
        if name is None:
            continue
        if name.is_person:
            target = _person_target(name, roles[i], groups)
            if target == "ambiguous":
                ambiguous.append(i)
                continue
        else:
            target = _same_key(name, groups)
        if isinstance(target, LocalGroup):
            target.names.append(name)
            target.members.append(i)
            target.roles.extend(r for r in roles[i] if r not in target.roles)
        else:
            groups.append(LocalGroup(name.type, [name], [i], list(roles[i])))
    return _merge_short_forms(groups), ambiguous


def _full(name: ParsedName | None) -> bool:
    return name is not None and (name.has_given or not name.is_person)


def _person_target(
    name: ParsedName, roles: list[tuple[str, str]], groups: list[LocalGroup]
) -> LocalGroup | str | None:
    keys = {k for k in (name.surname, name.surname_alt) if k}
    persons = [g for g in groups if g.type == "PER" and keys & g.surnames()]
    if name.has_given:
        for g in persons:
            if g.has_given and given_compatible(list(name.given), g.given()):
                return g
        for g in persons:
            if not g.has_given:
                return g
        return None
    if not persons:
        return None
    full = [g for g in persons if g.has_given] or persons
    if len(full) == 1:
        return full[0]
    wanted = {s for role, _ in roles for s in role_signatures(role)}
    by_role = [g for g in full if wanted & g.role_keys()]
    return by_role[0] if len(by_role) == 1 else "ambiguous"


def _same_key(name: ParsedName, groups: list[LocalGroup]) -> LocalGroup | None:
    keys = {name.key(), name.alt_key()} - {""}
    for g in groups:
        if g.type == name.type and keys & {k for n in g.names for k in (n.key(), n.alt_key())}:
            return g
    return None


def _merge_short_forms(groups: list[LocalGroup]) -> list[LocalGroup]:
    """Join acronym and short-form groups to the one long form of the article they fit."""
    merged: set[int] = set()
    for gi, g in enumerate(groups):
        if g.type == "PER":
            continue
        candidates = [
            hi for hi, h in enumerate(groups)
            if hi != gi and hi not in merged and h.type == g.type and not h.is_acronym_only
            and _is_short_form(g, h)
        ]  # fmt: skip
        if len(candidates) == 1:
            groups[candidates[0]].absorb(g)
            merged.add(gi)
    return [g for i, g in enumerate(groups) if i not in merged]


def _is_short_form(short: LocalGroup, long: LocalGroup) -> bool:
    long_name = long.longest()
    if short.is_acronym_only:
        acr = short.names[0].acronym
        words = long_name.display.split()
        if acr in generated_acronyms(words, FUNCTION_WORDS):
            return True
        return len(acr) >= MIN_LOOSE_ACRONYM and abbreviates(acr, long_name.display)
    s = short.longest()
    last = long_name.tokens[-1]
    if (
        len(s.tokens) == 1
        and len(s.tokens[0]) >= MIN_COMPOUND_SUFFIX
        and last.endswith(s.tokens[0])
        and last != s.tokens[0]
    ):
        return True
    if len(s.tokens) >= len(long_name.tokens):
        return False
    return tokens_contain(long_name.tokens, s.tokens) or tokens_contain(
        long_name.alt_tokens, s.alt_tokens
    )
