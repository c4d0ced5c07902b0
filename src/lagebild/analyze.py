"""One-off analysis of inputs without a store (``lagebild analyze``)."""

from __future__ import annotations

from typing import IO, Any

from lagebild.ingest import IngestOptions, InputProblem, iter_inputs
from lagebild.pipeline import Dropped
from lagebild.registry import default_pipeline


def analyze(
    spec: str, options: IngestOptions | None = None, stdin: IO[bytes] | None = None
) -> list[dict[str, Any]]:
    """Full per-article analysis of every article in one input, as JSON-ready dicts.

    Problems and dropped articles come back as ``{"source", "quarantined": {"step", "reason"}}``.
    """
    pipeline = default_pipeline(None)
    out: list[dict[str, Any]] = []
    items = iter_inputs([spec], options, stdin=stdin)
    articles = []
    for item in items:
        if isinstance(item, InputProblem):
            out.append(
                {
                    "source": item.source,
                    "quarantined": {"step": "ingest", "reason": item.reason, "detail": item.detail},
                }
            )
        else:
            articles.append(item)
    for result in pipeline.stream(articles):
        if isinstance(result, Dropped):
            out.append(
                {
                    "source": result.article.source,
                    "quarantined": {
                        "step": result.step,
                        "reason": result.reason,
                        "detail": result.detail,
                    },
                }
            )
        else:
            data = result.to_dict()
            data.pop("raw", None)
            out.append(data)
    return out
