from __future__ import annotations

import pickle
import time
from typing import ClassVar

import pytest

from lagebild.errors import PipelineError
from lagebild.model import Article
from lagebild.pipeline import Dropped, Pipeline
from lagebild.steps.base import Drop, Step
from lagebild.steps.parse import ParseStep, normalise_body


class Upper(Step):
    name: ClassVar[str] = "upper"
    requires: ClassVar[tuple[str, ...]] = ("body",)
    provides: ClassVar[tuple[str, ...]] = ("text",)

    def process(self, article: Article) -> Article | Drop:
        if "BOOM" in article.body:
            raise ValueError("cannot handle BOOM")
        if "SLOW" in article.body:
            time.sleep(2)
        if len(article.body) < 3:
            return Drop("too-short")
        article.text = article.body.upper()
        return article


def _raw(text: str, source: str) -> Article:
    return Article(source=source, raw=text, input_hash=source)


def test_requirements_are_checked() -> None:
    with pytest.raises(PipelineError, match="requires \\['body'\\]"):
        Pipeline([Upper(), ParseStep()])
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([ParseStep(), ParseStep()])


def test_errors_drops_and_timeouts_are_isolated() -> None:
    p = Pipeline([ParseStep(), Upper()], time_limit=0.5)
    inputs = [
        _raw("gut so", "a"),
        _raw("BOOM", "b"),
        _raw("ab", "c"),
        _raw("SLOW", "d"),
        _raw("  ", "e"),
    ]
    result = p.process_batch(inputs)
    assert [a.text for a in result.kept] == ["GUT SO"]
    outcome = {d.article.source: (d.step, d.reason, d.retry) for d in result.dropped}
    assert outcome == {
        "b": ("upper", "error", True),
        "c": ("upper", "too-short", False),
        "d": ("upper", "timeout", True),
        "e": ("parse", "empty", False),
    }
    stats = {s.name: s for s in result.stats}
    assert stats["parse"].seen == 5 and stats["parse"].kept == 4
    assert stats["upper"].dropped == {"error": 1, "too-short": 1, "timeout": 1}


def test_stream_yields_in_order() -> None:
    p = Pipeline([ParseStep(), Upper()])
    out = list(p.stream([_raw("eins", "1"), _raw("x", "2")]))
    assert isinstance(out[0], Article) and isinstance(out[1], Dropped)


def test_pipeline_pickles() -> None:
    p = Pipeline([ParseStep(), Upper()])
    assert pickle.loads(pickle.dumps(p)).names == ["parse", "upper"]


def test_normalise_body() -> None:
    assert normalise_body("a  \r\n\r\n\r\n\r\nb\u00adc \n") == "a\n\nbc"
    # blank-only lines, tabs and no-break spaces at line ends, blanks at the very end
    assert normalise_body("a\t\u00a0\n \t \n\n b \nc\t ") == "a\n\n b\nc"
    assert normalise_body("x" + " " * 5000 + "y") == "x" + " " * 5000 + "y"


class _Preloads(Step):
    name: ClassVar[str] = "preloads"
    preload: ClassVar[tuple[str, ...]] = ("mod.b", "mod.a")


class _AlsoPreloads(Step):
    name: ClassVar[str] = "also"
    preload: ClassVar[tuple[str, ...]] = ("mod.a", "mod.c")


def test_preload_modules_once_in_step_order() -> None:
    assert Pipeline([ParseStep()]).preload == []
    assert Pipeline([_Preloads(), ParseStep(), _AlsoPreloads()]).preload == [
        "mod.b",
        "mod.a",
        "mod.c",
    ]
