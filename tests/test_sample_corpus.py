"""Quality floors on the bundled sample corpus and its gold annotations (examples/corpus/)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lagebild.executor import LocalExecutor
from lagebild.export import build_export
from lagebild.runner import run
from lagebild.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
INPUTS = ["txt", "html", "articles.jsonl", "feeds", "warc"]


@pytest.fixture(scope="module")
def picture(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    with Store.open(db) as store:
        report = run(store, [str(CORPUS / p) for p in INPUTS], executor=LocalExecutor(2))
        assert report.stats.quarantined == 0
        export = build_export(store)
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    yield gold, export


def _by_key(gold: dict[str, Any], export: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_source = {a["source"].split("examples/corpus/", 1)[1]: a for a in export["articles"]}
    return {k: by_source[g["source"]] for k, g in gold["articles"].items()}


def test_every_input_is_an_article(picture: tuple[dict[str, Any], dict[str, Any]]) -> None:
    gold, export = picture
    assert len(export["articles"]) == len(gold["articles"]) == 30


def test_article_text_is_kept_and_furniture_removed(
    picture: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    gold, export = picture
    arts = _by_key(gold, export)
    kept = [
        (k, s) for k, g in gold["articles"].items() for s in g["must_keep"] if s in arts[k]["text"]
    ]
    total_keep = sum(len(g["must_keep"]) for g in gold["articles"].values())
    assert len(kept) == total_keep  # nothing of the articles is lost
    furniture = [(k, f) for k, g in gold["articles"].items() for f in g["furniture"]]
    left = [(k, f) for k, f in furniture if f in arts[k]["text"]]
    # every gold furniture line is removed (90 of 90); keep it that way
    assert left == [], left


def test_metadata_from_inputs(picture: tuple[dict[str, Any], dict[str, Any]]) -> None:
    gold, export = picture
    arts = _by_key(gold, export)
    dated = [k for k, g in gold["articles"].items() if g.get("published")]
    right = [
        k
        for k in dated
        if (arts[k]["published"] or "").startswith(gold["articles"][k]["published"])
    ]
    assert len(right) == len(dated)
    titled = [k for k, g in gold["articles"].items() if g.get("title")]
    assert all(arts[k]["title"] == gold["articles"][k]["title"] for k in titled)
    langs = [k for k, g in gold["articles"].items() if arts[k]["language"] == g["language"]]
    assert len(langs) == len(gold["articles"])


def test_copy_links_match_gold_exactly(picture: tuple[dict[str, Any], dict[str, Any]]) -> None:
    gold, export = picture
    arts = _by_key(gold, export)
    key_of = {a["id"]: k for k, a in arts.items()}
    want = {
        (k, g["copy_of"]["article"], g["copy_of"]["kind"])
        for k, g in gold["articles"].items()
        if g["copy_of"]
    }
    got = {
        (key_of[a["id"]], key_of[c["article"]], c["kind"])
        for a in export["articles"]
        for c in a["copy_of"]
    }
    assert got == want


def test_people_are_one_entity_each(picture: tuple[dict[str, Any], dict[str, Any]]) -> None:
    """Every gold person written in more than one way is one entity; no two people merged."""
    gold, export = picture
    entities = export["entities"]
    owners: dict[str, set[str]] = {}
    split = []
    for g in gold["entities"]:
        if g["type"] != "PER":
            continue
        # name forms (role-only references like "der Kanzler" are scored elsewhere)
        forms = {
            g["name"],
            *(v for v in g["variants"] if v[0].isupper() and not v.startswith(("Der ", "Die "))),
        }
        ids = {e["id"] for e in entities for f in forms if f == e["name"] or f in e["variants"]}
        for i in ids:
            owners.setdefault(i, set()).add(g["name"])
        if len(forms) > 1 and len(ids) != 1:
            split.append((g["name"], len(ids)))
    assert split == []
    assert [names for names in owners.values() if len(names) > 1] == []
