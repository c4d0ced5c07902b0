"""The one explicit registry of steps. Nothing registers itself on import; a test pins the names."""

from __future__ import annotations

from lagebild.corpus.base import CorpusStep
from lagebild.pipeline import Pipeline
from lagebild.steps.base import Step
from lagebild.store import Store


def step_classes() -> dict[str, type[Step]]:
    """Per-article steps by name, in pipeline order."""
    from lagebild.clean.steps import CleanStep, LanguageStep
    from lagebild.steps.extract import ExtractStep
    from lagebild.steps.parse import ParseStep

    return {
        "parse": ParseStep,
        "clean": CleanStep,
        "language": LanguageStep,
        "extract": ExtractStep,
    }


def default_pipeline(store: Store | None = None) -> Pipeline:
    """The per-article pipeline of ``lagebild run``; with a store, it uses what the corpus learned
    (the furniture lines each outlet repeats)."""
    from lagebild.clean.steps import CleanStep, LanguageStep
    from lagebild.corpus.furniture import load_snapshot
    from lagebild.steps.extract import ExtractStep
    from lagebild.steps.parse import ParseStep

    snapshot = load_snapshot(store) if store is not None else None
    return Pipeline([ParseStep(), CleanStep(outlet_stats=snapshot), LanguageStep(), ExtractStep()])


def corpus_steps() -> list[CorpusStep]:
    """Corpus steps in the order they run after the per-article steps."""
    from lagebild.corpus.furniture import FurnitureStep
    from lagebild.dedup.step import DedupStep
    from lagebild.entities.step import EntityStep
    from lagebild.stories.step import StoryStep

    return [FurnitureStep(), DedupStep(), EntityStep(), StoryStep()]
