"""Second chance: a young story of bare headlines rejoins the story it converges with."""

from __future__ import annotations

from stories.story_examples import docs

from lagebild.stories.engine import StoryConfig, StoryEngine, StoryState
from lagebild.stories.scoring import Coefficients
from lagebild.stories.text import StoryDoc, parse_days

NO_BRIDGE = StoryConfig(bridge_margin=None)  # only the second chance may merge


def _headline(id_: str, title: str, hour: int) -> StoryDoc:
    return StoryDoc(
        id=id_, title=title, time=parse_days(f"2024-03-06T{hour:02d}:00"), language="de"
    )


HEADLINES = [
    _headline("a1", "Stadtrat Lindenau beschließt Sanierung des Hallenbads am Mühlgraben", 8),
    _headline("a2", "Lindenau: Hallenbad am Mühlgraben wird für vier Millionen saniert", 9),
    _headline("b1", "Hallenbad Mühlgraben in Lindenau: Stadtrat gibt Sanierung frei", 10),
    _headline("b2", "Sanierung des Lindenauer Hallenbads am Mühlgraben beschlossen", 11),
]
LATE = _headline("b3", "Lindenauer Stadtrat: Hallenbad am Mühlgraben wird saniert", 12)


def _seed(engine: StoryEngine, items: list[StoryDoc], plan: dict[str, str]) -> None:
    prepared = engine.prepare(items)
    for doc in items:
        b = prepared[doc.id]
        vecs = engine.observe(b)
        engine.stories.setdefault(plan[doc.id], StoryState(id=plan[doc.id]))
        engine.absorb(doc, b, vecs, plan[doc.id])


def _split_headlines(engine: StoryEngine) -> None:
    _seed(engine, HEADLINES, {"a1": "A", "a2": "A", "b1": "B", "b2": "B"})


def test_young_headline_stories_that_would_join_each_other_are_merged() -> None:
    engine = StoryEngine(NO_BRIDGE)
    _split_headlines(engine)
    result = engine.add(LATE)
    assert engine.resolve("A") == engine.resolve("B") == engine.resolve(result.story)
    assert engine.stories[engine.resolve("A")].n == 5 and len(engine.bridged) == 1


def test_no_second_chance_when_the_stories_would_not_join_or_it_is_off() -> None:
    class Apart(StoryEngine):
        def story_link(self, small: StoryState, big: StoryState, model: Coefficients) -> float:
            return -0.1

    for engine in (
        Apart(NO_BRIDGE),
        StoryEngine(StoryConfig(bridge_margin=None, second_chance_size=0)),
    ):
        _split_headlines(engine)
        engine.add(LATE)
        assert {"A", "B"} <= set(engine.stories) and engine.bridged == []


def test_stories_with_full_texts_get_no_second_chance() -> None:
    engine = StoryEngine(NO_BRIDGE)
    full = next(d for d in docs() if d.id == "c1a")
    _seed(engine, [*HEADLINES, full], {"a1": "A", "a2": "A", "b1": "B", "b2": "B", "c1a": "A"})
    assert engine.stories["A"].full == 1 and engine.stories["B"].full == 0
    engine.add(LATE)
    assert {"A", "B"} <= set(engine.stories) and engine.bridged == []
    again = StoryState.from_json("A", engine.stories["A"].to_json())
    assert again.full == 1
