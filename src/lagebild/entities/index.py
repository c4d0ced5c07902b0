"""Where the resolver finds existing entities: name keys -> entity ids, plus dated role rows.

The resolver only talks to the :class:`EntityIndex` protocol, so the same code runs on an
in-memory index (tests, one-off resolution) and on the store (:mod:`lagebild.entities.store`).
Every lookup goes by exact key; the cost of resolving an article depends on how many entities
share its names' keys, not on the size of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Protocol

from lagebild.entities.record import EntityRecord


@dataclass(frozen=True, slots=True)
class RoleRow:
    """``entity`` was named with the office ``role`` in ``count`` articles of ``month``,
    the first and the last of them published on ``first`` and ``last``."""

    role: str
    entity: str
    gender: str
    month: str  # "YYYY-MM"
    count: int
    first: str  # "YYYY-MM-DD"
    last: str


class EntityIndex(Protocol):
    def lookup(self, keys: Collection[str]) -> dict[str, set[str]]:
        """Entity ids per key, for the keys that have any."""
        ...

    def load(self, ids: Collection[str]) -> dict[str, EntityRecord]:
        """Records by id (ids that are unknown are left out)."""
        ...

    def role_rows(self, role: str) -> list[RoleRow]:
        """Every dated holder row of one role key."""
        ...

    def commit(
        self,
        records: Iterable[EntityRecord],
        keys: dict[str, set[str]],
        roles: Iterable[RoleRow],
    ) -> None:
        """Store changed records, new keys (entity id -> keys) and role counts (added up)."""
        ...


class MemoryIndex:
    """An :class:`EntityIndex` in dictionaries; the resolver's default."""

    def __init__(self) -> None:
        self.records: dict[str, EntityRecord] = {}
        self._keys: dict[str, set[str]] = defaultdict(set)
        self._roles: dict[str, dict[tuple[str, str, str], RoleRow]] = defaultdict(dict)

    def lookup(self, keys: Collection[str]) -> dict[str, set[str]]:
        return {k: set(self._keys[k]) for k in keys if k in self._keys}

    def load(self, ids: Collection[str]) -> dict[str, EntityRecord]:
        return {i: self.records[i] for i in ids if i in self.records}

    def role_rows(self, role: str) -> list[RoleRow]:
        return list(self._roles.get(role, {}).values())

    def commit(
        self,
        records: Iterable[EntityRecord],
        keys: dict[str, set[str]],
        roles: Iterable[RoleRow],
    ) -> None:
        for rec in records:
            self.records[rec.id] = rec
        for eid, ks in keys.items():
            for k in ks:
                self._keys[k].add(eid)
        for r in roles:
            slot = self._roles[r.role]
            old = slot.get((r.entity, r.gender, r.month))
            slot[(r.entity, r.gender, r.month)] = merge_rows(old, r) if old else r


def merge_rows(a: RoleRow, b: RoleRow) -> RoleRow:
    """Two counts of the same (role, entity, gender, month) added up."""
    return RoleRow(a.role, a.entity, a.gender, a.month, a.count + b.count,
                   min(a.first, b.first), max(a.last, b.last))  # fmt: skip
