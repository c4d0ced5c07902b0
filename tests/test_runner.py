from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from lagebild.executor import LocalExecutor
from lagebild.executor.base import Executor
from lagebild.export import build_export
from lagebild.model import Article
from lagebild.pipeline import BatchResult, Pipeline
from lagebild.runner import run
from lagebild.store import Store


def test_run_ingests_every_format_and_quarantines_bad_files(store: Store, corpus_dir: Path) -> None:
    report = run(store, [str(corpus_dir)], executor=LocalExecutor(1))
    counts = store.counts()
    # txt + html + 2 feed items + 2 jsonl records + 1 warc record (+ lines of the truncated gz,
    # which repeat records.jsonl and are therefore already known)
    assert counts["articles"] == 7
    reasons = {q["reason"] for q in store.quarantine_summary()}
    assert "empty file" in reasons and "binary data, not text" in reasons
    assert any("truncated or corrupt gzip" in r for r in reasons)
    assert report.stats.quarantined == 3
    arts = {a.source.rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    html = arts["hochwasser.html"]
    assert html.url == "https://www.talbote.example/region/hochwasser-mulde-pegel"
    assert html.published == "2024-06-03T07:45+02:00" and html.outlet == "Talbote"
    assert "Deiche" in html.text and "Impressum" not in html.text
    warc = next(a for a in store.iter_articles() if "crawl.warc.gz#" in a.source)
    assert warc.fetched == "2024-06-03T10:00Z" and warc.url.endswith("hochwasser-mulde-pegel")


def test_rerun_adds_nothing(store: Store, corpus_dir: Path) -> None:
    run(store, [str(corpus_dir)], executor=LocalExecutor(1))
    before = store.counts()
    report = run(store, [str(corpus_dir)], executor=LocalExecutor(1))
    after = store.counts()
    assert report.stats.stored == 0 and report.stats.quarantined == 0
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"
    }


def test_parallel_run_equals_serial(
    tmp_path: Path, corpus_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    a = Store.open(tmp_path / "a.db")
    b = Store.open(tmp_path / "b.db")
    run(a, [str(corpus_dir)], executor=LocalExecutor(1))
    with caplog.at_level(logging.DEBUG, logger="lagebild.corpus.base"):
        run(b, [str(corpus_dir)], executor=LocalExecutor(2, batch_size=2))
    # on two cores the entity step computed in a child process alongside the dedup step
    assert "corpus step entities computes alongside dedup" in caplog.text
    assert a.article_ids() == b.article_ids()
    assert build_export(a) == build_export(b)


class _CrashAfter(Executor):
    """Runs batches normally, then simulates Ctrl-C after ``n`` batches."""

    def __init__(self, n: int) -> None:
        self.n = n

    def map(self, pipeline: Pipeline, articles: object) -> object:  # type: ignore[override]
        inner = LocalExecutor(1, batch_size=1).map(pipeline, articles)  # type: ignore[arg-type]
        for i, result in enumerate(inner):
            if i == self.n:
                raise KeyboardInterrupt
            yield result


def test_interrupted_run_resumes(store: Store, tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "title": f"Meldung {i}", "text": f"Inhalt der Meldung {i}."})
            + "\n"
            for i in range(10)
        )
    )
    with pytest.raises(KeyboardInterrupt):
        run(store, [str(src)], executor=_CrashAfter(4))
    assert store.counts()["articles"] == 4
    status = store.conn.execute("SELECT status FROM runs").fetchone()[0]
    assert status == "interrupted"
    report = run(store, [str(src)], executor=LocalExecutor(1))
    assert report.stats.skipped_known == 4 and report.stats.stored == 6
    assert store.counts()["articles"] == 10


def test_step_error_is_quarantined_and_retried(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(
        '{"title": "eins", "text": "Erster Text."}\n{"title": "zwei", "text": "Zweiter Text."}\n'
    )
    import lagebild.steps.parse as parse

    original = parse.ParseStep.process

    def flaky(self: parse.ParseStep, article: Article) -> object:
        if "Zweiter" in article.raw:
            raise RuntimeError("parser crashed")
        return original(self, article)

    monkeypatch.setattr(parse.ParseStep, "process", flaky)
    report = run(store, [str(src)], executor=LocalExecutor(1))
    assert report.stats.stored == 1 and report.stats.quarantined == 1
    q = store.quarantine_summary()[0]
    assert q["step"] == "parse" and q["reason"] == "error"
    monkeypatch.setattr(parse.ParseStep, "process", original)
    report = run(store, [str(src)], executor=LocalExecutor(1))
    assert report.stats.stored == 1 and store.counts()["articles"] == 2


def test_batch_result_is_plain_data() -> None:
    assert BatchResult().kept == []


def test_watch_picks_up_new_files_only(store: Store, tmp_path: Path) -> None:
    from lagebild.runner import watch

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(
        "Erste Meldung\n\nDer Landtag hat heute getagt.\n", encoding="utf-8"
    )
    polls: list[int] = []

    def add_file(_: float) -> None:
        polls.append(1)
        if len(polls) == 1:
            (inbox / "b.txt").write_text(
                "Zweite Meldung\n\nDer Kreistag tagt morgen.\n", encoding="utf-8"
            )

    reports = []
    total = watch(
        store,
        [str(inbox)],
        rounds=3,
        executor=LocalExecutor(1),
        sleep=add_file,
        on_report=reports.append,
    )
    assert total == 2 and store.counts()["articles"] == 2
    assert [r.stats.inputs for r in reports] == [1, 1]  # unchanged files are not read again
