"""When corpus steps run side by side, and that the result is the same as one by one."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from lagebild.corpus.base import run_corpus_steps
from lagebild.entities.step import EntityStep
from lagebild.export import build_export
from lagebild.model import Article, Mention, article_id
from lagebild.registry import corpus_steps
from lagebild.store import Store

TEXTS = [
    "Bürgermeisterin Ilka Sommerfeld eröffnete in Nordstrand den neuen Fähranleger.",
    "Ilka Sommerfeld sagte, der Anleger in Nordstrand sei ein wichtiger Schritt.",
    "Die Bürgermeisterin kündigte für Mai eine Bürgerversammlung in Nordstrand an.",
]
ALONGSIDE = "corpus step entities computes alongside dedup"


def _fill(store: Store) -> None:
    articles = []
    for i, text in enumerate(TEXTS):
        a = Article(source=f"t{i}", raw=text, body=text, text=text, input_hash=text,
                    published=f"2025-05-0{i + 1}", language="de")  # fmt: skip
        a.id = article_id(text)
        for name, etype in (("Ilka Sommerfeld", "PER"), ("Nordstrand", "LOC")):
            if name in text:
                start = text.index(name)
                a.mentions.append(Mention(name, etype, start, start + len(name), base=name))  # type: ignore[arg-type]
        articles.append(a)
    store.save_articles(articles)


def _run(store: Store, parallel: int, caplog: pytest.LogCaptureFixture) -> bool:
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="lagebild.corpus.base"):
        results = run_corpus_steps(store, corpus_steps(), parallel=parallel)
    assert results["entities"]["new"] == len(TEXTS)
    assert store.corpus_position("entities") == store.max_seq()
    return ALONGSIDE in caplog.text


def test_side_by_side_equals_one_by_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    serial, parallel = Store.open(tmp_path / "s.db"), Store.open(tmp_path / "p.db")
    _fill(serial)
    _fill(parallel)
    assert not _run(serial, 1, caplog)
    assert _run(parallel, 2, caplog)
    assert build_export(serial) == build_export(parallel)
    assert build_export(parallel)["entities"], "the fixture must create entities"


def test_one_by_one_for_a_store_in_memory_or_too_many_articles(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = Store.open(":memory:")
    _fill(memory)
    assert not _run(memory, 2, caplog)  # a child process cannot open it
    monkeypatch.setattr(EntityStep, "max_deferred", len(TEXTS) - 1)
    big = Store.open(tmp_path / "big.db")
    _fill(big)
    assert not _run(big, 2, caplog)  # more than the step keeps in memory: resolved here
