"""Bare headlines: the multilingual embedding feature, splinter repair (bridging) and its
persistence, the possessive "'s", and the arrival orders of the threshold sweep."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from stories.story_examples import ITEMS, docs, stored_article

from lagebild.store import Store
from lagebild.stories.engine import Assignment, StoryConfig, StoryEngine, StoryState
from lagebild.stories.persist import StoreSource, save
from lagebild.stories.scoring import HEADLINE_FEATURES, Coefficients
from lagebild.stories.text import Lemmatiser, StoryDoc, bags, parse_days, tokens
from lagebild.stories.train import arrival_orders

COUNCIL = ("c1a", "c1b")
PARAPHRASE = "Lindenau: Rat stimmt für Renovierung des Schwimmbads"  # no "Hallenbad", "saniert"


def _base() -> list[StoryDoc]:
    return [d for d in docs() if d.id in (*COUNCIL, "m1a", "m1b", "f1a")]


def _headline(title: str, when: str = "2024-03-06T08:00", id_: str = "x") -> StoryDoc:
    return StoryDoc(id=id_, title=title, time=parse_days(when), language="de")


def _without_embedding() -> StoryConfig:
    config = StoryConfig()
    h = config.model.headline
    weights = list(h.weights)
    weights[HEADLINE_FEATURES.index("embed_centroid")] = 0.0
    return replace(config, model=replace(config.model, headline=replace(h, weights=tuple(weights))))


def test_paraphrased_headline_joins_by_its_embedding() -> None:
    """Few shared words ("Lindenau"), same event: the embedding cosine carries the join."""
    engine = StoryEngine()
    engine.add_all(_base())
    result = engine.add(_headline(PARAPHRASE))
    assert result.story == "st-c1a"
    assert result.reason["features"]["embed_centroid"] > 0.45
    plain = StoryEngine(_without_embedding())
    plain.add_all(_base())
    assert plain.add(_headline(PARAPHRASE)).new_story  # the words alone do not carry it


def test_every_story_keeps_its_members_mean_embedding() -> None:
    engine = StoryEngine()
    engine.add_all(_base())
    st = engine.stories["st-c1a"]
    assert st.emb is not None and st.emb.shape == (512,)
    again = StoryState.from_json(st.id, json.loads(json.dumps(st.to_json())))
    assert again.emb is not None
    cos = float(again.emb @ st.emb) / float(
        (again.emb @ again.emb) ** 0.5 * (st.emb @ st.emb) ** 0.5
    )
    assert cos > 0.9999  # stored as float16


def _seed(engine: StoryEngine, plan: dict[str, str], items: list[StoryDoc]) -> None:
    """Put articles into named stories by hand (as an earlier, imperfect run might have)."""
    prepared = engine.prepare(items)
    for doc in items:
        b = prepared[doc.id]
        vecs = engine.observe(b)
        sid = plan[doc.id]
        engine.stories.setdefault(sid, StoryState(id=sid))
        engine.absorb(doc, b, vecs, sid)


def _council_split() -> tuple[list[StoryDoc], dict[str, str], StoryDoc]:
    """The council decision told twice: main story A (two reports), splinter B (two reports
    that found no story), then a third report close to both."""
    by_id = {d.id: d for d in docs()}
    splinter = replace(
        by_id["c1b"],
        id="c1s",
        title="Stadtrat Lindenau: Hallenbad am Mühlgraben wird saniert",
    )
    echo = replace(splinter, id="c1e", time=splinter.time + 0.01)  # type: ignore[operator]
    items = [by_id["c1a"], by_id["c1b"], splinter, echo, by_id["m1a"]]
    plan = {"c1a": "A", "c1b": "A", "c1s": "B", "c1e": "B", "m1a": "M"}
    third = replace(by_id["c1a"], id="c1t", time=by_id["c1a"].time + 0.2)  # type: ignore[operator]
    return items, plan, third


def test_an_article_close_to_two_stories_bridges_the_splinter_into_the_larger() -> None:
    items, plan, third = _council_split()
    engine = StoryEngine()
    _seed(engine, plan, items)
    result = engine.add(third)
    assert result.story == "A"
    assert result.reason["bridged"]["story"] == "B" and result.reason["bridged"]["into"] == "A"
    assert result.reason["bridged"]["story_margin"] > 0
    assert "B" not in engine.stories and engine.resolve("B") == "A"
    assert engine.stories["A"].n == 5 and engine.story_of_article("c1s") == "A"
    assert engine.bridged == [("B", "A")]


def test_a_story_taken_as_one_article_links_to_its_splinter_not_to_another_event() -> None:
    items, plan, _ = _council_split()
    engine = StoryEngine()
    _seed(engine, plan, items)
    model = engine.config.model.headline
    assert engine.story_link(engine.stories["B"], engine.stories["A"], model) > 0
    assert engine.story_link(engine.stories["M"], engine.stories["A"], model) < 0


def test_no_bridge_when_the_splinter_as_a_whole_would_not_join() -> None:
    """An article close to two stories of the same kind of event (two insolvencies, two
    derbies) does not fold one into the other when the stories themselves do not match."""

    class Apart(StoryEngine):
        def story_link(self, small: StoryState, big: StoryState, model: Coefficients) -> float:
            return -0.1

    items, plan, third = _council_split()
    engine = Apart()
    _seed(engine, plan, items)
    result = engine.add(third)
    assert result.story == "A" and "bridged" not in result.reason
    assert "B" in engine.stories and engine.bridged == []


def test_no_bridging_between_grown_stories_or_stories_an_analyst_split() -> None:
    items, plan, third = _council_split()
    for config, apart in ((StoryConfig(bridge_max_size=1), set()), (StoryConfig(), {"B"})):
        engine = StoryEngine(config)
        engine._kept_apart = apart
        _seed(engine, plan, items)
        result = engine.add(third)
        assert "bridged" not in result.reason and "B" in engine.stories
    off = StoryEngine(StoryConfig(bridge_margin=None))
    _seed(off, plan, items)
    assert "bridged" not in off.add(third).reason


def test_bare_headlines_bridge_by_their_own_margin() -> None:
    """Full texts need ``bridge_margin`` logits for the runner-up, bare headlines
    ``headline_bridge_margin``."""
    items, plan, third = _council_split()
    headline = StoryDoc(id="c1h", title=third.title, time=third.time, language="de")
    for config, bridged in (
        (StoryConfig(headline_bridge_margin=50.0), {"c1t"}),
        (StoryConfig(bridge_margin=50.0), {"c1h"}),
    ):
        for doc in (third, headline):
            engine = StoryEngine(config)
            _seed(engine, plan, items)
            result = engine.add(doc)
            assert result.story == "A"
            assert ("bridged" in result.reason) == (doc.id in bridged)
    with pytest.raises(ValueError, match="headline_bridge_margin"):
        StoryConfig(headline_bridge_margin=-1.0)


def test_a_bridge_is_persisted_members_move_and_the_splinter_is_gone(tmp_path: Path) -> None:
    items, plan, third = _council_split()
    text = {i["id"]: i for i in ITEMS}
    with Store.open(tmp_path / "s.db") as store:
        store.save_articles(
            [
                stored_article(d, "de", text.get(d.id, text["c1a"])["published"])
                for d in [*items, third]
            ]
        )
        first = StoryEngine(source=StoreSource(store))
        _seed(first, plan, items)
        save(store, first, [Assignment(a, s, 1.0, True, {}) for a, s in plan.items()])
        second = StoryEngine(source=StoreSource(store))
        result = second.add(third)
        save(store, second, [result])
        story_of = dict(store.conn.execute("SELECT article, story FROM story_articles"))
        assert story_of == {a: "A" for a in ("c1a", "c1b", "c1s", "c1e", "c1t")} | {"m1a": "M"}
        ids = {r[0] for r in store.conn.execute("SELECT id FROM stories")}
        assert ids == {"A", "M"}
        assert dict(store.conn.execute("SELECT old, new FROM story_alias")) == {"B": "A"}
        assert StoreSource(store).load_stories(["A"])["A"].n == 5


def test_possessive_s_is_dropped_from_words_and_names() -> None:
    b = bags(
        StoryDoc(id="p", title="Snowden's warning and Merkel’s reply", language="en"),
        Lemmatiser(),
    )
    assert {"w:snowden", "w:merkel"} <= set(b.reps["words"])
    assert "w:snowden's" not in b.reps["words"]
    assert tokens("Snowden's") == ["Snowden's"]  # tokens keep it; the bags drop it


def test_arrival_orders_shuffle_and_spread_dates_over_the_same_span() -> None:
    items = docs()
    orders = arrival_orders(items, 3, seed=1)
    assert orders[0] == items and len(orders) == 3
    for order in orders[1:]:
        assert sorted(d.id for d in order) == sorted(d.id for d in items)
        times = [d.time for d in order if d.time is not None]
        assert times == sorted(times)
        assert min(times) == min(d.time for d in items if d.time is not None)
    assert [d.id for d in orders[1]] != [d.id for d in items]
    assert items[0].time == parse_days(ITEMS[0]["published"])  # the originals are untouched
