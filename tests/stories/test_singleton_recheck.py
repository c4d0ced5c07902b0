"""Singleton re-check: at the end of a batch, an article left alone gets one more look."""

from __future__ import annotations

from lagebild.stories.engine import StoryConfig, StoryEngine
from lagebild.stories.text import StoryDoc, parse_days


def _headline(id_: str, title: str, hour: int, day: int = 6) -> StoryDoc:
    return StoryDoc(
        id=id_, title=title, time=parse_days(f"2024-03-{day:02d}T{hour:02d}:00"), language="de"
    )


BATCH = [
    _headline("a1", "Stadtrat Lindenau beschließt Sanierung des Hallenbads am Mühlgraben", 8),
    _headline("a2", "Lindenau: Hallenbad am Mühlgraben wird für vier Millionen saniert", 9),
    # shares only the town with the story, days later: alone, but a candidate at the end
    _headline("s1", "Lindenau: Kleingärtner streichen ihr Vereinsheim neu", 10, day=10),
    _headline("x1", "Hafenfest in Bremerhaven lockt mit Feuerwerk", 11),
]
LOOSE = -50.0  # any candidate story of two or more articles passes


def _run(margin: float | None) -> tuple[StoryEngine, dict[str, str], dict[str, dict]]:
    engine = StoryEngine(StoryConfig(bridge_margin=None, singleton_recheck_margin=margin))
    result = engine.add_all(BATCH)
    return (
        engine,
        {a.article: engine.resolve(a.story) for a in result},
        {a.article: a.reason for a in result},
    )


def test_a_singleton_joins_a_grown_story_that_passes_the_recheck_margin() -> None:
    _, off, reasons_off = _run(None)
    assert off["a1"] == off["a2"] != off["s1"]
    assert "rechecked" not in reasons_off["s1"]
    engine, on, reasons = _run(LOOSE)
    assert on["s1"] == on["a1"] == on["a2"]
    assert reasons["s1"]["rechecked"]["story"] == on["a1"]
    assert engine.stories[on["a1"]].n == 3
    assert (off["s1"], on["a1"]) in engine.bridged  # persisted like any automatic merge


def test_no_recheck_without_shared_terms_or_with_the_default_margin() -> None:
    _, on, _ = _run(LOOSE)
    assert on["x1"] not in {on["a1"], on["s1"]}  # no candidate story at all
    _, default, reasons = _run(StoryConfig().singleton_recheck_margin)
    assert len({default["a1"], default["s1"], default["x1"]}) == 3  # days apart, one name
    assert "rechecked" not in reasons["s1"]
