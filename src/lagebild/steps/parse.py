"""The parse step: raw input (HTML or text) to a plain-text body plus the metadata it carries."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, ClassVar

from lagebild.dates import normalise_timestamp
from lagebild.model import Article, article_id
from lagebild.steps.base import Drop, Step

log = logging.getLogger(__name__)

# blanks at the end of a line (stripped line by line: a pattern like "[ \t]+\n" backtracks
# quadratically over a long run of blanks with no line end after it)
_LINE_END_BLANKS = " \t\u00a0"
_MANY_BLANKS = re.compile(r"\n{3,}")
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "dcterms.created",
    "pubdate",
)


def normalise_body(text: str) -> str:
    """NFC, unified line ends, no trailing blanks, at most one empty line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(
        line.rstrip(_LINE_END_BLANKS) for line in text.replace("\u00ad", "").split("\n")
    )
    return _MANY_BLANKS.sub("\n\n", text).strip()


@dataclass(frozen=True)
class ParseConfig:
    #: trafilatura's precision mode drops more furniture at some cost in recall; the clean
    #: step handles leftover furniture, so recall is favoured here.
    favor_precision: bool = False


class ParseStep(Step):
    """HTML to text with trafilatura (title, date, author, site name, canonical URL); text as is."""

    name: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ("raw", "raw_format")
    provides: ClassVar[tuple[str, ...]] = (
        "id",
        "body",
        "url",
        "title",
        "published",
        "author",
        "outlet",
    )

    def __init__(self, config: ParseConfig | None = None) -> None:
        self.config = config or ParseConfig()

    def process(self, article: Article) -> Article | Drop:
        if article.raw_format == "html":
            result = self._parse_html(article)
            if isinstance(result, Drop):
                return result
        else:
            article.body = normalise_body(article.raw)
        if not article.body and not article.title:
            return Drop("empty", "no text and no title")
        article.id = article_id(article.body or article.title or "", article.url)
        return article

    def _parse_html(self, article: Article) -> Article | Drop:
        from trafilatura import bare_extraction

        doc: Any = bare_extraction(
            article.raw,
            url=article.url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=self.config.favor_precision,
            date_extraction_params={
                "extensive_search": True,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M",
            },
        )
        if doc is None:
            return Drop("no-main-text", "trafilatura found no main text in the page")
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        article.body = normalise_body(data.get("text") or "")
        article.title = article.title or _clean(data.get("title"))
        article.author = article.author or _clean(data.get("author"))
        article.outlet = article.outlet or _clean(data.get("sitename"))
        page_url = _clean(data.get("url"))
        if page_url and page_url.startswith(("http://", "https://")):
            article.url = page_url
        if not article.published:
            stamp = _meta_published(article.raw) or normalise_timestamp(data.get("date"))
            if stamp:
                iso, precision = stamp
                if precision == "minute" and iso[10:16] == "T00:00":
                    iso, precision = iso[:10], "day"  # htmldate pads unknown times with 00:00
                article.published, article.published_precision = iso, precision
                article.published_source = "html"
        return article


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def _meta_published(html: str) -> tuple[str, Any] | None:
    """The page's own published timestamp from <meta> tags, kept at full precision."""
    head = html[:200_000]
    for tag in _META_TAG.findall(head):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(tag)
        }
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        if key in _META_PUBLISHED or key.lower() in _META_PUBLISHED:
            stamp = normalise_timestamp(attrs.get("content", ""))
            if stamp:
                return stamp
    return None
