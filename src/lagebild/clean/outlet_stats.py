"""Lines that repeat across many articles of one outlet: furniture a per-article rule cannot see.

``OutletLineStats`` counts, per outlet, in how many articles each normalised line occurs, plus
how many articles the outlet has. It is plain data (dicts of ints), so it pickles cheaply to
workers, adds up across shards (``+``), updates one article at a time and round-trips through
rows for the store (``to_rows``/``from_rows``). Lines are keyed by a signed 64-bit hash of
their normalised form (digits folded, so "© Bote 2023" and "© Bote 2024" count together);
the store can keep them in an INTEGER column.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lagebild.errors import LagebildError
from lagebild.model import normalise_text

# Calibrated on the gold set's outlets (5-12 articles each) and on the thought that a site's
# footer sits under nearly every article while a real sentence rarely recurs in a fifth of them.
MIN_ARTICLES = 4  # a line must be seen in at least this many articles of the outlet ...
MIN_SHARE = 0.2  # ... and in at least this share of the outlet's articles ...
MIN_OUTLET_ARTICLES = 8  # ... and the outlet must have this many articles for full evidence.
# A small outlet (4-7 articles) gives weak evidence: a line in 3 of its articles is furniture
# only where furniture sits (the edges of the text, short lines); see ``clean_body``.
MIN_WEAK_OUTLET_ARTICLES = 4
MIN_WEAK_ARTICLES = 3
MAX_WEAK_LINE_CHARS = 200
MAX_LINE_CHARS = 1000  # longer lines are prose; not worth counting

_DIGITS = re.compile(r"\d+")


def line_key(line: str) -> int:
    """Signed 64-bit hash of a line's normalised form (case, spacing and digits folded)."""
    norm = _DIGITS.sub("0", normalise_text(line))
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def outlet_group(outlet: str | None, url: str | None) -> str | None:
    """Whose furniture an article shares: its outlet, else the host of its URL (no ``www.``)."""
    if outlet:
        return outlet
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or None
    return None


def outlet_key(outlet: str) -> str:
    """The normalised outlet name that counts are kept under."""
    return normalise_text(outlet)


@dataclass
class OutletLineStats:
    """Per-outlet counts of articles containing each normalised line."""

    min_articles: int = MIN_ARTICLES
    min_share: float = MIN_SHARE
    min_outlet_articles: int = MIN_OUTLET_ARTICLES
    articles: dict[str, int] = field(default_factory=dict)
    lines: dict[str, dict[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.min_articles < 2:
            raise LagebildError(
                f"min_articles={self.min_articles}: a line seen in one article is not repetition; use 2 or more"
            )
        if not 0.0 < self.min_share <= 1.0:
            raise LagebildError(f"min_share={self.min_share}: must be a share in (0, 1], e.g. 0.2")

    # -- updating ---------------------------------------------------------------------------
    def update(self, outlet: str | None, body: str) -> None:
        """Count one article's distinct lines for its outlet (no-op without an outlet)."""
        if not outlet:
            return
        key = outlet_key(outlet)
        self.articles[key] = self.articles.get(key, 0) + 1
        counts = self.lines.setdefault(key, {})
        seen: set[int] = set()
        for raw in body.splitlines():
            line = raw.strip()
            if not line or len(line) > MAX_LINE_CHARS:
                continue
            h = line_key(line)
            if h in seen:
                continue
            seen.add(h)
            counts[h] = counts.get(h, 0) + 1

    def __add__(self, other: OutletLineStats) -> OutletLineStats:
        out = OutletLineStats(self.min_articles, self.min_share, self.min_outlet_articles)
        for src in (self, other):
            for outlet, n in src.articles.items():
                out.articles[outlet] = out.articles.get(outlet, 0) + n
            for outlet, counts in src.lines.items():
                dst = out.lines.setdefault(outlet, {})
                for h, c in counts.items():
                    dst[h] = dst.get(h, 0) + c
        return out

    def prune(self, min_count: int = 2) -> int:
        """Drop lines seen fewer than ``min_count`` times (bounds memory); returns how many.

        A pruned line that turns up again later starts counting from zero, so prune only when
        the counts grow large, and with a small ``min_count``.
        """
        dropped = 0
        for counts in self.lines.values():
            rare = [h for h, c in counts.items() if c < min_count]
            for h in rare:
                del counts[h]
            dropped += len(rare)
        return dropped

    # -- querying ---------------------------------------------------------------------------
    def count(self, outlet: str, line: str) -> int:
        """In how many of the outlet's articles the line occurs."""
        return self.lines.get(outlet_key(outlet), {}).get(line_key(line), 0)

    def is_furniture(self, outlet: str | None, line: str) -> bool:
        """True when the line recurs in enough of this outlet's articles to be page furniture."""
        if not outlet:
            return False
        key = outlet_key(outlet)
        total = self.articles.get(key, 0)
        if total < self.min_outlet_articles:
            return False
        n = self.lines.get(key, {}).get(line_key(line), 0)
        return n >= self.min_articles and n >= self.min_share * total

    def is_weak_furniture(self, outlet: str | None, line: str) -> bool:
        """True for a short line that recurs in 3 or more articles of a small outlet (4-7).

        Weak evidence: a few articles of one outlet may be versions of one story that share
        sentences, so the cleaner removes such a line only at the edges of the text.
        """
        if not outlet or len(line) > MAX_WEAK_LINE_CHARS:
            return False
        key = outlet_key(outlet)
        total = self.articles.get(key, 0)
        if not MIN_WEAK_OUTLET_ARTICLES <= total < self.min_outlet_articles:
            return False
        return self.lines.get(key, {}).get(line_key(line), 0) >= MIN_WEAK_ARTICLES

    # -- persistence ------------------------------------------------------------------------
    def to_rows(self) -> tuple[list[tuple[str, int]], list[tuple[str, int, int]]]:
        """``(outlet, articles)`` rows and ``(outlet, line_hash, count)`` rows for the store."""
        outlets = sorted(self.articles.items())
        lines = [(o, h, c) for o, counts in sorted(self.lines.items()) for h, c in counts.items()]
        return outlets, lines

    @classmethod
    def from_rows(
        cls,
        outlets: Iterable[tuple[str, int]],
        lines: Iterable[tuple[str, int, int]],
        **thresholds: float,
    ) -> OutletLineStats:
        """Rebuild from rows written by ``to_rows`` (thresholds as keyword arguments)."""
        stats = cls(**thresholds)  # type: ignore[arg-type]
        for outlet, n in outlets:
            stats.articles[outlet] = stats.articles.get(outlet, 0) + int(n)
        for outlet, h, c in lines:
            counts = stats.lines.setdefault(outlet, {})
            counts[int(h)] = counts.get(int(h), 0) + int(c)
        return stats

    def iter_outlets(self) -> Iterator[tuple[str, int]]:
        yield from self.articles.items()
