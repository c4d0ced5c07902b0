"""Quality gate: the sample corpus (examples/corpus) through the real pipeline, against gold.

The pipeline runs as wired in the registry; the dedup step (copy links) and the story step
run here too when the registry does not list them yet; then again with mentions from the
bundled NER model (what the entity step will provide). Pinned: every story exactly as in
gold, including the English report on the chancellor vote, which joins the German reports
through the cross-language path (shared entities, multilingual headline embeddings).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from lagebild.executor import LocalExecutor
from lagebild.registry import corpus_steps
from lagebild.runner import run
from lagebild.store import Store
from lagebild.stories.decisions import clear_stories
from lagebild.stories.step import StoryStep

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "corpus"
INPUTS = ("txt", "html", "articles.jsonl", "feeds", "warc")


def _clusters(assign: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for key, story in assign.items():
        groups[story].add(key)
    return {frozenset(g) for g in groups.values()}


def _gold() -> dict[str, tuple[str, str]]:
    data = json.loads((SAMPLE / "gold.json").read_text("utf-8"))["articles"]
    return {v["source"]: (k, v["story"]) for k, v in data.items()}


def _reset_stories(store: Store) -> None:
    clear_stories(store)


def _assignments(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    gold = _gold()
    story_of = dict(store.conn.execute("SELECT article, story FROM story_articles"))
    pred: dict[str, str] = {}
    expected: dict[str, str] = {}
    for aid, source in store.conn.execute("SELECT id, source FROM articles"):
        rel = source.split("examples/corpus/", 1)[-1]
        if rel in gold:
            key, story = gold[rel]
            expected[key] = story
            pred[key] = story_of[aid]
    return expected, pred


@pytest.fixture(scope="module")
def sample_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One pipeline run; stories as wired, then again with NER mentions filled in."""
    store = Store.open(tmp_path_factory.mktemp("sample") / "sample.db")
    registered = {s.name for s in corpus_steps()}
    run(store, [str(SAMPLE / p) for p in INPUTS], executor=LocalExecutor(1))
    ids = store.article_ids()
    if "dedup" not in registered:
        from lagebild.dedup.step import DedupStep

        DedupStep().update(store, ids)
    if "stories" not in registered:
        StoryStep().update(store, ids)
    expected, wired = _assignments(store)
    rows = store.conn.execute('SELECT title, start, "end", entities FROM stories').fetchall()
    from lagebild.ner import Recogniser

    recogniser = Recogniser.load()
    for article in store.iter_articles(ids):
        if not article.mentions and article.language == "de":
            article.mentions = recogniser.mentions(article.text)
            store.update_article(article)
    _reset_stories(store)
    StoryStep().update(store, ids)
    _, with_ner = _assignments(store)
    store.close()
    return {"expected": expected, "wired": wired, "ner": with_ner, "rows": rows}


@pytest.mark.slow
def test_sample_corpus_with_ner_mentions(sample_results: dict[str, Any]) -> None:
    assert len(sample_results["expected"]) == len(_gold()), "every gold article was stored"
    assert _clusters(sample_results["ner"]) == _clusters(sample_results["expected"])


@pytest.mark.slow
def test_sample_corpus_as_wired(sample_results: dict[str, Any]) -> None:
    got = _clusters(sample_results["wired"])
    assert got == _clusters(sample_results["expected"])
    rows = sample_results["rows"]
    assert len(rows) == len(got)
    assert all(title and start and end and json.loads(ents) for title, start, end, ents in rows)


@pytest.mark.slow
def test_english_report_joins_its_german_story_by_cross_language_evidence(
    sample_results: dict[str, Any],
) -> None:
    wired = sample_results["wired"]
    assert wired["rg_merz_en"] == wired["nk_kanzlerwahl"] == wired["sn_merz_kanzler"]
    # the two strikes and the two matches stay apart
    assert wired["rr_gdl_ankuendigung"] != wired["nrd_gdl_zweiter"]
    assert wired["rsb_bochum"] != wired["we_meister"]
