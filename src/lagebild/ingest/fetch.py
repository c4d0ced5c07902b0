"""Fetching a URL the user points at: http(s) only, no private addresses, timeout and size cap."""

from __future__ import annotations

import ipaddress
import logging
import socket
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from lagebild import __version__
from lagebild.errors import FetchError
from lagebild.ingest.base import IngestOptions

log = logging.getLogger(__name__)
MAX_REDIRECTS = 5


def check_url_allowed(url: str, allow_private: bool) -> None:
    """Raise FetchError unless the URL is http(s) and (unless allowed) resolves to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(
            url, f"scheme '{parts.scheme}' is not fetched", "use an http(s) URL or a file"
        )
    host = parts.hostname
    if not host:
        raise FetchError(url, "URL has no host", "check the URL")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(
            url, f"cannot resolve host '{host}' ({exc.strerror})", "check the URL"
        ) from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global or addr.is_multicast:
            raise FetchError(
                url,
                f"host '{host}' resolves to the non-public address {addr}",
                "pass --allow-private to fetch from private or loopback addresses",
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Re-check every redirect target against the address policy."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_url_allowed(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, options: IngestOptions) -> tuple[bytes, str, str]:
    """Fetch a URL; returns (body bytes, content type, final URL). Raises FetchError."""
    check_url_allowed(url, options.allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(options.allow_private))
    opener.addheaders = [("User-Agent", f"lagebild/{__version__} (+offline news analysis)")]
    try:
        with opener.open(url, timeout=options.fetch_timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.max_fetch_bytes:
                raise FetchError(
                    url, f"response is {int(length) / 1e6:.1f} MB, over the size cap", ""
                )
            data = resp.read(options.max_fetch_bytes + 1)
            if len(data) > options.max_fetch_bytes:
                raise FetchError(
                    url, f"response is over the {options.max_fetch_bytes / 1e6:.0f} MB size cap", ""
                )
            return data, (resp.headers.get("Content-Type") or "").lower(), resp.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(url, f"HTTP {exc.code} {exc.reason}", "check the URL") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from exc
        raise FetchError(url, f"cannot fetch ({reason})", "check the URL and the network") from exc
    except TimeoutError as exc:
        raise FetchError(
            url, f"timed out after {options.fetch_timeout:.0f} s", "try again later"
        ) from exc
