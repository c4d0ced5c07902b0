"""Title-case headlines: capitalisation there says nothing about names, so the names of such a
headline are the words the corpus's sentence-case text capitalises (case evidence)."""

from __future__ import annotations

from pathlib import Path

from stories.story_examples import stored_article

from lagebild.store import Store
from lagebild.stories.engine import StoryEngine
from lagebild.stories.persist import StoreSource, save
from lagebild.stories.text import (
    CASE_LOWER,
    CASE_UPPER,
    Lemmatiser,
    StoryDoc,
    bags,
    case_evidence,
    headline_words,
    is_title_case,
    name_guesses,
)

SENTENCE_CASE = [
    StoryDoc(
        id="s1",
        title="Fire destroys a warehouse near Harwell, owner Tamsin Okafor says",
        text="A fire destroyed the storage warehouse of Okafor Logistics in Harwell overnight. "
        "Tamsin Okafor said the warehouse was empty.",
        time=20_000.0,
        language="en",
    ),
    StoryDoc(
        id="s2",
        title="Police in Harwell search for the cause of the warehouse fire",
        time=20_000.1,
        language="en",
    ),
]
TITLE_CASE = StoryDoc(
    id="t1", title="Huge Blaze Guts Warehouse In Harwell, Okafor Says", time=20_000.2, language="en"
)


def _entities(engine: StoryEngine, doc: StoryDoc) -> set[str]:
    b = engine.prepare([doc])[doc.id]
    engine.observe(b)
    return {t[2:] for t in b.reps["entities"]}


def test_title_case_is_told_from_sentence_case() -> None:
    assert is_title_case("Huge Blaze Guts Warehouse In Harwell, Okafor Says")
    assert is_title_case("Why Shoppers Are Turning Away From Malls")
    assert not is_title_case("Fire destroys a warehouse near Harwell, owner Tamsin Okafor says")
    assert not is_title_case("Tamsin Okafor Speaks")  # too few longer words to tell


def test_case_evidence_skips_sentence_starts_and_stopwords() -> None:
    ev = case_evidence("Warehouse burns in Harwell. Police said the warehouse was empty.")
    assert CASE_UPPER + "harwell" in ev and CASE_LOWER + "warehouse" in ev
    assert CASE_UPPER + "warehouse" not in ev  # only ever capitalised at a sentence start
    assert CASE_UPPER + "police" not in ev and CASE_LOWER + "the" not in ev


def test_names_of_a_title_case_headline_follow_the_case_evidence() -> None:
    words = headline_words("Blaze: Tamsin Okafor Loses Warehouse", title_case=True)
    assert words[:2] == [("Blaze", False), None]  # the colon breaks a phrase
    names = name_guesses(words, {"tamsin", "okafor"}.__contains__)
    assert names == ["Tamsin", "Okafor", "Tamsin Okafor"]


def test_a_sentence_case_headline_keeps_its_capitals_and_skips_its_first_word() -> None:
    words = headline_words("Okafor says the Harwell warehouse was empty", title_case=False)
    assert words[0] is None and ("Harwell", True) in words
    assert name_guesses(words, lambda w: True) == ["Harwell"]


def test_title_case_headline_takes_only_words_the_corpus_capitalises() -> None:
    engine = StoryEngine()
    cold = _entities(StoryEngine(), TITLE_CASE)
    # no evidence yet: only the words the English lemma dictionary does not know are names
    assert cold == {"harwell", "okafor"}
    for doc in SENTENCE_CASE:
        _entities(engine, doc)
    assert _entities(engine, TITLE_CASE) == {"harwell", "okafor"}
    opener = StoryDoc(id="s3", title="Okafor rebuilds in Harwell", language="en")
    assert _entities(engine, opener) == {"harwell"}  # sentence case: as before
    # sentence case keeps the plain capitalisation heuristic (first word excluded)
    assert "harwell" in _entities(engine, SENTENCE_CASE[1])


def test_evidence_counts_in_document_frequencies_across_batches() -> None:
    engine = StoryEngine()
    engine.add_all(SENTENCE_CASE)
    assert engine.df[CASE_UPPER + "harwell"] == 2 and engine.df[CASE_LOWER + "warehouse"] == 2
    assert engine.df_delta[CASE_UPPER + "okafor"] == 1  # persisted with the other frequencies
    engine.add_all([TITLE_CASE])
    assert "e:okafor" in engine.stories[engine.story_of["t1"]].cent["entities"]


def test_german_headlines_are_never_treated_as_title_case() -> None:
    doc = StoryDoc(id="d", title="Großbrand Zerstört Lagerhalle In Harwell Komplett", language="de")
    b = bags(doc, Lemmatiser())
    assert not b.pending_names and not b.case
    assert "e:lagerhalle" in b.reps["entities"]  # German: the plain heuristic, as before


def test_case_evidence_is_persisted_for_a_later_engine(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.save_articles([stored_article(d, "en") for d in [*SENTENCE_CASE, TITLE_CASE]])
        first = StoryEngine(source=StoreSource(store))
        save(store, first, first.add_all(SENTENCE_CASE))
        second = StoryEngine(source=StoreSource(store))
        assert _entities(second, TITLE_CASE) == {"harwell", "okafor"}


def test_case_evidence_overrules_the_dictionary_fallback() -> None:
    engine = StoryEngine()
    lower = StoryDoc(
        id="s4",
        title="Okafor reports record ridership on the Harwell line",
        text="The line saw strong ridership this winter, Okafor said.",
        language="en",
    )
    upper = StoryDoc(
        id="s5", title="Shares rise", text="Analysts expect Apple to report growth.", language="en"
    )
    for doc in (lower, upper):
        _entities(engine, doc)
    headline = StoryDoc(id="t2", title="Apple Ridership Booms At Harwell Depot", language="en")
    # "ridership" (unknown to the dictionary) is written in lower case: no name; "apple" (a
    # dictionary word) is capitalised mid-sentence: a name; "depot" is known and unseen
    assert _entities(engine, headline) == {"apple", "harwell"}
