"""The entity index in the store: ``entities`` rows plus the ``entity_keys`` and
``entity_roles`` tables of migration ``0006_entity_index``. Every read is by primary key."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from lagebild.entities.index import RoleRow, merge_rows
from lagebild.entities.record import EntityRecord
from lagebild.store import Store

_CHUNK = 400  # SQLite host parameters per IN (...) list


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


class StoreIndex:
    """An :class:`~lagebild.entities.index.EntityIndex` on an open store (one writer)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def lookup(self, keys: Collection[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for chunk in _chunks(sorted(keys)):
            marks = ",".join("?" * len(chunk))
            for key, entity in self.store.conn.execute(
                f"SELECT key, entity FROM entity_keys WHERE key IN ({marks})", chunk
            ):
                out.setdefault(key, set()).add(entity)
        return out

    def load(self, ids: Collection[str]) -> dict[str, EntityRecord]:
        out: dict[str, EntityRecord] = {}
        for chunk in _chunks(sorted(ids)):
            marks = ",".join("?" * len(chunk))
            for eid, etype, variants, data in self.store.conn.execute(
                f"SELECT id, type, variants, data FROM entities WHERE id IN ({marks})", chunk
            ):
                out[eid] = EntityRecord.from_row(eid, etype, variants, data)
        return out

    def role_rows(self, role: str) -> list[RoleRow]:
        rows = self.store.conn.execute(
            "SELECT role, entity, gender, month, count, first, last FROM entity_roles "
            "WHERE role = ?",
            (role,),
        )
        return [RoleRow(*r) for r in rows]

    def commit(
        self,
        records: Iterable[EntityRecord],
        keys: dict[str, set[str]],
        roles: Iterable[RoleRow],
    ) -> None:
        with self.store.atomic() as c:
            c.executemany(
                "INSERT INTO entities (id, name, type, variants, roles, data) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                "type = excluded.type, variants = excluded.variants, roles = excluded.roles, "
                "data = excluded.data",
                [r.to_row() for r in records],
            )
            c.executemany(
                "INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)",
                [(k, eid) for eid, ks in keys.items() for k in sorted(ks)],
            )
            c.executemany(
                "INSERT INTO entity_roles (role, entity, gender, month, count, first, last) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(role, entity, gender, month) DO UPDATE "
                "SET count = count + excluded.count, first = MIN(first, excluded.first), "
                "last = MAX(last, excluded.last)",
                [(r.role, r.entity, r.gender, r.month, r.count, r.first, r.last) for r in roles],
            )


EntityRow = tuple[str, str, str, str, str, str]  # id, name, type, variants, roles, data


@dataclass
class IndexWrites:
    """Writes to the entity index, in the order the store would have received them."""

    records: dict[str, EntityRow] = field(default_factory=dict)  # first written first
    keys: dict[tuple[str, str], None] = field(default_factory=dict)  # (key, entity)
    roles: dict[tuple[str, str, str, str], RoleRow] = field(default_factory=dict)

    def write(self, store: Store) -> None:
        """Apply them (one transaction); the result equals committing them one by one."""
        with store.atomic() as c:
            c.executemany(
                "INSERT INTO entities (id, name, type, variants, roles, data) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                "type = excluded.type, variants = excluded.variants, roles = excluded.roles, "
                "data = excluded.data",
                list(self.records.values()),
            )
            c.executemany(
                "INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)", list(self.keys)
            )
            c.executemany(
                "INSERT INTO entity_roles (role, entity, gender, month, count, first, last) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(role, entity, gender, month) DO UPDATE "
                "SET count = count + excluded.count, first = MIN(first, excluded.first), "
                "last = MAX(last, excluded.last)",
                [(r.role, r.entity, r.gender, r.month, r.count, r.first, r.last)
                 for r in self.roles.values()],
            )  # fmt: skip


class BufferedIndex:
    """A :class:`StoreIndex` that keeps its writes in memory until :meth:`take`, reading them
    back as the store would return them once written.

    The entity step resolves many articles and writes them in one transaction (each commit
    costs more than resolving an article), and it can run in a child process alongside the
    dedup step without writing to the store at all: the parent writes what it took.
    """

    def __init__(self, store: Store) -> None:
        self.base = StoreIndex(store)
        self.pending = IndexWrites()
        self._by_key: dict[str, set[str]] = {}
        self._by_role: dict[str, set[tuple[str, str, str, str]]] = {}

    def lookup(self, keys: Collection[str]) -> dict[str, set[str]]:
        out = self.base.lookup(keys)
        for k in keys:
            if k in self._by_key:
                out.setdefault(k, set()).update(self._by_key[k])
        return out

    def load(self, ids: Collection[str]) -> dict[str, EntityRecord]:
        # a kept row is read back through from_row, as the store would do: no shared objects
        out = self.base.load([i for i in ids if i not in self.pending.records])
        for i in ids:
            row = self.pending.records.get(i)
            if row is not None:
                out[i] = EntityRecord.from_row(row[0], row[2], row[3], row[5])
        return out

    def role_rows(self, role: str) -> list[RoleRow]:
        slots = self._by_role.get(role)
        if not slots:
            return self.base.role_rows(role)
        rows = {(r.entity, r.gender, r.month): r for r in self.base.role_rows(role)}
        for slot in slots:
            kept = self.pending.roles[slot]
            old = rows.get(slot[1:])
            rows[slot[1:]] = merge_rows(old, kept) if old else kept
        # the store returns them in primary-key order
        return [rows[k] for k in sorted(rows)]

    def commit(
        self,
        records: Iterable[EntityRecord],
        keys: dict[str, set[str]],
        roles: Iterable[RoleRow],
    ) -> None:
        p = self.pending
        for r in records:
            p.records[r.id] = r.to_row()
        for eid, ks in keys.items():
            for k in sorted(ks):
                p.keys[(k, eid)] = None
                self._by_key.setdefault(k, set()).add(eid)
        for row in roles:
            slot = (row.role, row.entity, row.gender, row.month)
            old = p.roles.get(slot)
            p.roles[slot] = merge_rows(old, row) if old else row
            self._by_role.setdefault(row.role, set()).add(slot)

    def take(self) -> IndexWrites:
        """The writes kept so far (to write to the store); the index forgets them."""
        out, self.pending = self.pending, IndexWrites()
        self._by_key.clear()
        self._by_role.clear()
        return out
