"""JSON lines: one article per line (`id`, `title`, `text`, `url`, `published`, `outlet`, `language`)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from lagebild.dates import normalise_timestamp
from lagebild.ingest.base import IngestOptions, InputProblem, content_hash, repair_mojibake
from lagebild.model import Article

KNOWN_FIELDS = ("id", "title", "text", "url", "published", "outlet", "language")


def read_jsonl(path: Path, options: IngestOptions) -> Iterator[Article | InputProblem]:
    source = str(path)
    if path.stat().st_size == 0:
        yield InputProblem(source, "empty file", "remove it or add JSON lines")
        return
    with open(path, "rb") as raw:
        magic = raw.read(2)
    gz = path.name.lower().endswith(".gz") or magic == b"\x1f\x8b"
    with gzip.open(path, "rb") if gz else open(path, "rb") as stream:
        yield from read_jsonl_stream(stream, source, options)


def read_jsonl_stream(
    stream: Iterable[bytes], source: str, options: IngestOptions
) -> Iterator[Article | InputProblem]:
    lineno = 0
    records = 0
    try:
        for lineno, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            where = f"{source}#{lineno}"
            if len(line) > options.max_record_bytes:
                yield InputProblem(where, f"line is {len(line) / 1e6:.1f} MB, over the record cap")
                continue
            records += 1
            yield parse_record(line, where)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        yield InputProblem(
            source,
            f"truncated or corrupt gzip after line {lineno} ({exc})",
            "the lines before were kept; re-download or re-compress the file",
        )
        return
    if records == 0:
        yield InputProblem(source, "no JSON lines found", "one JSON object per line is expected")


def parse_record(line: bytes, where: str) -> Article | InputProblem:
    try:
        data: Any = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputProblem(where, f"not valid JSON ({exc})", "each line must be one JSON object")
    if not isinstance(data, dict):
        return InputProblem(
            where, "JSON line is not an object", "each line must be one JSON object"
        )
    title = _str(data.get("title"))
    text = _str(data.get("text"))
    if not (title and title.strip()) and not (text and text.strip()):
        return InputProblem(
            where, "record has neither 'title' nor 'text'", "add at least one of them"
        )
    url = _str(data.get("url"))
    published = normalise_timestamp(data.get("published"))
    ref = data.get("id")
    article = Article(
        source=where,
        raw=repair_mojibake(text or ""),
        raw_format="text",
        ref=None if ref is None else str(ref),
        url=url,
        outlet=_str(data.get("outlet")),
        title=repair_mojibake(title.strip()) if title else None,
        language=_str(data.get("language")),
        input_hash=content_hash("jsonl", line.strip()),
    )
    if published:
        article.published, article.published_precision = published
        article.published_source = "jsonl"
    elif data.get("published"):
        article.flags.append(f"unparsed-published:{str(data['published'])[:40]}")
    return article


def _str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
