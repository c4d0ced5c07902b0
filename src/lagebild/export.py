"""The JSON export: the contract `lagebild.export/1`, whose JSON Schema lives in `schema/`."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import IO, Any

from lagebild.store import Store

SCHEMA_ID = "lagebild.export/1"


def load_schema() -> dict[str, Any]:
    text = resources.files("lagebild").joinpath("schema/export.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def iter_records(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every exported record as (section, record), section by section, in a stable order."""
    c = store.conn
    story_of = dict(c.execute("SELECT article, story FROM story_articles").fetchall())
    copies: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for src, tgt, kind, score in c.execute(
        "SELECT source, target, kind, score FROM links ORDER BY source, score DESC, target"
    ):
        copies[src].append({"article": tgt, "kind": kind, "score": round(float(score), 4)})
    for a in store.iter_articles():
        yield (
            "articles",
            {
                "id": a.id,
                "source": a.source,
                "ref": a.ref,
                "url": a.url,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "language": a.language,
                "text": a.text,
                "removed": [r.to_dict() for r in a.removed],
                "cites": a.cites,
                "story": story_of.get(a.id),
                "copy_of": copies.get(a.id, []),
            },
        )
    members: dict[str, list[str]] = defaultdict(list)
    for story, article in c.execute(
        "SELECT sa.story, sa.article FROM story_articles sa JOIN articles a ON a.id = sa.article "
        "ORDER BY a.seq"
    ):
        members[story].append(article)
    for sid, title, start, end, entities in c.execute(
        'SELECT id, title, start, "end", entities FROM stories ORDER BY start, id'
    ):
        yield (
            "stories",
            {
                "id": sid,
                "title": title,
                "articles": members.get(sid, []),
                "start": start,
                "end": end,
                "entities": _loads(entities, []),
            },
        )
    entity_articles: dict[str, list[str]] = defaultdict(list)
    for entity, article in c.execute(
        "SELECT entity, article FROM entity_articles ORDER BY entity, article"
    ):
        entity_articles[entity].append(article)
    for eid, name, etype, variants, roles in c.execute(
        "SELECT id, name, type, variants, roles FROM entities ORDER BY name, id"
    ):
        yield (
            "entities",
            {
                "id": eid,
                "name": name,
                "type": etype,
                "variants": _loads(variants, []),
                "roles": _loads(roles, []),
                "articles": entity_articles.get(eid, []),
            },
        )
    for article, speaker, speaker_text, text, kind in c.execute(
        "SELECT article, speaker, speaker_text, text, kind FROM quotes ORDER BY article, start, id"
    ):
        yield (
            "quotes",
            {
                "article": article,
                "speaker": speaker,
                "speaker_text": speaker_text,
                "text": text,
                "kind": kind,
            },
        )
    for date, story, text, articles, entities in c.execute(
        "SELECT date, story, text, articles, entities FROM timeline ORDER BY date, id"
    ):
        yield (
            "timeline",
            {
                "date": date,
                "story": story,
                "articles": _loads(articles, []),
                "text": text,
                "entities": _loads(entities, []),
            },
        )
    for kind, subject, statements in c.execute(
        "SELECT kind, subject, statements FROM conflicts ORDER BY id"
    ):
        yield "conflicts", {"kind": kind, "subject": subject, "statements": _loads(statements, [])}


SECTIONS = ("articles", "stories", "entities", "quotes", "timeline", "conflicts")
#: the ``record`` field of each section's records in the JSON-lines export
RECORD_TYPES = {
    "articles": "article",
    "stories": "story",
    "entities": "entity",
    "quotes": "quote",
    "timeline": "timeline_entry",
    "conflicts": "conflict",
}


def build_export(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA_ID, **{s: [] for s in SECTIONS}}
    for section, record in iter_records(store):
        out[section].append(record)
    out["outlets"] = outlet_records(store)
    return out


def outlet_records(store: Store) -> list[dict[str, Any]]:
    """Per-outlet provenance figures: how much an outlet copies, names its sources, lags."""
    from lagebild.dedup.step import store_outlet_signals

    return [s.to_dict() for s in store_outlet_signals(store)]


def write_export(store: Store, out: IO[str], fmt: str = "json") -> int:
    """Write the export as one JSON object or as JSON lines; returns the number of records."""
    if fmt == "json":
        data = build_export(store)
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return sum(len(data[s]) for s in SECTIONS)
    if fmt == "jsonl":
        out.write(json.dumps({"record": "schema", "schema": SCHEMA_ID}) + "\n")
        n = 0
        for record in outlet_records(store):
            out.write(json.dumps({"record": "outlet", **record}, ensure_ascii=False) + "\n")
            n += 1
        for section, record in iter_records(store):
            out.write(
                json.dumps({"record": RECORD_TYPES[section], **record}, ensure_ascii=False) + "\n"
            )
            n += 1
        return n
    raise ValueError(f"unknown export format '{fmt}'; use json or jsonl")
