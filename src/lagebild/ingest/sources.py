"""Dispatch inputs (paths, directories, URLs, stdin) to the reader for their format."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lagebild.errors import InputError
from lagebild.ingest.base import (
    IngestOptions,
    InputProblem,
    charset_from_content_type,
    content_hash,
    decode_text,
)
from lagebild.ingest.feeds import read_feed_bytes, read_feed_file
from lagebild.ingest.fetch import fetch_url
from lagebild.ingest.jsonl import read_jsonl, read_jsonl_stream
from lagebild.ingest.text import read_html_file, read_text_file
from lagebild.ingest.warc import read_warc
from lagebild.model import Article

log = logging.getLogger(__name__)

Item = Article | InputProblem

#: file name endings and the reader for each; the longest match wins
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}


def detect_format(path: Path) -> str | None:
    name = path.name.lower()
    best = None
    for ending, fmt in FORMATS.items():
        if name.endswith(ending) and (best is None or len(ending) > len(best[0])):
            best = (ending, fmt)
    return best[1] if best else None


def iter_inputs(
    specs: list[str],
    options: IngestOptions | None = None,
    stdin: IO[bytes] | None = None,
    exclude: frozenset[Path] = frozenset(),
) -> Iterator[Item]:
    """Yield raw articles and input problems for every spec: path, directory, URL or ``-``.

    Files in ``exclude`` (resolved paths, e.g. the store's own database) are skipped when a
    directory is walked.
    """
    options = options or IngestOptions()
    for spec in specs:
        if spec == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_stream(stream, "-", options)
        elif spec.startswith(("http://", "https://")):
            yield from _read_url(spec, options)
        else:
            path = Path(spec)
            if path.is_dir():
                for child in walk(path):
                    if child.resolve() not in exclude:
                        yield from read_path(child, options)
            elif path.exists():
                yield from read_path(path, options)
            else:
                yield InputProblem(spec, "no such file or directory", "check the path")


def walk(root: Path) -> Iterator[Path]:
    """Files under a directory, recursively, in a stable order, skipping hidden entries."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_path(path: Path, options: IngestOptions) -> Iterator[Item]:
    source = str(path)
    fmt = detect_format(path)
    if fmt is None:
        yield InputProblem(
            source,
            f"unknown file type '{path.suffix or path.name}'",
            "supported: .txt .html .htm .jsonl(.gz) .warc(.gz) .rss .atom .xml",
        )
        return
    try:
        if fmt == "text":
            yield from read_text_file(path, options)
        elif fmt == "html":
            yield from read_html_file(path, options)
        elif fmt == "jsonl":
            yield from read_jsonl(path, options)
        elif fmt == "warc":
            yield from read_warc(path, options)
        else:
            yield from read_feed_file(path, options)
    except InputError as err:
        yield InputProblem.from_error(err)
    except OSError as err:
        yield InputProblem(source, f"cannot read file: {err.strerror or err}", "check permissions")


def _read_url(url: str, options: IngestOptions) -> Iterator[Item]:
    try:
        data, content_type, final_url = fetch_url(url, options)
    except InputError as err:
        yield InputProblem.from_error(err)
        return
    head = data[:2048].lstrip().lower()
    is_feed = any(t in content_type for t in ("rss", "atom", "xml")) or head.startswith(b"<?xml")
    if is_feed and b"<html" not in head:
        try:
            yield from read_feed_bytes(data, url, options)
        except InputError as err:
            yield InputProblem.from_error(err)
        return
    try:
        html, flags = decode_text(data, url, charset_from_content_type(content_type))
    except InputError as err:
        yield InputProblem.from_error(err)
        return
    yield Article(
        source=url,
        raw=html,
        raw_format="html",
        url=final_url,
        flags=flags,
        input_hash=content_hash("html", html, final_url),
    )
