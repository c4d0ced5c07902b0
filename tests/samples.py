"""Small inputs written by the team for the tests, helpers that write them to disk, and helpers
that build and clean bodies for the clean step's tests."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from lagebild.clean.blocks import cue_hits, shape
from lagebild.clean.boilerplate import clean_body

TXT_ARTICLE = """Stadtrat beschließt neues Radwegenetz

Veröffentlicht am 12.05.2024 um 09:14

Der Stadtrat von Lindenhain hat am Donnerstagabend mit großer Mehrheit ein neues Radwegenetz beschlossen.
Bis 2027 sollen 42 Kilometer geschützte Radstreifen entstehen, sagte Bürgermeisterin Carla Hübner.
„Wir holen nach, was jahrelang versäumt wurde", sagte Hübner nach der Abstimmung.
Die Opposition kritisierte die Kosten von rund 18 Millionen Euro als zu hoch.
"""

HTML_ARTICLE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Hochwasser an der Mulde: Pegel sinken langsam | Talbote</title>
<link rel="canonical" href="https://www.talbote.example/region/hochwasser-mulde-pegel">
<meta property="og:url" content="https://www.talbote.example/region/hochwasser-mulde-pegel">
<meta property="og:site_name" content="Talbote">
<meta property="article:published_time" content="2024-06-03T07:45:00+02:00">
<meta name="author" content="Jonas Reimer">
</head><body>
<nav><a href="/">Startseite</a> <a href="/region">Region</a></nav>
<article>
<h1>Hochwasser an der Mulde: Pegel sinken langsam</h1>
<p>Nach den schweren Regenfällen vom Wochenende sinken die Pegelstände an der Mulde seit Sonntagabend langsam.
Der Landkreis hob die höchste Alarmstufe für Grimmstedt am Montagmorgen auf.</p>
<p>Rund 300 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk sicherten in der Nacht die Deiche,
teilte ein Sprecher des Landratsamts mit. Verletzt wurde nach bisherigen Angaben niemand.</p>
<p>Die Aufräumarbeiten dürften sich nach Einschätzung der Behörden noch mehrere Wochen hinziehen.</p>
</article>
<footer>Impressum · Datenschutz · Kontakt</footer>
</body></html>
"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Talbote Nachrichten</title><link>https://www.talbote.example/</link>
<item><title>Deichbruch bei Grimmstedt verhindert</title>
<link>https://www.talbote.example/region/deich</link>
<guid>talbote-4711</guid>
<description>&lt;p&gt;Helfer haben in der Nacht einen Deichbruch &lt;b&gt;verhindert&lt;/b&gt;.&lt;/p&gt;</description>
<pubDate>Mon, 03 Jun 2024 06:10:00 +0200</pubDate></item>
<item><title>Pegel an der Mulde sinken</title><link>https://www.talbote.example/region/pegel</link>
<pubDate>Mon, 03 Jun 2024 08:00:00 +0200</pubDate></item>
</channel></rss>
"""

JSONL_RECORDS = [
    {
        "id": "w-1",
        "title": "Tarifeinigung im Nahverkehr",
        "text": "Verdi und die kommunalen Arbeitgeber haben sich in der Nacht auf einen neuen Tarifvertrag geeinigt.\n"
        "Die Beschäftigten erhalten ab Juli 5,5 Prozent mehr Lohn.",
        "url": "https://www.wirtschaftsecho.example/tarif",
        "published": "2024-04-20T06:30:00+02:00",
        "outlet": "Wirtschaftsecho",
        "language": "de",
    },
    {"id": "w-2", "title": "Bahn kündigt neue Sprinterzüge an"},
]


def write_jsonl(path: Path, records: list[dict[str, object]], gz: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if gz:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as fh:
            fh.write(data)
        data = buf.getvalue()
    path.write_bytes(data)
    return path


def write_warc(path: Path, pages: dict[str, str]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for uri, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(html.encode("utf-8")),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-06-03T10:00:00Z"},
            )
            writer.write_record(rec)
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://www.talbote.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"),
                http_headers=png,
            )
        )
    return path


# Three paragraphs of a council report, the prose core the clean-step tests set furniture into.
COUNCIL_PARAGRAPHS = (
    "Der Gemeinderat von Kleinmoorbach hat am Dienstagabend den Haushalt für das kommende Jahr "
    "beschlossen, nach einer Debatte von mehr als drei Stunden.",
    "Größter Posten ist die Sanierung der Grundschule, für die der Kämmerer rund 2,4 Millionen "
    "Euro eingeplant hat, verteilt auf zwei Jahre.",
    "Die Opposition stimmte dagegen und verwies auf die steigenden Zinsen, die den Spielraum in "
    "den folgenden Jahren deutlich einengen würden.",
)


# Helpers for the clean step's tests, which build bodies from invented lines.
def paragraphs(*lines: str) -> str:
    """The lines as a plain-text body, one paragraph each."""
    return "\n\n".join(lines) + "\n"


def kept_text(body: str, **kw: Any) -> str:
    """The text the clean step keeps of ``body`` (``title``/``outlet`` as keywords)."""
    return clean_body(body, **kw).text


def shape_reasons(line: str) -> list[str]:
    """The furniture reasons a line's shape carries (phrase cues and their gates)."""
    return shape(line).reasons


def cue_reasons(line: str) -> list[str]:
    """The reasons of the phrase cues a line hits."""
    return cue_hits(line)[1]
