"""SQLite tables of the duplicate / rewrite index (registered as a named migration).

Copy links themselves go to the store's ``links`` table (migration 0002). No ';' inside
comments: the migration runner splits statements on it.
"""

from __future__ import annotations

import sqlite3

# Name of DEDUP_SCHEMA in store/migrations.MIGRATIONS.
DEDUP_MIGRATION_NAME = "0004_dedup_index"

DEDUP_SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per indexed article: exact-duplicate hash, MinHash signature, shingle count.
CREATE TABLE IF NOT EXISTS dedup_doc (
    doc        INTEGER PRIMARY KEY,
    article    TEXT NOT NULL UNIQUE,
    text_hash  TEXT NOT NULL,
    signature  BLOB NOT NULL,
    shingles   INTEGER NOT NULL,
    published  REAL
);
CREATE INDEX IF NOT EXISTS dedup_doc_text_hash ON dedup_doc(text_hash);
-- LSH buckets: one row per (band hash, article), the primary key is the lookup index.
CREATE TABLE IF NOT EXISTS dedup_band (
    key  INTEGER NOT NULL,
    doc  INTEGER NOT NULL,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
-- Inverted index over rare anchor tokens (names, numbers) for rewrite candidates.
CREATE TABLE IF NOT EXISTS dedup_token (
    key  INTEGER NOT NULL,
    doc  INTEGER NOT NULL,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dedup_token_df (
    key  INTEGER PRIMARY KEY,
    df   INTEGER NOT NULL
);
"""


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the dedup tables if missing (for tests and stores without the migration)."""
    conn.executescript(DEDUP_SCHEMA)
