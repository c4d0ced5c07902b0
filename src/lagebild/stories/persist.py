"""Reading and writing the clustering state in the store.

:class:`StoreSource` answers the engine's lazy lookups (document frequencies, postings,
story states, which story an article is in); :func:`save` writes back only what changed in
one transaction: frequency deltas, touched postings and stories, new assignments, and the
``stories`` rows the export reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from lagebild.store import Store
from lagebild.stories.engine import Assignment, StoryEngine, StoryState

_CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class StoreSource:
    """The engine's persistent state, read from the store on demand."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def doc_count(self) -> int:
        row = self.store.conn.execute("SELECT value FROM story_meta WHERE key = 'docs'").fetchone()
        return int(row[0]) if row else 0

    def _lookup(self, sql: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(keys)):
            marks = ",".join("?" * len(chunk))
            rows.extend(self.store.conn.execute(sql.format(marks=marks), list(chunk)))
        return rows

    def load_df(self, terms: Sequence[str]) -> dict[str, int]:
        rows = self._lookup("SELECT term, df FROM story_df WHERE term IN ({marks})", terms)
        return {t: int(df) for t, df in rows}

    def load_postings(self, terms: Sequence[str]) -> dict[str, list[str]]:
        sql = "SELECT term, stories FROM story_postings WHERE term IN ({marks})"
        return {t: json.loads(s) for t, s in self._lookup(sql, terms)}

    def load_stories(self, ids: Sequence[str]) -> dict[str, StoryState]:
        sql = "SELECT story, data FROM story_state WHERE story IN ({marks})"
        return {sid: StoryState.from_json(sid, json.loads(d)) for sid, d in self._lookup(sql, ids)}

    def load_story_of(self, articles: Sequence[str]) -> dict[str, str]:
        sql = "SELECT article, story FROM story_articles WHERE article IN ({marks})"
        return dict(self._lookup(sql, articles))

    def aliases(self) -> dict[str, str]:
        """Merged-away story ids and the story they went into."""
        return dict(self.store.conn.execute("SELECT old, new FROM story_alias"))

    def split_stories(self) -> set[str]:
        """Both sides of every analyst split (kept apart from automatic merges)."""
        rows = self.store.conn.execute(
            "SELECT story, other FROM story_decisions WHERE kind = 'split'"
        )
        return {sid for row in rows for sid in row}


def story_row(st: StoryState) -> tuple[str, str, str | None, str | None, str, str]:
    data = {"size": st.n, "title_article": st.title_article}
    return (
        st.id,
        st.title,
        st.start_iso,
        st.end_iso,
        json.dumps(st.top_entities(), ensure_ascii=False),
        json.dumps(data, ensure_ascii=False),
    )


def save(store: Store, engine: StoryEngine, assignments: Sequence[Assignment]) -> None:
    """Persist the engine's changes and the new assignments (one transaction)."""
    with store.atomic() as c:
        c.execute(
            "INSERT INTO story_meta (key, value) VALUES ('docs', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(engine.n_docs),),
        )
        c.executemany(
            "INSERT INTO story_df (term, df) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            engine.df_delta.items(),
        )
        engine.df_delta.clear()
        c.executemany(
            "INSERT INTO story_postings (term, stories) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET stories = excluded.stories",
            ((t, json.dumps(engine.postings[t])) for t in sorted(engine.dirty_postings)),
        )
        engine.dirty_postings.clear()
        gone: list[str] = []
        for sid in sorted(engine.dirty_stories):
            st = engine.stories.get(sid)
            if st is None:  # merged away
                gone.append(sid)
                continue
            c.execute(
                'INSERT INTO story_state (story, "end", data) VALUES (?, ?, ?) '
                'ON CONFLICT(story) DO UPDATE SET "end" = excluded."end", data = excluded.data',
                (sid, st.end, json.dumps(st.to_json(), ensure_ascii=False)),
            )
            c.execute(
                'INSERT INTO stories (id, title, start, "end", entities, data) '
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                ' start = excluded.start, "end" = excluded."end", entities = excluded.entities,'
                " data = excluded.data",
                story_row(st),
            )
        engine.dirty_stories.clear()
        for old, new in engine.bridged:  # members saved before an automatic merge
            c.execute(
                "UPDATE story_articles SET story = ? WHERE story = ?", (engine.resolve(new), old)
            )
        engine.bridged.clear()
        for sid in gone:
            c.execute("DELETE FROM story_state WHERE story = ?", (sid,))
            c.execute("DELETE FROM stories WHERE id = ?", (sid,))
        c.executemany(
            "INSERT INTO story_alias (old, new) VALUES (?, ?) "
            "ON CONFLICT(old) DO UPDATE SET new = excluded.new",
            sorted(engine.alias.items()),
        )
        c.executemany(
            "INSERT INTO story_articles (story, article, score, reason) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article) DO UPDATE SET story = excluded.story, score = excluded.score,"
            " reason = excluded.reason",
            (
                (
                    engine.resolve(a.story),
                    a.article,
                    round(a.score, 4),
                    json.dumps(a.reason, ensure_ascii=False),
                )
                for a in assignments
            ),
        )
