from __future__ import annotations

import dataclasses
import json
import pickle
import sqlite3
from pathlib import Path

import pytest

from lagebild.errors import MigrationError, StoreError
from lagebild.model import (
    Article,
    Claim,
    Mention,
    Quote,
    RemovedBlock,
    TimeExpression,
    article_id,
)
from lagebild.store import Store
from lagebild.store.db import article_update_row
from lagebild.store.migrations import MIGRATIONS, Migration, apply_migrations


def _article(text: str, source: str = "a.txt", url: str | None = None) -> Article:
    a = Article(
        source=source, raw=text, body=text, text=text, url=url, input_hash=f"h-{source}-{text}"
    )
    a.id = article_id(text, url)
    return a


def test_open_uses_wal_and_records_migrations(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in store.conn.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == sorted(m.name for m in MIGRATIONS)
    store.close()
    assert apply_migrations(sqlite3.connect(tmp_path / "x.db")) == []  # nothing applied twice


def test_unknown_migration_in_db_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    apply_migrations(conn)
    conn.execute("INSERT INTO _migrations VALUES ('9999_future', 'now')")
    with pytest.raises(MigrationError, match="9999_future"):
        apply_migrations(conn)


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    bad = [
        Migration("0001_ok", "CREATE TABLE t (a INTEGER)"),
        Migration("0002_bad", "CREATE TABLE u (a INTEGER); CREATE TABLE t (b INTEGER)"),
    ]
    with pytest.raises(MigrationError, match="0002_bad"):
        apply_migrations(conn, bad)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "u" not in tables and "t" in tables


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "x.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a lagebild database"):
        Store.open(p)


def test_save_is_idempotent_and_round_trips(store: Store) -> None:
    a = _article("Der Rat tagt am Montag.")
    a.removed = [RemovedBlock("Jetzt Newsletter abonnieren", "promo", 10)]
    a.mentions = [Mention("Rat", "ORG", 4, 7)]
    a.cites = ["dpa"]
    assert store.save_articles([a]) == [a.id]
    assert store.save_articles([a]) == []
    assert store.counts()["articles"] == 1
    back = store.get_article(a.id)
    assert back is not None
    assert back.removed == a.removed and back.mentions == a.mentions and back.cites == ["dpa"]


def test_atomic_rolls_back_everything(store: Store) -> None:
    a, b = _article("eins"), _article("zwei")
    with pytest.raises(RuntimeError), store.atomic():
        store.save_articles([a])
        with store.atomic():
            store.save_articles([b])
        raise RuntimeError("crash")
    assert store.counts()["articles"] == 0


def test_nested_savepoint_rollback_keeps_outer(store: Store) -> None:
    a, b = _article("eins"), _article("zwei")
    with store.atomic():
        store.save_articles([a])
        with pytest.raises(ValueError), store.atomic():
            store.save_articles([b])
            raise ValueError("inner")
    assert store.article_ids() == [a.id]


def test_quarantine_with_hash_is_known(store: Store) -> None:
    store.quarantine("x.txt", "ingest", "empty file", input_hash="abc")
    assert "abc" in store.known_input_hashes()
    assert store.quarantine_summary()[0]["reason"] == "empty file"


def test_corpus_position(store: Store) -> None:
    store.save_articles([_article("eins"), _article("zwei")])
    assert store.corpus_position("x") == 0
    store.set_corpus_position("x", 1)
    assert store.article_ids(after_seq=store.corpus_position("x")) == [_article("zwei").id]


def _analysed(text: str) -> Article:
    a = _article(text)
    a.mentions = [
        Mention("Olaf Scholz", "PER", 4, 15, 0, "Olaf Scholz", "ent-1", ["Bundeskanzler"]),
        Mention("Berlin", "LOC", 20, 26, sentence=1),
    ]
    a.quotes = [Quote(a.id, "Wir handeln.", "direct", "Scholz", None, 30, 42)]
    a.times = [TimeExpression("am Montag", 50, 59, "2024-05-13", "day", 2)]
    a.claims = [Claim(a.id, "Scholz", "Amt", "Bundeskanzler", "Scholz ist Kanzler.")]
    return a


def test_analysis_is_stored_as_asdict_gives_it(store: Store) -> None:
    a = _analysed("Der Bundeskanzler Olaf Scholz traf in Berlin ein.")
    store.save_articles([a])
    (stored,) = store.conn.execute("SELECT analysis FROM articles WHERE id = ?", (a.id,)).fetchone()
    expected = {k: dataclasses.asdict(a)[k] for k in ("mentions", "quotes", "times", "claims")}
    assert stored == json.dumps(expected, ensure_ascii=False)
    assert store.get_article(a.id) == a


def test_update_rows_made_elsewhere_write_what_update_article_writes(tmp_path: Path) -> None:
    a = _analysed("Der Bundeskanzler Olaf Scholz traf in Berlin ein.")
    stores = [Store.open(tmp_path / "one.db"), Store.open(tmp_path / "rows.db")]
    for s in stores:
        s.save_articles([a])
    a.mentions[1].entity = "ent-2"
    a.flags = ["checked"]
    stores[0].update_article(a)
    stores[1].update_article_rows([pickle.loads(pickle.dumps(article_update_row(a)))])
    one, rows = (list(s.conn.execute("SELECT * FROM articles")) for s in stores)
    assert one == rows
    assert stores[1].get_article(a.id) == a
    for s in stores:
        s.close()
