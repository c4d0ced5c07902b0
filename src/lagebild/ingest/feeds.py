"""RSS and Atom feeds via feedparser: each item becomes an article (title, summary, link, date)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from lagebild.dates import normalise_timestamp
from lagebild.errors import InputError
from lagebild.ingest.base import IngestOptions, InputProblem, content_hash, looks_binary
from lagebild.model import Article, DatePrecision

#: a DOCTYPE with an internal subset can declare entities; we refuse to expand any
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"</?(p|br|div|li|h[1-6]|tr|blockquote)\b[^>]*>", re.IGNORECASE)


def read_feed_file(path: Path, options: IngestOptions) -> Iterator[Article | InputProblem]:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file", "remove it or pass an RSS/Atom feed")
    if size > options.max_fetch_bytes:
        raise InputError(
            str(path), f"feed is {size / 1e6:.1f} MB, over the size cap", "split the feed"
        )
    yield from read_feed_bytes(path.read_bytes(), str(path), options)


def read_feed_bytes(
    data: bytes, source: str, options: IngestOptions
) -> Iterator[Article | InputProblem]:
    if looks_binary(data):
        raise InputError(source, "binary data, not an RSS/Atom feed", "pass an XML feed file")
    if _ENTITY_DECL.search(data[:65536]):
        raise InputError(
            source,
            "feed declares XML entities; refused so that no entity is expanded",
            "remove the DOCTYPE entity declarations",
        )
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        bozo = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({bozo})" if bozo else "feed has no items"
        raise InputError(source, reason, "check that the file is an RSS or Atom feed")
    feed_title = _outlet_from_feed_title((parsed.get("feed") or {}).get("title") or "")
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#{n}"
        title = _clean_inline(entry.get("title") or "")
        body = ""
        contents = entry.get("content") or []
        if contents:
            body = _html_to_text(contents[0].get("value") or "")
        if not body:
            body = _html_to_text(entry.get("summary") or "")
        if body.strip() == title.strip():
            body = ""
        if not title and not body:
            yield InputProblem(where, "feed item has neither title nor text", "")
            continue
        link = entry.get("link") or None
        stamp = _entry_date(entry)
        article = Article(
            source=where,
            raw=body,
            raw_format="text",
            ref=entry.get("id") or None,
            url=link,
            outlet=feed_title,
            title=title or None,
            author=entry.get("author") or None,
            input_hash=content_hash("feed", title, body, link),
        )
        if stamp:
            article.published, article.published_precision = stamp
            article.published_source = "feed"
        yield article


def _entry_date(entry: dict[str, Any]) -> tuple[str, DatePrecision] | None:
    """The item's date with its own UTC offset kept (feedparser's parsed form is UTC)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return normalise_timestamp(parsedate_to_datetime(raw))
        except (TypeError, ValueError, IndexError):
            stamp = normalise_timestamp(raw)
            if stamp:
                return stamp
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return normalise_timestamp(parsed)
    return None


_TITLE_SEPARATORS = re.compile(r"\s+[–—|:·-]\s+")


def _outlet_from_feed_title(title: str) -> str | None:
    """The outlet in a channel title: "Talbote – Nachrichten" and "Talbote | Sport" -> "Talbote"."""
    title = " ".join(title.split())
    return _TITLE_SEPARATORS.split(title, maxsplit=1)[0].strip() or None


def _clean_inline(text: str) -> str:
    return _html_to_text(text).replace("\n", " ").strip() if "<" in text else text.strip()


def _html_to_text(fragment: str) -> str:
    """Plain text of a feed's HTML fragment, with block elements as line breaks."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fromstring(_BLOCK_TAGS.sub("\n", fragment))
    except (ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    lines = (ln.strip() for ln in root.text_content().splitlines())
    return "\n".join(ln for ln in lines if ln)
