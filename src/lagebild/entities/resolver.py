"""The cross-article entity resolver: mentions in, canonical entities out.

Per article: parse every mention (:mod:`names`), group the article's mentions (:mod:`local`),
then resolve each group against the existing entities through exact index keys:

- persons by full name, then by surname with compatible given names, then (only with a shared
  role or co-occurring entity) by a surname one edit away; a surname alone links to the one
  entity with that surname, or, when there are several, to the one whose roles or co-occurring
  entities the article shares; otherwise it stays unlinked (ambiguous) rather than merged wrongly;
- organisations and places by name, by acronym (seen in an article, then generated from the
  long form), by short form (a part of a longer name) and, for single words, by
  transliteration (Kiew/Kyjiw/Kyiv);
- role-only references ("der Kanzler") to the holder named in the article, or to the holder of
  that office around the article's date (:mod:`references`).

The resolver is pure: it reads and writes an :class:`EntityIndex` (in memory by default).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from lagebild.entities.index import EntityIndex, MemoryIndex, RoleRow
from lagebild.entities.keys import KeyBuilder
from lagebild.entities.local import LocalGroup, group_mentions
from lagebild.entities.names import ParsedName, parse_name
from lagebild.entities.record import EntityRecord
from lagebild.entities.references import ReferenceResolver
from lagebild.entities.roles import qualifier_before, role_gender, role_key, role_signatures
from lagebild.entities.similarity import (
    given_compatible,
    one_edit,
    similar_place,
    token_sets_compatible,
)
from lagebild.entities.translit import phonetic_key
from lagebild.model import Mention

log = logging.getLogger(__name__)

MAX_CANDIDATES = 40  # more entities than this behind one surname key: too common to decide
MAX_NEIGHBOUR_ENTITIES = 30  # co-occurrence is recorded among at most this many per article


@dataclass
class Document:
    """One article as the resolver sees it."""

    id: str
    mentions: Sequence[Mention | dict[str, Any]]
    text: str = ""
    date: str | None = None  # ISO date of publication


@dataclass
class DocumentResult:
    links: list[str | None]  # entity id per input mention (None: unresolved or ambiguous)
    references: list[Mention] = field(default_factory=list)  # resolved role-only references
    counts: dict[str, int] = field(default_factory=dict)  # entity -> mentions in the article
    stats: Counter[str] = field(default_factory=Counter)


@dataclass
class EntityCluster:
    """The outcome for one entity: its record and the (article, mention index) pairs."""

    record: EntityRecord
    members: list[tuple[str, int]] = field(default_factory=list)


def _as_mention(m: Mention | dict[str, Any]) -> Mention:
    if isinstance(m, Mention):
        return m
    return Mention(
        text=m["text"], type=m["type"], start=int(m.get("start", -1)), end=int(m.get("end", -1)),
        sentence=int(m.get("sentence", -1)), base=m.get("base", "") or "",
        entity=m.get("entity"), roles=list(m.get("roles", [])),
    )  # fmt: skip


class Resolver:
    """Resolves articles one at a time against an index of entities."""

    def __init__(self, index: EntityIndex | None = None, firstnames: frozenset[str] = frozenset()):
        self.index: EntityIndex = index if index is not None else MemoryIndex()
        self.firstnames = firstnames
        self.keys = KeyBuilder()

    # -- public -------------------------------------------------------------------------------
    def resolve(self, documents: Iterable[Document]) -> list[EntityCluster]:
        """Resolve documents in order; the clusters of every entity they touched."""
        clusters: dict[str, EntityCluster] = {}
        for doc in documents:
            result = self.add(doc)
            for i, eid in enumerate(result.links):
                if eid is not None:
                    clusters.setdefault(eid, EntityCluster(_placeholder(eid))).members.append(
                        (doc.id, i)
                    )
        records = self.index.load(list(clusters))
        for eid, cluster in clusters.items():
            cluster.record = records[eid]
        return list(clusters.values())

    def add(self, doc: Document) -> DocumentResult:
        """Resolve one article: link its mentions, create or update entities, commit."""
        work = _Work(self.index, doc.id)
        mentions = [_as_mention(m) for m in doc.mentions]
        parsed = [parse_name(m.base or m.text, m.type, self.firstnames) for m in mentions]
        parsed = self._retype_surnames(mentions, parsed)
        roles = [self._mention_roles(doc, m, p) for m, p in zip(mentions, parsed, strict=True)]
        groups, ambiguous = group_mentions(parsed, roles)
        result = DocumentResult(links=[None] * len(mentions))
        result.stats["ambiguous"] += len(ambiguous)
        ordered = sorted(groups, key=_resolution_order)
        resolved: list[tuple[LocalGroup, str]] = []
        for g in ordered:
            eid, how = self._resolve_group(g, work, {e for _, e in resolved})
            if eid is None:
                result.stats["ambiguous"] += len(g.members)
                continue
            result.stats[how] += 1
            rec = work.records[eid]
            self._update(rec, g, mentions, doc, how, work)
            resolved.append((g, eid))
            for i in g.members:
                result.links[i] = eid
        refs = ReferenceResolver(work, doc.date)
        for ref, eid in refs.resolve(doc.text, mentions, resolved):
            rec = work.get(eid)
            rec.mentions += 1
            if ref.text not in rec.variants:
                rec.variants.append(ref.text)
            rec.add_evidence({"article": doc.id, "form": ref.text, "how": "role-reference",
                              "date": doc.date})  # fmt: skip
            work.touch(rec)
            ref_mention = Mention(
                text=ref.text,
                type="PER",
                start=ref.start,
                end=ref.end,
                entity=eid,
                roles=[ref.role],
            )
            result.references.append(ref_mention)
            result.stats["role-reference"] += 1
        counts: Counter[str] = Counter(e for e in result.links if e is not None)
        counts.update(m.entity for m in result.references if m.entity)
        result.counts = dict(counts)
        ids = set(list(counts)[:MAX_NEIGHBOUR_ENTITIES])
        for eid in counts:
            rec = work.get(eid)
            rec.articles += 1
            rec.add_neighbours(ids)
            work.touch(rec)
        work.commit()
        return result

    # -- resolution -------------------------------------------------------------------------
    def _retype_surnames(
        self, mentions: list[Mention], parsed: list[ParsedName | None]
    ) -> list[ParsedName | None]:
        """A one-word ORG/LOC/MISC name that is the surname of a person the article names in
        full is that person: the tagger sometimes types "Merz'" as ORG or "Alonso" as LOC."""
        surnames = {p.surname for p in parsed if p is not None and p.is_person and p.has_given}
        out = list(parsed)
        for i, p in enumerate(parsed):
            if p is None or p.is_person or p.acronym or len(p.tokens) != 1:
                continue
            person = parse_name(mentions[i].base or mentions[i].text, "PER", self.firstnames)
            if person is not None and not person.has_given and person.surname in surnames:
                out[i] = person
        return out

    def _mention_roles(
        self, doc: Document, m: Mention, name: ParsedName | None
    ) -> list[tuple[str, str]]:
        if name is None or not name.is_person:
            return []
        qualifier = qualifier_before(doc.text, m.start) if doc.text and m.start >= 0 else ""
        return [(role, qualifier if " " not in role else "")
                for role in dict.fromkeys([*m.roles, *name.roles])]  # fmt: skip

    def _resolve_group(
        self, g: LocalGroup, work: _Work, in_article: set[str]
    ) -> tuple[str | None, str]:
        if g.type == "PER":
            eid, how = self._resolve_person(g, work, in_article)
        else:
            eid, how = self._resolve_other(g, work, in_article)
        if eid is None and how == "new":
            eid = work.create(g)
        return eid, how

    def _resolve_person(
        self, g: LocalGroup, work: _Work, in_article: set[str]
    ) -> tuple[str | None, str]:
        given = g.given()
        surnames = g.surnames()
        if g.has_given:
            full = work.candidates(self.keys.person_full(given, surnames))
            fits = [
                r for r in full if given_compatible(given, r.given) and surnames & set(r.surnames)
            ]
            if fits:
                return _best(fits, g, in_article).id, "exact"
        same = [r for r in work.candidates(self.keys.person_surname(surnames)) if r.type == "PER"]
        if len(same) > MAX_CANDIDATES:
            return None, "ambiguous"
        if g.has_given:
            named = [r for r in same if r.given and given_compatible(given, r.given)]
            if named:
                return _best(named, g, in_article).id, "given-name"
            bare = [r for r in same if not r.given]
            if bare:
                return _best(bare, g, in_article).id, "surname-upgrade"
        elif same:
            if len(same) == 1:
                return same[0].id, "surname"
            scored = sorted(((_support(r, g, in_article), r.id) for r in same), reverse=True)
            if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                return scored[0][1], "surname-context"
            return None, "ambiguous"
        # a surname one edit away: a misspelling only with a shared role or neighbour
        near = work.candidates(self.keys.person_deletions(g.strong_surnames()))
        fuzzy = [
            r for r in near
            if r.type == "PER" and given_compatible(given, r.given) and (bool(given) == bool(r.given))
            and any(one_edit(a, b) for a in g.strong_surnames() for b in r.surnames)
            and _support(r, g, in_article) > 0
        ]  # fmt: skip
        if len(fuzzy) == 1:
            return fuzzy[0].id, "fuzzy"
        return None, "new"

    def _resolve_other(
        self, g: LocalGroup, work: _Work, in_article: set[str]
    ) -> tuple[str | None, str]:
        t = g.type
        longest = g.longest()

        def fits(r: EntityRecord) -> bool:
            if longest.acronym or not r.token_sets:
                return True
            return any(
                token_sets_compatible(list(longest.tokens), ts) for ts in _maximal(r.token_sets)
            )

        steps: list[tuple[str, set[str]]] = [("exact", self.keys.names(t, g.names))]
        acronyms = self.keys.acronyms(g.names)
        if acronyms:
            steps += [("acronym", {f"{t}:a:{a}" for a in acronyms}),
                      ("acronym-generated", {f"{t}:g:{a}" for a in acronyms})]  # fmt: skip
        if not g.is_acronym_only:
            steps += [
                ("acronym-entity", {f"{t}:n:{a}" for a in self.keys.generated(g.names)}),
                ("short-form", {f"{t}:p:{k}" for k in self.keys.name_keys(g.names)}),
                ("long-form", {f"{t}:n:{k}" for k in self.keys.parts(g.names)}),
            ]
        for how, keys in steps:
            found = [
                r for r in work.candidates(keys)
                if r.type == t and (how == "exact" or fits(r))
            ]  # fmt: skip
            if len(found) == 1:
                return found[0].id, how
            if len(found) > 1:
                best = _unique_best(found, g, in_article)
                return (best, how) if best else (None, "ambiguous")
        if len(longest.tokens) == 1 and not longest.acronym:
            key = phonetic_key(longest.tokens[0])
            near = [
                r for r in work.candidates(self.keys.skeletons(t, g.names))
                if r.type == t and any(similar_place(key, k) for k in self.keys.record_keys(r))
            ]  # fmt: skip
            if len(near) == 1:
                return near[0].id, "transliteration"
        # the tagger may type a multi-word name differently in another article
        # ("Deutschen Bundestag" as LOC); one-word names such as "Bayern" keep their type
        other_types = [
            r for r in work.candidates(self.keys.names_any_type(g.names))
            if r.type != "PER" and len(longest.tokens) >= 2
        ]  # fmt: skip
        if len(other_types) == 1:
            return other_types[0].id, "exact-other-type"
        return None, "new"

    # -- updates ------------------------------------------------------------------------------
    def _update(
        self, rec: EntityRecord, g: LocalGroup, mentions: list[Mention], doc: Document,
        how: str, work: _Work,
    ) -> None:  # fmt: skip
        for name, i in zip(g.names, g.members, strict=True):
            rec.add_form(name.display, mentions[i].text)
            rec.mentions += 1
            for gk in name.given:
                rec.add_unique(rec.given, gk)
            if name.surname:
                rec.add_unique(rec.surnames, name.surname)
            if name.tokens and not name.acronym:
                rec.add_unique(rec.token_sets, list(name.tokens))
        if g.type != "PER" and not g.is_acronym_only:
            for n in g.names:
                if n.acronym:
                    rec.add_unique(rec.acronyms, n.acronym)
        for role, qualifier in g.roles:
            gender = role_gender(role) or ("" if role.endswith("e") else "m")
            rec.add_role(role, role_key(role, qualifier), gender, doc.id, doc.date)
            if doc.date:
                for sig in role_signatures(role, qualifier):
                    day = doc.date[:10]
                    work.roles.append(RoleRow(sig, rec.id, gender, day[:7], 1, day, day))
        rec.add_evidence({"article": doc.id, "form": mentions[g.members[0]].text, "how": how,
                          "date": doc.date})  # fmt: skip
        work.add_keys(rec.id, self.keys.for_group(g, rec))
        work.touch(rec)


class _Work:
    """The records and keys an article touches, committed to the index at the end."""

    def __init__(self, index: EntityIndex, article: str) -> None:
        self.index = index
        self.article = article
        self.records: dict[str, EntityRecord] = {}
        self.changed: set[str] = set()
        self.keys: dict[str, set[str]] = {}
        self.roles: list[RoleRow] = []
        self._created = 0

    def candidates(self, keys: set[str]) -> list[EntityRecord]:
        ids: set[str] = set()
        for found in self.index.lookup(keys).values():
            ids |= found
        ids |= {eid for eid, ks in self.keys.items() if ks & keys}
        missing = [i for i in ids if i not in self.records]
        self.records.update(self.index.load(missing))
        return [self.records[i] for i in sorted(ids) if i in self.records]

    def get(self, eid: str) -> EntityRecord:
        if eid not in self.records:
            self.records.update(self.index.load([eid]))
        return self.records[eid]

    def create(self, g: LocalGroup) -> str:
        self._created += 1
        # stable: the same corpus in the same order gives the same ids
        seed = f"{g.type}|{g.longest().display}|{self.article}|{self._created}"
        eid = "ent-" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]
        self.records[eid] = EntityRecord(id=eid, type=g.type)
        return eid

    def add_keys(self, eid: str, keys: set[str]) -> None:
        self.keys.setdefault(eid, set()).update(keys)

    def touch(self, rec: EntityRecord) -> None:
        self.records[rec.id] = rec
        self.changed.add(rec.id)

    def commit(self) -> None:
        self.index.commit([self.records[i] for i in sorted(self.changed)], self.keys, self.roles)


def _resolution_order(g: LocalGroup) -> tuple[int, int]:
    if g.type == "PER":
        return (0 if g.has_given else 3, min(g.members))
    return (2 if g.is_acronym_only else 1, min(g.members))


def _support(rec: EntityRecord, g: LocalGroup, in_article: set[str]) -> int:
    """Context shared by an entity and an article's group: roles count double, neighbours once."""
    roles = rec.role_keys() & g.role_keys()
    return 2 * len(roles) + len(in_article & set(rec.neighbours))


def _best(records: list[EntityRecord], g: LocalGroup, in_article: set[str]) -> EntityRecord:
    return max(records, key=lambda r: (_support(r, g, in_article), r.mentions, r.id))


def _unique_best(records: list[EntityRecord], g: LocalGroup, in_article: set[str]) -> str | None:
    scored = sorted(((_support(r, g, in_article), r.id) for r in records), reverse=True)
    if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
        return scored[0][1]
    return None


def _maximal(token_sets: list[list[str]]) -> list[list[str]]:
    """Token sets not contained in a longer one of the same entity."""
    return [
        ts for ts in token_sets
        if not any(len(o) > len(ts) and token_sets_compatible(ts, o) for o in token_sets)
    ]  # fmt: skip


def _placeholder(eid: str) -> EntityRecord:
    return EntityRecord(id=eid, type="MISC")
