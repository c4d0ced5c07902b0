from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from lagebild.executor import LocalExecutor
from lagebild.runner import run
from lagebild.store import Store
from lagebild.web.app import create_app
from lagebild.web.report import render_report

HOSTILE = {
    "id": "evil",
    "title": '<script>alert("t")</script> Titel',
    "text": 'Der Rat tagte. <img src=x onerror=alert(1)> "</p><script>document.cookie</script>',
    "url": "javascript:alert(2)",
    "outlet": "<b>Böse</b>",
}


@pytest.fixture
def db(tmp_path: Path, corpus_dir: Path) -> str:
    path = tmp_path / "ui.db"
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Store.open(path) as store:
        run(store, [str(corpus_dir), str(hostile)], executor=LocalExecutor(1))
    return str(path)


def _assert_escaped(html: str) -> None:
    assert "<script>" not in html and "<img src=x" not in html and "<b>Böse</b>" not in html
    assert 'href="javascript:' not in html


def test_pages_render_and_escape(db: str) -> None:
    client = TestClient(create_app(db))
    index = client.get("/")
    assert index.status_code == 200 and "Neueste Artikel" in index.text
    assert "default-src 'none'" in index.headers["content-security-policy"]
    _assert_escaped(index.text)
    with Store.open(db) as store:
        evil = next(a for a in store.iter_articles() if a.ref == "evil")
        other = next(a for a in store.iter_articles() if a.title and "Radwegenetz" in a.title)
    page = client.get(f"/article/{evil.id}")
    assert page.status_code == 200 and "&lt;script&gt;" in page.text
    _assert_escaped(page.text)
    assert "Radwegenetz" in client.get(f"/article/{other.id}").text
    found = client.get("/", params={"q": "Radwegenetz"})
    assert other.id in found.text
    assert client.get("/article/nope").status_code == 404
    assert client.get("/story/nope").status_code == 404
    assert client.get("/api/export").json()["schema"] == "lagebild.export/1"


def test_report_escapes_hostile_text(db: str) -> None:
    with Store.open(db) as store:
        html = render_report(store)
    assert "&lt;script&gt;" in html
    _assert_escaped(html)
