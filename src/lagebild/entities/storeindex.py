"""The entity index in the store: ``entities`` rows plus the ``entity_keys`` and
``entity_roles`` tables of migration ``0006_entity_index``. Every read is by primary key."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from lagebild.entities.index import RoleRow
from lagebild.entities.record import EntityRecord
from lagebild.store import Store

_CHUNK = 400  # SQLite host parameters per IN (...) list


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


class StoreIndex:
    """An :class:`~lagebild.entities.index.EntityIndex` on an open store (one writer).

    With ``deferred``, :meth:`commit` only keeps the writes until :meth:`flush` runs them, so
    the caller can resolve an article outside any write transaction and then write everything
    about it in one short transaction (other connections to the store wait only that long).
    """

    def __init__(self, store: Store, deferred: bool = False) -> None:
        self.store = store
        self.deferred = deferred
        self._pending: list[tuple[list[EntityRecord], dict[str, set[str]], list[RoleRow]]] = []

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
        if self.deferred:
            self._pending.append((list(records), keys, list(roles)))
        else:
            self._write(records, keys, roles)

    def flush(self) -> None:
        """Write what :meth:`commit` kept back (in the caller's transaction, if any)."""
        while self._pending:
            self._write(*self._pending.pop(0))

    def _write(
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
