from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema

from lagebild.executor import LocalExecutor
from lagebild.export import SECTIONS, build_export, load_schema, write_export
from lagebild.runner import run
from lagebild.store import Store


def test_export_validates_against_schema(store: Store, corpus_dir: Path) -> None:
    run(store, [str(corpus_dir)], executor=LocalExecutor(1))
    data = build_export(store)
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    assert data["schema"] == "lagebild.export/1"
    assert len(data["articles"]) == 7
    art = next(a for a in data["articles"] if a["source"].endswith("records.jsonl#1"))
    assert art["ref"] == "w-1" and art["published"] == "2024-04-20T06:30+02:00"


def test_schema_rejects_a_broken_article() -> None:
    schema = load_schema()
    bad = {
        "schema": "lagebild.export/1",
        "articles": [{"id": "x"}],
        "stories": [],
        "entities": [],
        "quotes": [],
        "timeline": [],
        "conflicts": [],
    }
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def test_jsonl_export_has_typed_records(store: Store, corpus_dir: Path) -> None:
    run(store, [str(corpus_dir)], executor=LocalExecutor(1))
    buf = io.StringIO()
    n = write_export(store, buf, "jsonl")
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert lines[0] == {"record": "schema", "schema": "lagebild.export/1"}
    assert len(lines) == n + 1
    assert {x["record"] for x in lines[1:]} <= {
        "outlet",
        "article",
        "story",
        "entity",
        "quote",
        "timeline_entry",
        "conflict",
    }


def test_empty_store_exports_every_section(store: Store) -> None:
    data = build_export(store)
    assert all(data[s] == [] for s in SECTIONS)
    jsonschema.Draft202012Validator(load_schema()).validate(data)
