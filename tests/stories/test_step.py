"""The story corpus step on a real store: persistence, copies, analyst decisions, CLI."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from stories.story_examples import COPIES, ITEMS, gold

from lagebild.model import Article
from lagebild.store import Store
from lagebild.stories.cli import story as story_cli
from lagebild.stories.decisions import StoryError, merge_stories, rebuild_stories, split_story
from lagebild.stories.engine import StoryEngine
from lagebild.stories.step import StoryStep


def _store_items(store: Store, ids: list[str]) -> None:
    items = [i for i in ITEMS if i["id"] in ids]
    articles = [
        Article(
            source=f"test/{i['id']}",
            raw=i["text"],
            id=i["id"],
            title=i["title"],
            text=i["text"],
            published=i["published"],
            language="de",
            input_hash="h" + i["id"],
        )
        for i in items
    ]
    store.save_articles(articles)
    with store.atomic() as c:
        for src, tgt in COPIES.items():
            if src in ids and store.get_article(tgt):
                c.execute(
                    "INSERT OR IGNORE INTO links (source, target, kind, score) "
                    "VALUES (?, ?, 'duplicate', 1.0)",
                    (src, tgt),
                )


def _assignments(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT article, story FROM story_articles"))


def _clusters(assign: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for article, story in assign.items():
        groups[story].add(article)
    return {frozenset(g) for g in groups.values()}


ALL = [i["id"] for i in ITEMS]


def test_step_clusters_and_fills_the_export_tables(store: Store) -> None:
    _store_items(store, ALL)
    counts = StoryStep().update(store, ALL)
    assert counts["clustered"] == len(ALL) and counts["story_copy"] == 1
    assert _clusters(_assignments(store)) == _clusters(gold())
    title, start, end, entities = store.conn.execute(
        'SELECT title, start, "end", entities FROM stories WHERE id = ?', ("st-c1a",)
    ).fetchone()
    assert "Hallenbad" in title and start == "2024-03-05T18:20" and end == "2024-03-06T07:30"
    assert json.loads(entities)
    reason = json.loads(
        store.conn.execute("SELECT reason FROM story_articles WHERE article = 'c1b'").fetchone()[0]
    )
    assert reason["decision"] == "joined" and "features" in reason


def test_step_is_idempotent(store: Store) -> None:
    _store_items(store, ALL)
    StoryStep().update(store, ALL)
    before = _assignments(store)
    assert StoryStep().update(store, ALL)["clustered"] == 0
    assert _assignments(store) == before


def test_incremental_store_updates_equal_one_batch(tmp_path: Path) -> None:
    with Store.open(tmp_path / "one.db") as one:
        _store_items(one, ALL)
        StoryStep().update(one, ALL)
        whole = _assignments(one)
        df_one = dict(one.conn.execute("SELECT term, df FROM story_df"))
    with Store.open(tmp_path / "parts.db") as parts:
        order = ["m1a", "m1b", "c1a", "m1c", "c1b", "c1c", "f1a", "f1b", "m2a", "m2b"]
        for i in range(0, len(order), 3):
            chunk = order[i : i + 3]
            _store_items(parts, chunk)
            StoryStep().update(parts, chunk)
        assert _assignments(parts) == whole
        assert dict(parts.conn.execute("SELECT term, df FROM story_df")) == df_one


def test_copy_in_a_later_batch_joins_its_original(store: Store) -> None:
    _store_items(store, ["f1a", "m1a"])
    StoryStep().update(store, ["f1a", "m1a"])
    _store_items(store, ["f1b"])
    StoryStep().update(store, ["f1b"])
    assert _assignments(store)["f1b"] == _assignments(store)["f1a"]


def test_merge_survives_a_later_update_and_new_articles_may_join(store: Store) -> None:
    first = ["m1a", "m1b", "c1a", "c1b"]
    _store_items(store, first)
    StoryStep().update(store, first)
    kept = merge_stories(store, "st-c1a", "st-m1a")
    assert kept == "st-c1a"
    assert set(_assignments(store).values()) == {"st-c1a"}
    assert store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 1
    # the headline of the match now finds the merged story (its old id is an alias)
    _store_items(store, ["m1c", "c1c"])
    StoryStep().update(store, ["m1c", "c1c"])
    after = _assignments(store)
    assert after["m1c"] == "st-c1a" and after["c1c"] == "st-c1a"
    state = json.loads(
        store.conn.execute("SELECT data FROM story_state WHERE story = 'st-c1a'").fetchone()[0]
    )
    assert state["n"] == 6


def test_split_off_articles_never_return(store: Store) -> None:
    first = ["c1a", "c1b"]
    _store_items(store, first)
    StoryStep().update(store, first)
    new_id = split_story(store, "st-c1a", ["c1b"])
    assert _assignments(store) == {"c1a": "st-c1a", "c1b": new_id}
    # a later headline may go to either story, but the split article stays where it is
    _store_items(store, ["c1c"])
    StoryStep().update(store, ["c1c"])
    after = _assignments(store)
    assert after["c1b"] == new_id and after["c1a"] == "st-c1a"
    assert after["c1c"] in {"st-c1a", new_id}
    rows = store.conn.execute("SELECT kind, story, other FROM story_decisions").fetchall()
    assert rows == [("split", "st-c1a", new_id)]


def test_rebuild_replays_merges_and_splits(store: Store) -> None:
    _store_items(store, ALL)
    StoryStep().update(store, ALL)
    merge_stories(store, "st-m1a", "st-m2a")
    new_id = split_story(store, "st-c1a", ["c1c"])
    before = _assignments(store)
    assert rebuild_stories(store) == 2
    after = _assignments(store)
    assert _clusters(after) == _clusters(before)
    assert after["c1c"] == new_id and after["c1a"] != new_id
    assert after["m2a"] == after["m1a"]
    # and an incremental update after the rebuild keeps them
    assert StoryStep().update(store, ALL)["clustered"] == 0


def test_decisions_reject_bad_requests(store: Store) -> None:
    _store_items(store, ["c1a", "c1b"])
    StoryStep().update(store, ["c1a", "c1b"])
    with pytest.raises(StoryError, match="no story"):
        merge_stories(store, "st-c1a", "st-nope")
    with pytest.raises(StoryError, match="itself"):
        merge_stories(store, "st-c1a", "st-c1a")
    with pytest.raises(StoryError, match="not in story"):
        split_story(store, "st-c1a", ["m1a"])
    with pytest.raises(StoryError, match="empty"):
        split_story(store, "st-c1a", ["c1a", "c1b"])


def test_engine_reads_the_persisted_state(store: Store) -> None:
    from lagebild.stories.persist import StoreSource

    _store_items(store, ALL)
    StoryStep().update(store, ALL)
    engine = StoryEngine(source=StoreSource(store))
    assert engine.n_docs == len(ALL)
    st = engine.story("st-m1a")
    assert st is not None and st.n == 3 and st.title


def test_cli_merge_and_split(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store.open(db) as store:
        _store_items(store, ALL)
        StoryStep().update(store, ALL)
    runner = CliRunner()
    result = runner.invoke(story_cli, ["merge", "--db", str(db), "st-m1a", "st-m2a"])
    assert result.exit_code == 0, result.output
    assert "merged st-m2a into st-m1a" in result.output
    result = runner.invoke(story_cli, ["split", "--db", str(db), "st-m1a", "m2a", "m2b"])
    assert result.exit_code == 0 and "into st-split-" in result.output
    result = runner.invoke(story_cli, ["merge", "--db", str(db), "st-m1a", "st-unknown"])
    assert result.exit_code == 2 and "no story 'st-unknown'" in result.output
    result = runner.invoke(story_cli, ["rebuild", "--db", str(db)])
    assert result.exit_code == 0 and "replayed 2" in result.output
