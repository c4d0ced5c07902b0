"""Shared pieces of the readers: options, problems, decoding bytes to text safely."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lagebild.errors import InputError

#: one article file (txt/html) larger than this is refused; calibrated as ~50x a long article page
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
#: one JSON line or WARC record larger than this is refused
MAX_RECORD_BYTES = 20 * 1024 * 1024
#: share of control bytes above which input counts as binary, not text
BINARY_CONTROL_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class IngestOptions:
    allow_private: bool = False
    fetch_timeout: float = 20.0
    max_fetch_bytes: int = 20 * 1024 * 1024
    max_article_bytes: int = MAX_ARTICLE_BYTES
    max_record_bytes: int = MAX_RECORD_BYTES

    def __post_init__(self) -> None:
        if self.fetch_timeout <= 0:
            raise ValueError(f"fetch_timeout must be > 0 seconds, got {self.fetch_timeout}")
        if self.max_fetch_bytes <= 0 or self.max_article_bytes <= 0 or self.max_record_bytes <= 0:
            raise ValueError("size caps must be positive byte counts")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input (file, record, URL) that could not be read; it goes to quarantine."""

    source: str
    reason: str
    detail: str = ""
    input_hash: str | None = None

    @classmethod
    def from_error(cls, err: InputError, input_hash: str | None = None) -> InputProblem:
        return cls(err.source, err.reason, err.fix, input_hash)


def content_hash(*parts: str | bytes | None) -> str:
    h = hashlib.sha256()
    for p in parts:
        if p is None:
            h.update(b"\x01")
        else:
            h.update(p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p)
        h.update(b"\x00")
    return h.hexdigest()[:32]


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NUL bytes or many control characters."""
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > BINARY_CONTROL_SHARE


def decode_text(data: bytes, source: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode bytes to text: declared charset, UTF-8 (with BOM), UTF-16 by BOM, else cp1252.

    Returns the text and flags describing what had to be done. Raises InputError for binary data.
    """
    flags: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ["decoded-utf-16"]
        except UnicodeDecodeError as exc:
            raise InputError(
                source, f"broken UTF-16 text ({exc.reason})", "re-save the file as UTF-8"
            ) from exc
    if looks_binary(data):
        raise InputError(
            source, "binary data, not text", "pass text, HTML, JSON lines, WARC or feed files"
        )
    if declared:
        try:
            return data.decode(declared), flags
        except (LookupError, UnicodeDecodeError):
            flags.append(f"wrong-declared-charset:{declared}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        flags.append("decoded-cp1252")
        return text, flags
    fixed = repair_mojibake(text)
    if fixed != text:
        flags.append("repaired-mojibake")
    return fixed, flags


_MOJIBAKE_MARKERS = ("Ã¤", "Ã¶", "Ã¼", "ÃŸ", "Ã„", "Ã–", "Ãœ", "â€ž", "â€œ", "â€™", "Ã©")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 once ("FuÃŸball" -> "Fußball"), when it is clearly that."""
    hits = sum(text.count(m) for m in _MOJIBAKE_MARKERS)
    if hits < 2:
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def charset_from_content_type(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return None
