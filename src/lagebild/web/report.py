"""A self-contained static HTML report of the situation picture. All article text is escaped."""

from __future__ import annotations

from collections import Counter
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from lagebild.export import build_export
from lagebild.store import Store


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("lagebild", "web/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(store: Store) -> str:
    data = build_export(store)
    articles = {a["id"]: a for a in data["articles"]}
    entities = {e["id"]: e for e in data["entities"]}
    originals: dict[str, list[dict[str, Any]]] = {}
    for a in data["articles"]:
        for link in a["copy_of"]:
            originals.setdefault(link["article"], []).append({**link, "copy": a["id"]})
    unstoried = [a for a in data["articles"] if not a["story"]]
    counts = store.counts()
    context = {
        "data": data,
        "articles": articles,
        "entities": entities,
        "originals": originals,
        "unstoried": unstoried,
        "counts": counts,
        "quarantine": store.quarantine_summary(),
        "languages": Counter(a["language"] or "?" for a in data["articles"]).most_common(),
    }
    return _environment().get_template("report.html").render(**context)
