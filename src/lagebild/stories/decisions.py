"""Analyst decisions on stories: merge two, split articles off one; rebuild with decisions.

Every decision is recorded in ``story_decisions`` and changes the clustering state too, so
later incremental updates build on it: a new article may join a merged story (the merged-away
id is an alias of the survivor), and split-off articles are never clustered again, so they do
not return to the old story. :func:`rebuild_stories` clusters everything from scratch and then
replays the decisions in order, so they also survive a full re-run.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence

from lagebild.errors import LagebildError
from lagebild.store import Store
from lagebild.store.db import now_iso
from lagebild.stories.engine import StoryConfig, StoryEngine
from lagebild.stories.persist import StoreSource, save
from lagebild.stories.step import cluster_into_store, load_docs

log = logging.getLogger(__name__)


class StoryError(LagebildError):
    """An analyst decision names an unknown story or article, or would do nothing."""


def _members(store: Store, story: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT sa.article FROM story_articles sa JOIN articles a ON a.id = sa.article "
        "WHERE sa.story = ? ORDER BY a.seq",
        (story,),
    )
    return [r[0] for r in rows]


def _require_story(store: Store, story: str) -> list[str]:
    members = _members(store, story)
    if not members:
        raise StoryError(f"no story '{story}'; list story ids with `lagebild export`")
    return members


def _annotate(store: Store, articles: Sequence[str], **extra: str) -> None:
    for aid in articles:
        row = store.conn.execute(
            "SELECT reason FROM story_articles WHERE article = ?", (aid,)
        ).fetchone()
        reason = json.loads(row[0]) if row and row[0] else {}
        reason.update(extra)
        store.conn.execute(
            "UPDATE story_articles SET reason = ? WHERE article = ?",
            (json.dumps(reason, ensure_ascii=False), aid),
        )


def _merge(store: Store, into: str, other: str, config: StoryConfig | None) -> None:
    moved = _members(store, other)
    engine = StoryEngine(config, StoreSource(store))
    engine.merge(into, other)
    with store.atomic() as c:
        c.execute("UPDATE story_articles SET story = ? WHERE story = ?", (into, other))
        _annotate(store, moved, merged_from=other)
        save(store, engine, [])


def _split(
    store: Store, story: str, articles: Sequence[str], new_id: str, config: StoryConfig | None
) -> None:
    """Move ``articles`` from ``story`` into ``new_id`` (which may already hold some) and
    rebuild both states from their members; an emptied ``story`` is removed."""
    engine = StoryEngine(config, StoreSource(store))
    with store.atomic() as c:
        c.execute("PRAGMA defer_foreign_keys = ON")  # the new story's row is written below
        marks = ",".join("?" * len(articles))
        c.execute(
            f"UPDATE story_articles SET story = ? WHERE article IN ({marks})", (new_id, *articles)
        )
        _annotate(store, articles, decision="split", split_from=story)
        engine.refill(new_id, load_docs(store, _members(store, new_id)))
        keep = _members(store, story)
        if keep:
            engine.refill(story, load_docs(store, keep))
        else:
            engine.stories.pop(story, None)
            engine.dirty_stories.add(story)
        save(store, engine, [])


def merge_stories(store: Store, a: str, b: str, config: StoryConfig | None = None) -> str:
    """Fold story ``b`` into story ``a``; returns ``a``. Recorded; new articles may join ``a``."""
    if a == b:
        raise StoryError(f"cannot merge story '{a}' with itself; name two different stories")
    into_members = _require_story(store, a)
    from_members = _require_story(store, b)
    with store.atomic() as c:
        _merge(store, a, b, config)
        c.execute(
            "INSERT INTO story_decisions (kind, story, other, articles, at) VALUES (?, ?, ?, ?, ?)",
            (
                "merge",
                a,
                b,
                json.dumps({"into": into_members, "from": from_members}),
                now_iso(),
            ),
        )
    log.info("merged story %s into %s", b, a)
    return a


def split_id(story: str, articles: Sequence[str]) -> str:
    digest = hashlib.sha1(("split:" + story + ":" + ",".join(sorted(articles))).encode())
    return "st-split-" + digest.hexdigest()[:12]


def split_story(
    store: Store, story_id: str, article_ids: Sequence[str], config: StoryConfig | None = None
) -> str:
    """Move ``article_ids`` out of ``story_id`` into a new story; returns the new story's id.

    Recorded; the split-off articles never return to the old story (also after a rebuild).
    """
    members = _require_story(store, story_id)
    ids = list(dict.fromkeys(article_ids))
    outside = [a for a in ids if a not in members]
    if not ids or outside:
        raise StoryError(
            f"articles {outside or ids} are not in story '{story_id}'; "
            "name articles of that story (see the export's stories[].articles)"
        )
    if len(ids) == len(members):
        raise StoryError(
            f"splitting all {len(ids)} articles off story '{story_id}' would leave it empty; "
            "name only the articles that belong to another event"
        )
    new_id = split_id(story_id, ids)
    with store.atomic() as c:
        _split(store, story_id, ids, new_id, config)
        c.execute(
            "INSERT INTO story_decisions (kind, story, other, articles, at) VALUES (?, ?, ?, ?, ?)",
            ("split", story_id, new_id, json.dumps(ids), now_iso()),
        )
    log.info("split %d articles off story %s into %s", len(ids), story_id, new_id)
    return new_id


#: the clustering's state; analyst decisions (``story_decisions``) are not in it
STATE_TABLES = (
    "story_articles",
    "stories",
    "story_state",
    "story_postings",
    "story_df",
    "story_meta",
    "story_alias",
)


def clear_stories(store: Store) -> None:
    """Forget every story and the clustering state, keeping the analyst's decisions."""
    with store.atomic() as c:
        for table in STATE_TABLES:
            c.execute(f"DELETE FROM {table}")


def rebuild_stories(store: Store, config: StoryConfig | None = None) -> int:
    """Cluster every stored article from scratch, then replay the analyst's decisions in
    order (by the articles they named). Returns the number of decisions replayed."""
    decisions = store.conn.execute(
        "SELECT kind, other, articles FROM story_decisions ORDER BY id"
    ).fetchall()
    with store.atomic():
        clear_stories(store)
        cluster_into_store(store, store.article_ids(), config)
        for kind, other, articles in decisions:
            data = json.loads(articles)
            story_of = StoreSource(store).load_story_of
            if kind == "merge":
                current = story_of(data["into"] + data["from"])
                into = next((current[a] for a in data["into"] if a in current), None)
                for sid in sorted(set(current.values()) - {into}):
                    if into is not None:
                        _merge(store, into, sid, config)
            elif kind == "split":
                current = story_of(data)
                for sid in sorted(set(current.values()) - {other}):
                    _split(store, sid, [a for a in data if current[a] == sid], other, config)
    log.info("rebuilt stories and replayed %d decisions", len(decisions))
    return len(decisions)
