"""Build the sample WARC ``examples/corpus/warc/sample.warc.gz`` from ``examples/warc_src/*.html``.

The WARC holds what a crawl of an invented outlet would hold: one ``warcinfo`` record,
one HTTP ``response`` record per article page (``text/html; charset=utf-8``) and two
non-HTML responses (``robots.txt`` and a PNG logo) that an ingester must skip.

The output is reproducible: fixed WARC-Date, record ids derived from the target URI,
and a gzip stream without a timestamp, so rebuilding gives byte-identical output.

Run from the repository root::

    .venv/bin/python examples/build_warc.py
"""

from __future__ import annotations

import io
import struct
import uuid
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc_src"
OUT = HERE / "corpus" / "warc" / "sample.warc.gz"

CRAWL_DATE = "2024-08-01T10:00:00Z"  # every record gets this WARC-Date
SITE = "https://www.badischer-bote.example"

# File in warc_src/ -> the URI it was "crawled" from (also its <link rel="canonical">).
PAGES: dict[str, str] = {
    "badischer-bote-wahlrecht.html": f"{SITE}/politik/bundesverfassungsgericht-wahlrechtsreform-urteil-100.html",
    "badischer-bote-bahnstreik.html": f"{SITE}/baden/bahnstreik-gdl-karlsruhe-hauptbahnhof-100.html",
    "badischer-bote-hagel-winzer.html": f"{SITE}/wirtschaft/hagel-pfalz-winzer-schaeden-100.html",
}

ROBOTS_TXT = (
    b"User-agent: *\nDisallow: /suche/\nDisallow: /abo/\nSitemap: "
    + SITE.encode()
    + b"/sitemap.xml\n"
)


def _png_1x1() -> bytes:
    """A valid 1x1 grey PNG, written by hand so the script needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    idat = zlib.compress(b"\x00\x80")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _record_id(uri: str, kind: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ':' + uri)}>"


def _write_response(writer: WARCWriter, uri: str, payload: bytes, content_type: str) -> None:
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(payload))),
            ("Server", "nginx"),
            ("Date", "Thu, 01 Aug 2024 10:00:00 GMT"),
        ],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(payload),
        length=len(payload),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": CRAWL_DATE, "WARC-Record-ID": _record_id(uri, "response")},
    )
    writer.write_record(record)


def build(out: Path = OUT) -> Path:
    """Write the WARC and return its path."""
    missing = [name for name in PAGES if not (SRC / name).is_file()]
    if missing:
        raise FileNotFoundError(f"missing WARC source pages in {SRC}: {', '.join(missing)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = io.BytesIO()
    writer = WARCWriter(raw, gzip=True)
    info = writer.create_warcinfo_record(
        out.name,
        {
            "software": "lagebild examples/build_warc.py",
            "description": "lagebild sample crawl (invented outlet)",
        },
    )
    info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    info.rec_headers.replace_header("WARC-Record-ID", _record_id(out.name, "warcinfo"))
    writer.write_record(info)
    _write_response(writer, f"{SITE}/robots.txt", ROBOTS_TXT, "text/plain; charset=utf-8")
    for name, uri in PAGES.items():
        _write_response(writer, uri, (SRC / name).read_bytes(), "text/html; charset=utf-8")
    _write_response(writer, f"{SITE}/static/logo.png", _png_1x1(), "image/png")
    out.write_bytes(raw.getvalue())
    return out


if __name__ == "__main__":
    path = build()
    print(
        f"wrote {path.relative_to(HERE.parent)} ({path.stat().st_size} bytes, {len(PAGES)} HTML pages)"
    )
