"""The one data model of lagebild.

Every step reads and writes these dataclasses; the store and the JSON export map them
one to one. Fields that a later step fills in start empty, so the shape holds from the
first step on. Everything here is plain data (picklable, JSON-friendly via ``to_dict``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal["year", "month", "day", "minute", "second"]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "indirect"]
LinkKind = Literal["duplicate", "rewrite"]

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Normalise text for hashing: NFC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def article_id(text: str, url: str | None = None) -> str:
    """Stable article id: hash of the normalised text plus the URL when known."""
    h = hashlib.sha256(normalise_text(text).encode("utf-8"))
    if url:
        h.update(b"\x00" + url.strip().encode("utf-8"))
    return h.hexdigest()[:16]


@dataclass(slots=True)
class RemovedBlock:
    """A block the cleaner took out of the body, kept so an analyst can restore it."""

    text: str
    reason: str
    start: int = -1  # character offset in the raw text, -1 when unknown

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "start": self.start}


@dataclass(slots=True)
class Mention:
    """One occurrence of a named entity in an article's clean text."""

    text: str
    type: EntityType
    start: int
    end: int
    sentence: int = -1
    base: str = ""  # inflection-free form ("Scholz'" -> "Scholz")
    entity: str | None = None  # canonical entity id, set by the corpus step
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    """A canonical person, organisation, place or other named thing across the corpus."""

    id: str
    name: str
    type: EntityType
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A direct or indirect quote with the speaker as written and, once resolved, as entity."""

    article: str
    text: str
    kind: QuoteKind
    speaker_text: str | None = None
    speaker: str | None = None  # entity id
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class TimeExpression:
    """A date or time expression in the text, resolved against the article's publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 as precise as known ("2024-05", "2024-05-12", ...)
    precision: DatePrecision | None = None
    sentence: int = -1


@dataclass(slots=True)
class Claim:
    """A checkable statement (subject, attribute, value) with its evidence sentence."""

    article: str
    subject: str
    attribute: str
    value: str
    text: str


@dataclass(slots=True)
class Link:
    """A copy relation: ``source`` is a copy (duplicate or rewrite) of ``target``."""

    source: str
    target: str
    kind: LinkKind
    score: float
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    """Articles about one real-world event."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    entities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TimelineEntry:
    date: str
    text: str
    story: str | None = None
    articles: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Statement:
    article: str
    value: str
    text: str


@dataclass(slots=True)
class Conflict:
    """Sources stating different facts about the same thing."""

    kind: str
    subject: str
    statements: list[Statement] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """One news article as it moves through the per-article steps.

    ``raw`` is the input as read (HTML markup for HTML input, text otherwise); ``raw_format``
    says which. The parse step turns it into ``body`` (plain text, still with page furniture);
    the clean step turns ``body`` into ``text`` and ``removed``.
    """

    source: str
    raw: str
    raw_format: Literal["text", "html"] = "text"
    id: str = ""
    ref: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: DatePrecision | None = None
    published_source: str | None = (
        None  # where the date came from: "html", "jsonl", "text-header", ...
    )
    fetched: str | None = None
    language: str | None = None
    body: str = ""
    text: str = ""
    removed: list[RemovedBlock] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    input_hash: str = ""  # hash of the input record, used to skip it on a rerun

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["removed"] = [RemovedBlock(**r) for r in data.get("removed", [])]
        data["mentions"] = [Mention(**m) for m in data.get("mentions", [])]
        data["quotes"] = [Quote(**q) for q in data.get("quotes", [])]
        data["times"] = [TimeExpression(**t) for t in data.get("times", [])]
        data["claims"] = [Claim(**c) for c in data.get("claims", [])]
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
