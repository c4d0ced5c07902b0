"""Per-outlet copy signals: how much of an outlet is copied, whether it names its sources,
how long after the original its copies appear."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lagebild.dedup.features import CopyDoc
from lagebild.model import Link

UNKNOWN_OUTLET = "(unknown)"


@dataclass(frozen=True, slots=True)
class OutletSignal:
    outlet: str
    articles: int
    copies: int  # articles that are a duplicate or rewrite of another article
    duplicates: int
    rewrites: int
    copied_by_others: int  # articles of this outlet that others copied
    copy_share: float
    names_sources_share: float  # share of its articles with a non-empty ``cites``
    median_lag_hours: float | None  # copy publication minus original publication

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "copies": self.copies,
            "duplicates": self.duplicates,
            "rewrites": self.rewrites,
            "copied_by_others": self.copied_by_others,
            "copy_share": round(self.copy_share, 4),
            "names_sources_share": round(self.names_sources_share, 4),
            "median_lag_hours": None
            if self.median_lag_hours is None
            else round(self.median_lag_hours, 2),
        }


def outlet_of(doc: CopyDoc) -> str:
    if doc.outlet and doc.outlet.strip():
        return doc.outlet.strip()
    host = urlsplit(doc.url).hostname if doc.url else None
    return host.removeprefix("www.") if host else UNKNOWN_OUTLET


def outlet_signals(docs: Iterable[CopyDoc], links: Iterable[Link]) -> list[OutletSignal]:
    """Signals per outlet, most copying outlets first.

    An article linked to several originals counts once, with the kind and lag of its
    earliest-published target (the root of the copy chain as far as the links know).
    """
    by_id = {d.id: d for d in docs}
    first_target: dict[str, Link] = {}
    copied: set[str] = set()
    for ln in links:
        if ln.source not in by_id or ln.target not in by_id:
            continue
        copied.add(ln.target)
        cur = first_target.get(ln.source)
        t_new = by_id[ln.target].published
        t_cur = by_id[cur.target].published if cur else None
        if cur is None or (t_new is not None and (t_cur is None or t_new < t_cur)):
            first_target[ln.source] = ln
    groups: dict[str, list[CopyDoc]] = defaultdict(list)
    for d in by_id.values():
        groups[outlet_of(d)].append(d)
    out: list[OutletSignal] = []
    for outlet, arts in groups.items():
        lags: list[float] = []
        dup = rew = 0
        for d in arts:
            if d.id not in first_target:
                continue
            ln = first_target[d.id]
            dup += ln.kind == "duplicate"
            rew += ln.kind == "rewrite"
            t_copy, t_orig = d.published, by_id[ln.target].published
            if t_copy is not None and t_orig is not None:
                lags.append((t_copy - t_orig) / 3600.0)
        n = len(arts)
        out.append(
            OutletSignal(
                outlet=outlet,
                articles=n,
                copies=dup + rew,
                duplicates=dup,
                rewrites=rew,
                copied_by_others=sum(d.id in copied for d in arts),
                copy_share=(dup + rew) / n,
                names_sources_share=sum(bool(d.cites) for d in arts) / n,
                median_lag_hours=statistics.median(lags) if lags else None,
            )
        )
    out.sort(key=lambda s: (-s.copy_share, -s.articles, s.outlet))
    return out
