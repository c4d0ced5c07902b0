"""The cross-language path: an article in another language than its story's reports joins on
shared entities and multilingual headline embeddings, only close in time, only with enough
shared names; same-language pairs never pay for embeddings."""

from __future__ import annotations

from stories.story_examples import docs

from lagebild.stories import crosslang
from lagebild.stories.engine import StoryEngine, StoryState
from lagebild.stories.text import StoryDoc

DAY0 = 19_900.0  # days since the epoch

IDS = ["ent-rheinchem", "ent-kobelt", "ent-siewert", "ent-ludwigshafen"]


def _german_story() -> list[StoryDoc]:
    return [
        StoryDoc(
            id="de1",
            title="Großbrand bei Rheinchem: Anwohner in Ludwigshafen sollen Fenster schließen",
            text=(
                "Im Werk der Rheinchem AG in Ludwigshafen ist am Dienstagmorgen ein Lagergebäude "
                "in Brand geraten. Feuerwehrchef Arno Siewert sprach von einer dichten "
                "Rauchwolke über dem Nordteil der Stadt. Werksleiterin Dana Kobelt sagte, "
                "verletzt worden sei nach bisherigen Erkenntnissen niemand. Die Stadt rief die "
                "Anwohner auf, Fenster und Türen geschlossen zu halten."
            ),
            time=DAY0 + 0.3,
            language="de",
            entities=["Rheinchem AG", "Ludwigshafen", "Arno Siewert", "Dana Kobelt"],
            entity_ids=list(IDS),
        ),
        StoryDoc(
            id="de2",
            title="Brand im Rheinchem-Werk gelöscht – Messwerte unauffällig",
            text=(
                "Nach mehr als sechs Stunden hat die Feuerwehr den Brand auf dem Gelände der "
                "Rheinchem AG in Ludwigshafen gelöscht. Messungen in den Wohngebieten hätten "
                "keine erhöhten Schadstoffwerte ergeben, teilte Feuerwehrchef Arno Siewert mit. "
                "Werksleiterin Dana Kobelt kündigte an, die Ursache gemeinsam mit Gutachtern zu "
                "klären."
            ),
            time=DAY0 + 0.6,
            language="de",
            entities=["Rheinchem AG", "Ludwigshafen", "Arno Siewert", "Dana Kobelt"],
            entity_ids=list(IDS),
        ),
    ]


def _english(days: float, entity_ids: list[str] | None = None) -> StoryDoc:
    return StoryDoc(
        id=f"en{days}",
        title="Fire at Rheinchem plant in Ludwigshafen, residents told to stay indoors",
        text=(
            "A storage building at the Rheinchem chemical plant in the German city of "
            "Ludwigshafen caught fire on Tuesday morning. Fire chief Arno Siewert said a thick "
            "plume of smoke drifted over the north of the city. Plant manager Dana Kobelt said "
            "nobody had been hurt so far."
        ),
        time=DAY0 + days,
        language="en",
        entities=["Rheinchem", "Ludwigshafen", "Arno Siewert", "Dana Kobelt"],
        entity_ids=list(IDS if entity_ids is None else entity_ids),
    )


def test_english_report_joins_the_german_story_the_same_day() -> None:
    engine = StoryEngine()
    engine.add_all(_german_story())
    result = engine.add(_english(0.8))
    assert not result.new_story and result.story == "st-de1"
    assert set(result.reason["cross_language"]) == {"entities", "headline_embed"}
    assert result.reason["cross_language"]["headline_embed"] > 0.3
    assert engine.stories["st-de1"].langs == {"de": 2, "en": 1}


def test_a_later_development_with_the_same_names_starts_its_own_story() -> None:
    """Six days on, the plant reopens: same names, still an active candidate, but the
    time prior keeps the cross-language path from pulling it into the fire story."""
    engine = StoryEngine()
    engine.add_all(_german_story())
    later = StoryDoc(
        id="reopen",
        title="Rheinchem reopens Ludwigshafen site after inquiry into fire",
        text=(
            "The Rheinchem plant in Ludwigshafen resumed work on Monday. Plant manager Dana "
            "Kobelt presented the experts' findings on the cause of last week's fire, and fire "
            "chief Arno Siewert said the site had been inspected again."
        ),
        time=DAY0 + 6.5,
        language="en",
        entities=["Rheinchem", "Ludwigshafen", "Dana Kobelt", "Arno Siewert"],
        entity_ids=list(IDS),
    )
    result = engine.add(later)
    assert result.new_story
    assert "cross_language" in result.reason  # it was compared on the cross path, and lost


def test_too_few_shared_names_skip_the_embeddings() -> None:
    engine = StoryEngine()
    engine.add_all(_german_story())
    lone = StoryDoc(
        id="lone",
        title="Ludwigshafen opens a new bridge over the Rhine",
        text="The city of Ludwigshafen opened its new bridge on Tuesday after two years of work.",
        time=DAY0 + 0.8,
        language="en",
        entities=["Ludwigshafen", "Rhine"],
        entity_ids=["ent-ludwigshafen", "ent-rhine"],
    )
    result = engine.add(lone)
    assert result.new_story
    assert engine.cross_scored == 0


def test_same_language_pairs_never_use_embeddings() -> None:
    engine = StoryEngine()
    engine.add_all(docs())
    assert engine.cross_scored == 0


def test_dominant_language_and_state_round_trip() -> None:
    assert crosslang.dominant_language({}) is None
    assert crosslang.dominant_language({"en": 1, "de": 3}) == "de"
    assert crosslang.dominant_language({"en": 2, "de": 2}) == "de"
    st = StoryState(id="s", langs={"de": 2}, ids={"ent-x": 3})
    back = StoryState.from_json("s", st.to_json())
    assert back.langs == {"de": 2} and back.ids == {"ent-x": 3}
    assert StoryState.from_json("s", {"n": 1}).langs == {}  # states saved before this field


def test_shared_entities_prefer_canonical_ids() -> None:
    engine = StoryEngine()
    engine.add_all(_german_story())
    st = engine.stories["st-de1"]
    doc = _english(0.8, entity_ids=["ent-kobelt"])
    vecs = engine.observe(engine.prepare([doc])[doc.id])
    assert crosslang.shared_entities(doc, vecs, st) == 1  # ids on both sides: ids count
    doc.entity_ids = []
    assert crosslang.shared_entities(doc, vecs, st) >= 3  # else whole names


def test_headline_model_can_take_the_embedding_feature() -> None:
    """The headline model's feature list decides whether the embedding is computed."""
    from dataclasses import replace

    from lagebild.stories.engine import StoryConfig
    from lagebild.stories.scoring import FEATURES, Coefficients

    feats = (*FEATURES, "headline_embed")
    headline = Coefficients((2.0, 2.0, 0.0, 1.0, 0.0, 2.0, 4.0), -4.0, 0.3, feats)
    config = StoryConfig()
    config = replace(config, model=replace(config.model, headline=headline))
    engine = StoryEngine(config)
    engine.add_all(_german_story())
    item = StoryDoc(
        id="feed",
        title="Großbrand im Rheinchem-Werk in Ludwigshafen",
        time=DAY0 + 0.7,
        language="de",
    )
    result = engine.add(item)
    assert result.story == "st-de1"
    assert result.reason["features"]["headline_embed"] > 0.3
