"""URL inputs, served from a local HTTP server (no network): private addresses are refused by default."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from samples import FEED, HTML_ARTICLE

from lagebild.errors import FetchError
from lagebild.ingest import IngestOptions, InputProblem, iter_inputs
from lagebild.ingest.fetch import check_url_allowed, fetch_url
from lagebild.model import Article

ROUTES: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
    "/feed.xml": (200, "application/rss+xml; charset=utf-8", FEED.encode(), {}),
    "/page.html": (200, "text/html; charset=utf-8", HTML_ARTICLE.encode(), {}),
    "/big": (200, "text/html", b"x" * 5000, {}),
    "/redirect": (302, "text/plain", b"", {"Location": "/page.html"}),
    "/missing": (404, "text/plain", b"not here", {}),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, ctype, body, headers = ROUTES.get(self.path, (404, "text/plain", b"", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ALLOW = IngestOptions(allow_private=True, fetch_timeout=5)


def test_loopback_is_refused_by_default(server: str) -> None:
    items = list(iter_inputs([f"{server}/feed.xml"]))
    assert len(items) == 1 and isinstance(items[0], InputProblem)
    assert "non-public address 127.0.0.1" in items[0].reason
    assert "--allow-private" in items[0].detail


@pytest.mark.parametrize(
    "url",
    ["http://10.1.2.3/x", "http://192.168.0.1/", "http://[::1]/", "http://169.254.169.254/latest"],
)
def test_private_ranges_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="non-public"):
        check_url_allowed(url, allow_private=False)


def test_only_http_schemes() -> None:
    with pytest.raises(FetchError, match="scheme 'file'"):
        check_url_allowed("file:///etc/passwd", allow_private=True)


def test_feed_url_with_allow_private(server: str) -> None:
    items = list(iter_inputs([f"{server}/feed.xml"], ALLOW))
    assert [i.title for i in items if isinstance(i, Article)] == [
        "Deichbruch bei Grimmstedt verhindert",
        "Pegel an der Mulde sinken",
    ]
    assert items[0].source == f"{server}/feed.xml#1"


def test_page_url_and_redirect(server: str) -> None:
    items = list(iter_inputs([f"{server}/redirect"], ALLOW))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].raw_format == "html" and items[0].url == f"{server}/page.html"


def test_size_cap_and_http_errors(server: str) -> None:
    with pytest.raises(FetchError, match="size cap"):
        fetch_url(f"{server}/big", IngestOptions(allow_private=True, max_fetch_bytes=1000))
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{server}/missing", ALLOW)
