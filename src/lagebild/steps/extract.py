"""The extract step: named-entity mentions (with base forms and roles) in the clean text."""

from __future__ import annotations

from typing import ClassVar

from lagebild.model import Article
from lagebild.steps.base import Drop, Step


class ExtractStep(Step):
    """text -> mentions, with the bundled German recogniser (loaded once per worker process).

    The recogniser is trained on German; articles identified as another language are tagged
    too (capitalised names carry over reasonably to English and other Latin-script languages),
    and their mentions are kept with the article's language for later steps to weigh.
    """

    name: ClassVar[str] = "extract"
    requires: ClassVar[tuple[str, ...]] = ("text", "language")
    provides: ClassVar[tuple[str, ...]] = ("mentions",)
    preload: ClassVar[tuple[str, ...]] = ("lagebild.steps.preload_ner",)

    def process(self, article: Article) -> Article | Drop:
        if article.text.strip():
            from lagebild.ner import Recogniser

            article.mentions = Recogniser.load().mentions(article.text)
        return article
