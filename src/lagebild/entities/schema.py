"""The entity step's own tables (the ``entities`` and ``entity_articles`` tables are core).

- ``entity_keys``: name keys (see :mod:`lagebild.entities.keys`) -> entity ids, the index
  every lookup goes through;
- ``entity_roles``: per office key, entity, gender and month the number of articles naming the
  entity with that office, with the first and last such day (for "der Kanzler" at a date);
- ``entity_done``: articles the step has resolved (a rerun does not count them twice).
"""

ENTITIES_MIGRATION_NAME = "0006_entity_index"
ENTITIES_SCHEMA = """
CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);
CREATE TABLE entity_roles (
    role TEXT NOT NULL,
    entity TEXT NOT NULL REFERENCES entities(id),
    gender TEXT NOT NULL DEFAULT '',
    month TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    PRIMARY KEY (role, entity, gender, month)
) WITHOUT ROWID;
CREATE TABLE entity_done (
    article TEXT PRIMARY KEY REFERENCES articles(id)
) WITHOUT ROWID;
"""
