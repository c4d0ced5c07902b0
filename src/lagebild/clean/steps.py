"""The clean and language steps of the per-article pipeline."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import ClassVar

from lagebild.clean.boilerplate import BoilerplateConfig, clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.language import detect
from lagebild.clean.outlet_stats import OutletLineStats, outlet_group
from lagebild.clean.outlets import find_outlet
from lagebild.model import Article, DatePrecision
from lagebild.steps.base import Drop, Step

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CleanConfig:
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    recover_date: bool = True  # fill ``published`` from date lines when no better source set it
    recover_outlet: bool = True  # fill ``outlet`` from sign-off lines when empty
    drop_empty: bool = True  # drop articles left with neither text nor title after cleaning


class CleanStep(Step):
    """body -> text, removed, title, cites; date and outlet from the text when still unknown.

    ``outlet_stats`` is a snapshot of the corpus's per-outlet line counts (or None); the step
    only reads it. Updating and persisting the counts is the caller's job (see
    :class:`~lagebild.clean.outlet_stats.OutletLineStats`).
    """

    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ("body",)
    provides: ClassVar[tuple[str, ...]] = ("text", "removed", "title", "cites")

    def __init__(
        self, config: CleanConfig | None = None, outlet_stats: OutletLineStats | None = None
    ) -> None:
        self.config = config or CleanConfig()
        self.outlet_stats = outlet_stats

    def process(self, article: Article) -> Article | Drop:
        body = article.body
        named: str | None = None
        asked = not article.outlet and self.config.recover_outlet
        if asked:
            named = find_outlet(body)
            article.outlet = named
        result = clean_body(
            body,
            title=article.title,
            outlet=stats_group(article),
            outlet_stats=self.outlet_stats,
            config=self.config.boilerplate,
        )
        article.text = result.text
        article.removed = result.removed
        article.title = result.title
        # find_outlet answered above: find_cites need not ask it again
        article.cites = (
            find_cites(body, own=article.outlet, named=named)
            if asked
            else find_cites(body, own=article.outlet)
        )
        if not article.published and self.config.recover_date:
            found = find_published(body)
            if found:
                iso, precision = found
                article.published = iso
                article.published_precision = _precision(precision)
                article.published_source = "text"
        if (
            self.config.drop_empty
            and not article.text.strip()
            and not (article.title or "").strip()
        ):
            return Drop("empty-after-clean", f"{len(article.removed)} blocks removed")
        return article


def stats_group(article: Article) -> str | None:
    """The outlet whose line statistics apply (the same grouping the corpus counts under)."""
    return outlet_group(article.outlet, article.url)


def _precision(p: str) -> DatePrecision:
    if p in ("year", "month", "day", "minute", "second"):
        return p  # type: ignore[return-value]
    return "day"


class LanguageStep(Step):
    """text -> language (ISO 639-1) and ``mixed-language:xx`` flags."""

    name: ClassVar[str] = "language"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[tuple[str, ...]] = ("language", "flags")

    def process(self, article: Article) -> Article | Drop:
        code, flags = detect(article.text or article.title or "")
        article.language = code
        for flag in flags:
            if flag not in article.flags:
                article.flags.append(flag)
        return article
