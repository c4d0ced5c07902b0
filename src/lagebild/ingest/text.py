"""Plain-text and HTML article files: one file, one article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest.base import IngestOptions, content_hash, decode_text
from lagebild.model import Article


def _read_capped(path: Path, cap: int) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file", "remove it or add the article text")
    if size > cap:
        raise InputError(
            str(path),
            f"file is {size / 1e6:.1f} MB, over the {cap / 1e6:.0f} MB cap for one article",
            "split it into one file per article or use JSON lines",
        )
    return path.read_bytes()


def read_text_file(path: Path, options: IngestOptions) -> Iterator[Article]:
    data = _read_capped(path, options.max_article_bytes)
    text, flags = decode_text(data, str(path))
    if not text.strip():
        raise InputError(
            str(path), "file holds only whitespace", "remove it or add the article text"
        )
    yield Article(
        source=str(path),
        raw=text,
        raw_format="text",
        flags=flags,
        input_hash=content_hash("text", text),
    )


def read_html_file(path: Path, options: IngestOptions) -> Iterator[Article]:
    data = _read_capped(path, options.max_article_bytes)
    html, flags = decode_text(data, str(path), _meta_charset(data))
    if not html.strip():
        raise InputError(str(path), "file holds only whitespace", "remove it or add the page")
    yield Article(
        source=str(path),
        raw=html,
        raw_format="html",
        flags=flags,
        input_hash=content_hash("html", html),
    )


def _meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset=...>), if any."""
    head = data[:4096].lower()
    idx = head.find(b"charset=")
    if idx < 0:
        return None
    value = head[idx + 8 : idx + 40].lstrip(b"\"' ")
    end = 0
    while end < len(value) and (chr(value[end]).isalnum() or chr(value[end]) in "-_"):
        end += 1
    return value[:end].decode("ascii") or None
