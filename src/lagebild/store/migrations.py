"""Named, ordered schema migrations. Append new ones at the end; never edit an applied one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from lagebild.dedup.schema import DEDUP_MIGRATION_NAME, DEDUP_SCHEMA
from lagebild.entities.schema import ENTITIES_MIGRATION_NAME, ENTITIES_SCHEMA
from lagebild.errors import MigrationError
from lagebild.stories.schema import STORIES_MIGRATION_NAME, STORIES_SCHEMA


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str


MIGRATIONS: list[Migration] = [
    Migration(
        "0001_core",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            finished TEXT,
            command TEXT NOT NULL,
            inputs TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'running',
            stats TEXT
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            ref TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            published_precision TEXT,
            published_source TEXT,
            fetched TEXT,
            language TEXT,
            raw_format TEXT NOT NULL,
            raw TEXT NOT NULL,
            body TEXT NOT NULL,
            text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            cites TEXT NOT NULL DEFAULT '[]',
            flags TEXT NOT NULL DEFAULT '[]',
            analysis TEXT NOT NULL DEFAULT '{}',
            input_hash TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id),
            seq INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX articles_seq ON articles(seq);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE inputs (
            input_hash TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            article_id TEXT,
            status TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id)
        );
        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            step TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            run_id INTEGER REFERENCES runs(id),
            at TEXT NOT NULL
        );
        CREATE INDEX quarantine_source ON quarantine(source);
        """,
    ),
    Migration(
        "0002_analysis_tables",
        """
        CREATE TABLE links (
            source TEXT NOT NULL REFERENCES articles(id),
            target TEXT NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            evidence TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (source, target)
        );
        CREATE INDEX links_target ON links(target);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            start TEXT,
            "end" TEXT,
            entities TEXT NOT NULL DEFAULT '[]',
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE story_articles (
            story TEXT NOT NULL REFERENCES stories(id),
            article TEXT NOT NULL REFERENCES articles(id),
            score REAL,
            reason TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (article)
        );
        CREATE INDEX story_articles_story ON story_articles(story);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            variants TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE entity_articles (
            entity TEXT NOT NULL REFERENCES entities(id),
            article TEXT NOT NULL REFERENCES articles(id),
            mentions INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (entity, article)
        );
        CREATE INDEX entity_articles_article ON entity_articles(article);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            article TEXT NOT NULL REFERENCES articles(id),
            speaker TEXT REFERENCES entities(id),
            speaker_text TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL DEFAULT -1,
            "end" INTEGER NOT NULL DEFAULT -1
        );
        CREATE INDEX quotes_article ON quotes(article);
        CREATE TABLE timeline (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            date TEXT NOT NULL,
            story TEXT,
            text TEXT NOT NULL,
            articles TEXT NOT NULL DEFAULT '[]',
            entities TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX timeline_date ON timeline(date);
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            statements TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE corpus_state (
            step TEXT PRIMARY KEY,
            last_seq INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
    Migration(
        "0003_outlet_lines",
        """
        CREATE TABLE outlet_articles (
            outlet TEXT PRIMARY KEY,
            articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE outlet_lines (
            outlet TEXT NOT NULL,
            line INTEGER NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            furniture INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (outlet, line)
        ) WITHOUT ROWID;
        CREATE INDEX outlet_lines_furniture ON outlet_lines(furniture) WHERE furniture = 1;
        """,
    ),
    Migration(DEDUP_MIGRATION_NAME, DEDUP_SCHEMA),
    Migration(STORIES_MIGRATION_NAME, STORIES_SCHEMA),
    Migration(ENTITIES_MIGRATION_NAME, ENTITIES_SCHEMA),
    Migration(
        "0007_weak_furniture",
        """
        DROP INDEX IF EXISTS outlet_lines_furniture;
        CREATE INDEX outlet_lines_furniture ON outlet_lines(furniture) WHERE furniture > 0;
        """,
    ),
    Migration(
        "0008_reindex_queue",
        """
        CREATE TABLE reindex (
            step TEXT NOT NULL,
            article TEXT NOT NULL,
            PRIMARY KEY (step, article)
        ) WITHOUT ROWID;
        """,
    ),
]


def apply_migrations(
    conn: sqlite3.Connection, migrations: list[Migration] | None = None
) -> list[str]:
    """Apply the migrations not yet recorded, each in its own transaction. Returns their names."""
    migrations = MIGRATIONS if migrations is None else migrations
    names = [m.name for m in migrations]
    if len(set(names)) != len(names):
        raise MigrationError(
            f"duplicate migration names in {names}; give each migration a unique name"
        )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    unknown = done - set(names)
    if unknown:
        raise MigrationError(
            f"the database has migrations this lagebild does not know: {sorted(unknown)}; "
            "upgrade lagebild or use another --db"
        )
    applied = []
    for m in migrations:
        if m.name in done:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _split_sql(m.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (m.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise MigrationError(f"migration {m.name} failed: {exc}") from exc
        applied.append(m.name)
    return applied


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into statements (our migrations contain no ';' in literals)."""
    return [s.strip() for s in sql.split(";") if s.strip()]
