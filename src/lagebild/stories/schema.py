"""SQLite tables of the story clustering (registered as a named migration).

``stories`` and ``story_articles`` (migration 0002) hold what the export reads; these tables
hold the clustering's own state and the analyst's decisions. No ';' inside comments: the
migration runner splits statements on it.
"""

from __future__ import annotations

# Name of STORIES_SCHEMA in store/migrations.MIGRATIONS.
STORIES_MIGRATION_NAME = "0005_story_index"

STORIES_SCHEMA = """
-- Document count and other scalars of the clustering.
CREATE TABLE story_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- Document frequency of every term (namespaced: w: words, l: lemmas, c: char n-grams,
-- e: entities, t: title lemmas), grown as articles arrive.
CREATE TABLE story_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
-- Inverted index: the stories (JSON list, most recent last, capped) filed under a term.
CREATE TABLE story_postings (
    term    TEXT PRIMARY KEY,
    stories TEXT NOT NULL
) WITHOUT ROWID;
-- Centroids, time span and headlines of every story (JSON), active or aged out.
CREATE TABLE story_state (
    story TEXT PRIMARY KEY,
    "end" REAL,
    data  TEXT NOT NULL
);
-- Merged-away story ids and the story they went into (resolved when postings name them).
CREATE TABLE story_alias (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
);
-- Analyst decisions, replayed in id order: kind merge (other folded into story) or split
-- (articles moved from story into other).
CREATE TABLE story_decisions (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,
    story    TEXT NOT NULL,
    other    TEXT NOT NULL,
    articles TEXT NOT NULL DEFAULT '[]',
    at       TEXT NOT NULL
);
"""
