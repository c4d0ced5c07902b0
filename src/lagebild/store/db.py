"""The Store: one SQLite file in WAL mode holding articles and everything derived from them."""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lagebild.errors import StoreError
from lagebild.model import Article, RemovedBlock
from lagebild.store.migrations import apply_migrations

log = logging.getLogger(__name__)

DEFAULT_DB = "lagebild.db"
BUSY_TIMEOUT_MS = 30_000

_ARTICLE_COLUMNS = (
    "id",
    "source",
    "ref",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "published_precision",
    "published_source",
    "fetched",
    "language",
    "raw_format",
    "raw",
    "body",
    "text",
    "input_hash",
)
_ANALYSIS_FIELDS = ("mentions", "quotes", "times", "claims")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An open lagebild database. Use :meth:`open`; writes go through :meth:`atomic`."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB) -> Store:
        path = str(path)
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create database {path}: folder {parent} does not exist")
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    log.warning("database %s is in %s mode, not WAL", path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{path} is not a lagebild database ({exc}); pass another file with --db"
            ) from exc
        store = cls(conn, path)
        try:
            applied = apply_migrations(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{path} is not a lagebild database ({exc}); pass another file with --db"
            ) from exc
        if applied:
            log.info("applied migrations %s to %s", applied, path)
        return store

    def own_files(self) -> frozenset[Path]:
        """The database file and its WAL/shared-memory files (never read as input)."""
        if self.path == ":memory:":
            return frozenset()
        base = Path(self.path).resolve()
        return frozenset(
            {base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))}
        )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested calls become savepoints. Everything inside commits or nothing."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute(f"RELEASE sp{self._depth}")

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, command: str, inputs: list[str]) -> int:
        with self.atomic() as c:
            cur = c.execute(
                "INSERT INTO runs (started, command, inputs) VALUES (?, ?, ?)",
                (now_iso(), command, json.dumps(inputs)),
            )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, stats: dict[str, Any], status: str = "done") -> None:
        with self.atomic() as c:
            c.execute(
                "UPDATE runs SET finished = ?, status = ?, stats = ? WHERE id = ?",
                (now_iso(), status, json.dumps(stats), run_id),
            )

    # -- inputs and articles ----------------------------------------------------------------
    def known_input_hashes(self) -> set[str]:
        """Hashes of every input already stored or quarantined for good (skipped on a rerun)."""
        return {r[0] for r in self.conn.execute("SELECT input_hash FROM inputs")}

    def save_articles(self, articles: list[Article], run_id: int | None = None) -> list[str]:
        """Store articles and their inputs in one transaction; returns ids that were new."""
        new: list[str] = []
        with self.atomic() as c:
            seq = c.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
            for a in articles:
                exists = c.execute("SELECT 1 FROM articles WHERE id = ?", (a.id,)).fetchone()
                if not exists:
                    seq += 1
                    c.execute(
                        f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}, removed, cites, "
                        f"flags, analysis, run_id, seq) VALUES "
                        f"({', '.join('?' * (len(_ARTICLE_COLUMNS) + 6))})",
                        (
                            *(getattr(a, col) for col in _ARTICLE_COLUMNS),
                            json.dumps([r.to_dict() for r in a.removed], ensure_ascii=False),
                            json.dumps(a.cites, ensure_ascii=False),
                            json.dumps(a.flags, ensure_ascii=False),
                            json.dumps(_analysis(a), ensure_ascii=False),
                            run_id,
                            seq,
                        ),
                    )
                    new.append(a.id)
                c.execute(
                    "INSERT OR IGNORE INTO inputs (input_hash, source, article_id, status, run_id) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (a.input_hash, a.source, a.id, "stored" if not exists else "duplicate", run_id),
                )
        return new

    def update_article(self, article: Article) -> None:
        """Rewrite the derived fields of a stored article (used by corpus steps that re-clean)."""
        self.update_article_rows([article_update_row(article)])

    def update_article_rows(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """:meth:`update_article` for rows made beforehand by :func:`article_update_row` (in
        another process, say), in one transaction."""
        with self.atomic() as c:
            c.executemany(_UPDATE_ARTICLE, rows)

    def quarantine(
        self,
        source: str,
        step: str,
        reason: str,
        detail: str = "",
        run_id: int | None = None,
        input_hash: str | None = None,
    ) -> None:
        """Record an input that could not be processed; with ``input_hash`` it is not retried."""
        with self.atomic() as c:
            c.execute(
                "INSERT INTO quarantine (source, step, reason, detail, run_id, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (source, step, reason, detail, run_id, now_iso()),
            )
            if input_hash:
                c.execute(
                    "INSERT OR IGNORE INTO inputs (input_hash, source, article_id, status, run_id) "
                    "VALUES (?, ?, NULL, 'quarantined', ?)",
                    (input_hash, source, run_id),
                )

    def article_ids(self, after_seq: int = 0) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE seq > ? ORDER BY seq", (after_seq,)
            )
        ]

    def max_seq(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])

    def get_article(self, article_id: str) -> Article | None:
        rows = list(self.iter_articles([article_id]))
        return rows[0] if rows else None

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in ingest order (all, or the given ids)."""
        cols = ", ".join((*_ARTICLE_COLUMNS, "removed", "cites", "flags", "analysis"))
        if ids is None:
            cursor: Iterable[tuple[Any, ...]] = self.conn.execute(
                f"SELECT {cols} FROM articles ORDER BY seq"
            )
            for row in cursor:
                yield _row_to_article(row)
            return
        id_list = list(ids)
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {cols} FROM articles WHERE id IN ({marks}) ORDER BY seq", chunk
            ).fetchall()
            for row in rows:
                yield _row_to_article(row)

    # -- corpus-step bookkeeping ----------------------------------------------------------------
    def corpus_position(self, step: str) -> int:
        row = self.conn.execute(
            "SELECT last_seq FROM corpus_state WHERE step = ?", (step,)
        ).fetchone()
        return int(row[0]) if row else 0

    def set_corpus_position(self, step: str, seq: int) -> None:
        with self.atomic() as c:
            c.execute(
                "INSERT INTO corpus_state (step, last_seq) VALUES (?, ?) "
                "ON CONFLICT(step) DO UPDATE SET last_seq = excluded.last_seq",
                (step, seq),
            )

    def counts(self) -> dict[str, int]:
        tables = [
            "articles",
            "inputs",
            "quarantine",
            "runs",
            "links",
            "stories",
            "story_articles",
            "entities",
            "quotes",
            "timeline",
            "conflicts",
        ]
        return {
            t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def quarantine_summary(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT step, reason, COUNT(*), MIN(source) FROM quarantine GROUP BY step, reason "
            "ORDER BY COUNT(*) DESC"
        )
        return [{"step": r[0], "reason": r[1], "count": r[2], "example": r[3]} for r in rows]


_UPDATE_ARTICLE = (
    "UPDATE articles SET title = ?, outlet = ?, published = ?, published_precision = ?,"
    " published_source = ?, language = ?, text = ?, removed = ?, cites = ?, flags = ?,"
    " analysis = ? WHERE id = ?"
)


def article_update_row(article: Article) -> tuple[Any, ...]:
    """The parameters of :meth:`Store.update_article` for ``article``, serialised (plain
    strings and numbers, cheap to send between processes)."""
    return (
        article.title,
        article.outlet,
        article.published,
        article.published_precision,
        article.published_source,
        article.language,
        article.text,
        json.dumps([r.to_dict() for r in article.removed], ensure_ascii=False),
        json.dumps(article.cites, ensure_ascii=False),
        json.dumps(article.flags, ensure_ascii=False),
        json.dumps(_analysis(article), ensure_ascii=False),
        article.id,
    )


def _analysis(a: Article) -> dict[str, Any]:
    return {k: _plain(getattr(a, k)) for k in _ANALYSIS_FIELDS}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of ``value``, for JSON: the same nesting of dicts and
    lists, without deep-copying the leaves (json.dumps gives the same text). Converting only
    the analysis fields this way instead of ``Article.to_dict()`` saves most of the time of
    storing an article (asdict copied every leaf of every mention)."""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


def _row_to_article(row: tuple[Any, ...]) -> Article:
    data = dict(zip((*_ARTICLE_COLUMNS, "removed", "cites", "flags", "analysis"), row, strict=True))
    analysis = json.loads(data.pop("analysis"))
    data["removed"] = json.loads(data["removed"])
    data["cites"] = json.loads(data["cites"])
    data["flags"] = json.loads(data["flags"])
    data.update(analysis)
    article = Article.from_dict(data)
    article.removed = [
        r if isinstance(r, RemovedBlock) else RemovedBlock(**r) for r in article.removed
    ]
    return article
