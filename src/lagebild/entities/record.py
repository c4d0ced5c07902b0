"""One canonical entity as the resolver keeps it: names, roles, neighbours and evidence.

The record is plain data; :meth:`to_row` gives the ``entities`` table row (``data`` holds
the JSON profile with the evidence) and :meth:`from_row` reads it back. Lists that grow with
the corpus (evidence, articles per role, neighbours) are capped so that updating an entity
costs the same on the millionth article as on the first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lagebild.entities.names import genitive_stem
from lagebild.entities.roles import role_signatures

MAX_EVIDENCE = 40  # evidence items kept per entity (the first ones: how it was formed)
MAX_ROLE_ARTICLES = 5  # articles kept as evidence per role
MAX_NEIGHBOURS = 60  # co-occurring entities kept per entity (the most frequent)
MAX_NAME_KEYS = 12  # given-name variants / token sets kept per entity


@dataclass
class RoleInfo:
    """A role an entity was given, normalised, with the articles that say so."""

    key: str
    count: int = 0
    gender: str = ""
    first: str | None = None  # first and last article date (ISO day) with the role
    last: str | None = None
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "count": self.count, "gender": self.gender, "first": self.first,
                "last": self.last, "articles": self.articles}  # fmt: skip


@dataclass
class EntityRecord:
    id: str
    type: str
    forms: dict[str, int] = field(default_factory=dict)  # cleaned name -> mentions
    variants: list[str] = field(default_factory=list)  # surface forms as written
    given: list[str] = field(default_factory=list)  # PER: phonetic keys of given names seen
    surnames: list[str] = field(default_factory=list)  # PER: phonetic keys of surnames
    token_sets: list[list[str]] = field(default_factory=list)  # ORG/LOC: content tokens
    acronyms: list[str] = field(default_factory=list)  # acronyms seen in text for it
    roles: dict[str, RoleInfo] = field(default_factory=dict)  # display role -> info
    neighbours: dict[str, int] = field(default_factory=dict)  # co-occurring entity -> articles
    evidence: list[dict[str, Any]] = field(default_factory=list)
    mentions: int = 0
    articles: int = 0

    # -- naming ---------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The most complete frequent form: a full name (or long form) seen most often."""
        if not self.forms:
            return self.variants[0] if self.variants else self.id
        forms = {f: n for f, n in self.forms.items() if not _genitive_of(f, self.forms)}
        forms = forms or self.forms

        def score(item: tuple[str, int]) -> tuple[int, int, int, int]:
            form, count = item
            words = form.split()
            complete = len(words) >= 2 if self.type == "PER" else not _acronymish(form)
            return (int(complete), count, min(len(words), 3), -abs(len(form) - 20))

        return max(forms.items(), key=score)[0]

    def role_names(self) -> list[str]:
        return [r for r, _ in sorted(self.roles.items(), key=lambda kv: (-kv[1].count, kv[0]))]

    def role_keys(self) -> set[str]:
        """Signatures of the entity's roles (see :func:`roles.role_signatures`)."""
        return {s for role in self.roles for s in role_signatures(role)}

    # -- updates --------------------------------------------------------------------------
    def add_form(self, form: str, surface: str) -> None:
        self.forms[form] = self.forms.get(form, 0) + 1
        if surface not in self.variants:
            self.variants.append(surface)

    def add_role(self, role: str, key: str, gender: str, article: str, date: str | None) -> None:
        info = self.roles.get(role)
        if info is None:
            info = self.roles[role] = RoleInfo(key=key, gender=gender)
        info.count += 1
        if article not in info.articles and len(info.articles) < MAX_ROLE_ARTICLES:
            info.articles.append(article)
        if date:
            day = date[:10]
            info.first = min(info.first or day, day)
            info.last = max(info.last or day, day)

    def add_evidence(self, item: dict[str, Any]) -> None:
        if len(self.evidence) < MAX_EVIDENCE:
            self.evidence.append(item)

    def add_neighbours(self, others: set[str]) -> None:
        # sorted, so that the stored map has one key order whatever the string hash seed
        for other in sorted(others):
            if other != self.id:
                self.neighbours[other] = self.neighbours.get(other, 0) + 1
        if len(self.neighbours) > MAX_NEIGHBOURS:
            top = sorted(self.neighbours.items(), key=lambda kv: (-kv[1], kv[0]))
            self.neighbours = dict(top[:MAX_NEIGHBOURS])

    def add_unique(self, values: list[Any], value: Any) -> None:
        if value not in values and len(values) < MAX_NAME_KEYS:
            values.append(value)

    # -- rows -----------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        return {
            "forms": self.forms,
            "given": self.given,
            "surnames": self.surnames,
            "token_sets": self.token_sets,
            "acronyms": self.acronyms,
            "roles": {r: info.to_dict() for r, info in self.roles.items()},
            "neighbours": self.neighbours,
            "evidence": self.evidence,
            "mentions": self.mentions,
            "articles": self.articles,
        }

    def to_row(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.id,
            self.name,
            self.type,
            json.dumps(self.variants, ensure_ascii=False),
            json.dumps(self.role_names(), ensure_ascii=False),
            json.dumps(self.data(), ensure_ascii=False),
        )

    @classmethod
    def from_row(cls, eid: str, etype: str, variants: str, data: str) -> EntityRecord:
        d = json.loads(data or "{}")
        return cls(
            id=eid,
            type=etype,
            forms=dict(d.get("forms", {})),
            variants=list(json.loads(variants or "[]")),
            given=list(d.get("given", [])),
            surnames=list(d.get("surnames", [])),
            token_sets=[list(t) for t in d.get("token_sets", [])],
            acronyms=list(d.get("acronyms", [])),
            roles={r: RoleInfo(**info) for r, info in d.get("roles", {}).items()},
            neighbours=dict(d.get("neighbours", {})),
            evidence=list(d.get("evidence", [])),
            mentions=int(d.get("mentions", 0)),
            articles=int(d.get("articles", 0)),
        )


def _genitive_of(form: str, forms: dict[str, int]) -> bool:
    words = form.split()
    stem = genitive_stem(words[-1]) if words else None
    return stem is not None and " ".join([*words[:-1], stem]) in forms


def _acronymish(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form.split()) == 1 and sum(c.isupper() for c in letters) * 2 >= len(letters)
