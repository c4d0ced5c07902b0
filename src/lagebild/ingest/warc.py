"""WARC files: HTML response records become articles with their URL and fetch date."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from lagebild.dates import normalise_timestamp
from lagebild.errors import InputError
from lagebild.ingest.base import (
    IngestOptions,
    InputProblem,
    charset_from_content_type,
    content_hash,
    decode_text,
)
from lagebild.model import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, options: IngestOptions) -> Iterator[Article | InputProblem]:
    source = str(path)
    if path.stat().st_size == 0:
        yield InputProblem(source, "empty file", "remove it or pass a WARC file with records")
        return
    count = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if not content_type.startswith(HTML_TYPES):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{source}#{uri}"
                data = record.content_stream().read(options.max_record_bytes + 1)
                count += 1
                if len(data) > options.max_record_bytes:
                    yield InputProblem(where, "record is over the record size cap", "")
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise EOFError(f"record {uri} ends before its Content-Length")
                try:
                    html, flags = decode_text(data, where, charset_from_content_type(content_type))
                except InputError as err:
                    yield InputProblem.from_error(err)
                    continue
                fetched = normalise_timestamp(record.rec_headers.get_header("WARC-Date"))
                yield Article(
                    source=where,
                    raw=html,
                    raw_format="html",
                    url=uri or None,
                    fetched=fetched[0] if fetched else None,
                    flags=flags,
                    input_hash=content_hash("warc", uri, html),
                )
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
            yield InputProblem(
                source,
                f"broken or truncated WARC after {count} HTML records ({type(exc).__name__}: {exc})",
                "records before the damage were kept",
            )
            return
    if count == 0:
        yield InputProblem(source, "WARC holds no HTML response records", "")
