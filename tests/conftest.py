"""Shared fixtures: a store in a temp folder and a folder with one input of every format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from samples import FEED, HTML_ARTICLE, JSONL_RECORDS, TXT_ARTICLE, write_jsonl, write_warc

from lagebild.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A small folder with one input of every format and three broken files."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "radwege.txt").write_text(TXT_ARTICLE, encoding="utf-8")
    (root / "sub" / "hochwasser.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (root / "feed.xml").write_text(FEED, encoding="utf-8")
    write_jsonl(root / "records.jsonl", JSONL_RECORDS)
    write_warc(
        root / "crawl.warc.gz",
        {
            "https://www.talbote.example/region/hochwasser-mulde-pegel": HTML_ARTICLE.replace(
                "Verletzt wurde nach bisherigen Angaben niemand.",
                "Ein Feuerwehrmann wurde leicht verletzt.",
            )
        },
    )
    (root / "empty.txt").write_bytes(b"")
    (root / "junk.txt").write_bytes(bytes(range(256)) * 20)
    gz = write_jsonl(tmp_path / "full.jsonl.gz", JSONL_RECORDS * 50, gz=True).read_bytes()
    (root / "truncated.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    return root
