"""The web UI: browse stories, articles, copies and entities of one store. Read-only.

Article text is hostile input: every page is rendered with autoescaping Jinja2 templates and
served with a Content-Security-Policy that allows no scripts at all.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from lagebild.export import build_export
from lagebild.store import Store

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
PAGE_SIZE = 50


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


class _Views:
    def __init__(self, db: str) -> None:
        if not Path(db).exists():
            from lagebild.errors import StoreError

            raise StoreError(
                f"no database at {db}; create one with `lagebild run --db {db} INPUT...`"
            )
        self.store = Store.open(db)
        self.lock = threading.Lock()
        self.env = Environment(
            loader=PackageLoader("lagebild", "web/templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
        )

    def page(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self.lock:
            cur = self.store.conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def index(self, request: Request) -> Response:
        q = request.query_params.get("q", "").strip()[:200]
        stories = self.rows(
            'SELECT s.id, s.title, s.start, s."end", COUNT(sa.article) AS n FROM stories s '
            "LEFT JOIN story_articles sa ON sa.story = s.id GROUP BY s.id ORDER BY n DESC, s.start DESC LIMIT ?",
            (PAGE_SIZE,),
        )
        if q:
            like = f"%{q}%"
            articles = self.rows(
                "SELECT id, title, outlet, published FROM articles WHERE title LIKE ? OR text LIKE ? "
                "ORDER BY published DESC LIMIT ?",
                (like, like, PAGE_SIZE),
            )
        else:
            articles = self.rows(
                "SELECT id, title, outlet, published FROM articles ORDER BY seq DESC LIMIT ?",
                (PAGE_SIZE,),
            )
        with self.lock:
            counts = self.store.counts()
        return self.page("index.html", q=q, stories=stories, articles=articles, counts=counts)

    def story(self, request: Request) -> Response:
        sid = request.path_params["id"]
        found = self.rows(
            'SELECT id, title, start, "end", entities FROM stories WHERE id = ?', (sid,)
        )
        if not found:
            return self.page("missing.html", status=404, what="Story", key=sid)
        members = self.rows(
            "SELECT a.id, a.title, a.outlet, a.published, sa.score, sa.reason FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article WHERE sa.story = ? ORDER BY a.published, a.seq",
            (sid,),
        )
        for m in members:
            m["reason"] = _loads(m["reason"], {})
        return self.page("story.html", story=found[0], members=members)

    def article(self, request: Request) -> Response:
        aid = request.path_params["id"]
        with self.lock:
            article = self.store.get_article(aid)
        if article is None:
            return self.page("missing.html", status=404, what="Artikel", key=aid)
        copies_of = self.rows(
            "SELECT l.target AS id, l.kind, l.score, a.title, a.outlet FROM links l "
            "JOIN articles a ON a.id = l.target WHERE l.source = ?",
            (aid,),
        )
        copied_by = self.rows(
            "SELECT l.source AS id, l.kind, l.score, a.title, a.outlet FROM links l "
            "JOIN articles a ON a.id = l.source WHERE l.target = ?",
            (aid,),
        )
        story = self.rows(
            "SELECT s.id, s.title FROM story_articles sa JOIN stories s ON s.id = sa.story "
            "WHERE sa.article = ?",
            (aid,),
        )
        return self.page(
            "article.html",
            a=article,
            copies_of=copies_of,
            copied_by=copied_by,
            story=story[0] if story else None,
        )

    def entity(self, request: Request) -> Response:
        eid = request.path_params["id"]
        found = self.rows(
            "SELECT id, name, type, variants, roles FROM entities WHERE id = ?", (eid,)
        )
        if not found:
            return self.page("missing.html", status=404, what="Entität", key=eid)
        e = found[0]
        e["variants"], e["roles"] = _loads(e["variants"], []), _loads(e["roles"], [])
        articles = self.rows(
            "SELECT a.id, a.title, a.outlet, a.published FROM entity_articles ea "
            "JOIN articles a ON a.id = ea.article WHERE ea.entity = ? ORDER BY a.published",
            (eid,),
        )
        return self.page("entity.html", e=e, articles=articles)

    def export(self, request: Request) -> Response:
        with self.lock:
            data = build_export(self.store)
        return JSONResponse(data, headers=SECURITY_HEADERS)


def create_app(db: str) -> Starlette:
    """The ASGI app for one database (``lagebild serve`` runs it with uvicorn)."""
    views = _Views(db)
    routes: list[tuple[str, Callable[[Request], Response]]] = [
        ("/", views.index),
        ("/story/{id}", views.story),
        ("/article/{id}", views.article),
        ("/entity/{id}", views.entity),
        ("/api/export", views.export),
    ]
    app = Starlette(routes=[Route(path, endpoint, methods=["GET"]) for path, endpoint in routes])
    app.state.views = views
    return app
