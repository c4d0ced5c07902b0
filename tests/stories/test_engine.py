"""The clustering engine on hand-written German examples, and its building blocks."""

from __future__ import annotations

from collections import defaultdict

import pytest
from stories.story_examples import docs, gold

from lagebild.stories.engine import StoryConfig, StoryEngine, publication_order
from lagebild.stories.metrics import evaluate
from lagebild.stories.scoring import Coefficients, LinkModel
from lagebild.stories.text import Lemmatiser, StoryDoc, bags, heuristic_names, parse_days


def _clusters(assign: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for article, story in assign.items():
        groups[story].add(article)
    return {frozenset(g) for g in groups.values()}


def _run(items: list[StoryDoc]) -> dict[str, str]:
    return {a.article: a.story for a in StoryEngine().add_all(items)}


def test_examples_cluster_exactly_as_gold() -> None:
    pred = _run(docs())
    assert _clusters(pred) == _clusters(gold())


def test_two_matches_of_one_club_stay_apart() -> None:
    pred = _run(docs())
    assert pred["m1a"] == pred["m1b"]
    assert pred["m2a"] == pred["m2b"]
    assert pred["m1a"] != pred["m2a"]


def test_two_matches_stay_apart_even_when_the_second_is_a_candidate() -> None:
    """A cup rematch of the same two clubs six days later shares nearly every name: it is
    compared with the first match's story and loses on time."""
    first = [d for d in docs() if d.id in {"m1a", "m1b"}]
    second = StoryDoc(
        id="again",
        title="Pokal: SC Rheintal und TuS Bergdorf trennen sich 0:0",
        text=(
            "Im Pokal haben sich der SC Rheintal und der TuS Bergdorf im Auenstadion torlos "
            "getrennt. Jonas Wielgosz vergab die beste Chance für Rheintal, Malte Hessberg traf "
            "für Bergdorf nur den Pfosten. Trainerin Svenja Roloff war mit dem Remis zufrieden."
        ),
        time=(first[0].time or 0.0) + 6.0,
        language="de",
    )
    engine = StoryEngine()
    engine.add_all(first)
    result = engine.add(second)
    assert result.new_story
    assert result.reason["best"]["story"] == "st-m1a"  # it was compared, and lost on time


def test_headline_only_item_joins_its_story() -> None:
    pred = _run(docs())
    assert pred["m1c"] == pred["m1a"]
    assert pred["c1c"] == pred["c1a"]


def test_copy_joins_the_story_of_its_original() -> None:
    engine = StoryEngine()
    result = {a.article: a for a in engine.add_all(docs())}
    assert result["f1b"].story == result["f1a"].story
    assert result["f1b"].reason == {"decision": "copy", "linked": "f1a", "score": 1.0}


def test_copy_follows_its_original_even_when_the_text_differs() -> None:
    original = docs()[0]
    copy = StoryDoc(id="copy", title="Ganz andere Worte", text="Nichts gemeinsam.", links=["m1a"])
    engine = StoryEngine()
    engine.add(original)
    assert engine.add(copy).story == "st-m1a"


def test_incremental_batches_equal_one_batch() -> None:
    items = publication_order(docs())
    whole = _run(items)
    engine = StoryEngine()
    parts: dict[str, str] = {}
    for i in range(0, len(items), 3):
        parts.update({a.article: a.story for a in engine.add_all(items[i : i + 3])})
    assert parts == whole


def test_reason_names_the_matching_features() -> None:
    result = {a.article: a for a in StoryEngine().add_all(docs())}
    reason = result["m1b"].reason
    assert reason["decision"] == "joined"
    assert set(reason["features"]) >= {"words", "entities", "title", "gap_days"}
    assert (
        "wielgosz" in reason["shared"]["words"] or "jonas wielgosz" in reason["shared"]["entities"]
    )
    assert 0 < reason["score"] <= 1


def test_story_title_dates_and_entities() -> None:
    engine = StoryEngine()
    engine.add_all(docs())
    st = engine.stories["st-c1a"]
    assert st.title in {d.title for d in docs() if d.id.startswith("c1")}
    assert st.start_iso == "2024-03-05T18:20" and st.end_iso == "2024-03-06T07:30"
    assert any("Kaltenborn" in e for e in st.top_entities())


def test_undated_articles_come_last_in_given_order() -> None:
    a = StoryDoc(id="a", title="x", time=None)
    b = StoryDoc(id="b", title="y", time=5.0)
    c = StoryDoc(id="c", title="z", time=None)
    d = StoryDoc(id="d", title="w", time=1.0)
    assert [x.id for x in publication_order([a, b, c, d])] == ["d", "b", "a", "c"]


def test_english_and_other_latin_text_does_not_break() -> None:
    items = [
        StoryDoc(
            id="e1",
            title="Storm hits the coast of Normandy",
            text="A storm hit Normandy.",
            language="en",
        ),
        StoryDoc(
            id="e2",
            title="Tempête en Normandie : des dégâts importants",
            text="Une tempête a frappé la Normandie.",
            language="fr",
        ),
        StoryDoc(id="e3", title="Ωμέγα", text="", language="el"),
        StoryDoc(id="e4", title="", text=""),
    ]
    assert len(StoryEngine().add_all(items)) == 4


def test_document_frequencies_grow_with_every_article() -> None:
    engine = StoryEngine()
    engine.add_all(docs()[:2])
    assert engine.n_docs == 2
    assert engine.df["w:rheintal"] == 2
    engine.add(docs()[3])
    assert engine.df["w:rheintal"] == 3 and engine.n_docs == 3


def test_old_stories_age_out_of_the_candidate_set_but_are_kept() -> None:
    first = docs()[0]
    later = StoryDoc(
        id="later", title=first.title, text=first.text, time=(first.time or 0.0) + 30, language="de"
    )
    engine = StoryEngine()
    engine.add(first)
    result = engine.add(later)
    assert result.new_story and "st-m1a" in engine.stories


def test_undated_article_can_still_find_an_old_story() -> None:
    first = docs()[0]
    undated = StoryDoc(id="undated", title=first.title, text=first.text, language="de")
    engine = StoryEngine()
    engine.add(first)
    engine.add(
        StoryDoc(id="news", title="Etwas anderes", text="Ganz anders.", time=(first.time or 0) + 60)
    )
    assert engine.add(undated).story == "st-m1a"


def test_helpers() -> None:
    assert parse_days("1970-01-02") == pytest.approx(1.5)  # a bare date counts as noon
    assert parse_days("1970-01-01T02:00+02:00") == pytest.approx(0.0)
    assert parse_days("not a date") is None
    names = heuristic_names("Am Montag traf Friedrich Merz in Berlin ein. Danach sprach er.")
    assert "Friedrich Merz" in names and "Berlin" in names and "Danach" not in names
    b = bags(StoryDoc(id="x", title="Hagelunwetter über Neustadt", text=""), Lemmatiser())
    assert b.title_only and "c:unwet" in b.reps["chars"]


def test_config_and_model_validate() -> None:
    with pytest.raises(ValueError, match="candidates_max"):
        StoryConfig(candidates_max=0)
    with pytest.raises(ValueError, match="weights"):
        Coefficients((1.0,), 0.0, 0.5)
    with pytest.raises(ValueError, match="threshold"):
        LinkModel(full=Coefficients((0.0,) * 6, 0.0, 1.5))
    with pytest.raises(ValueError, match="must start with"):
        LinkModel(headline=Coefficients((1.0,), 0.0, 0.5, ("embed_centroid",)))
    with pytest.raises(ValueError, match="bridge_margin"):
        StoryConfig(bridge_margin=-1.0)
    with pytest.raises(ValueError, match="bridge_max_size"):
        StoryConfig(bridge_max_size=0)


def test_metrics() -> None:
    gold_ = {"a": "x", "b": "x", "c": "y"}
    perfect = evaluate(gold_, {"a": "1", "b": "1", "c": "2"})
    assert perfect.bcubed_f1 == 1.0 and perfect.pair_f1 == 1.0
    lumped = evaluate(gold_, {"a": "1", "b": "1", "c": "1"})
    assert lumped.bcubed_r == 1.0 and lumped.bcubed_p == pytest.approx(5 / 9)
    assert lumped.pair_p == pytest.approx(1 / 3)
