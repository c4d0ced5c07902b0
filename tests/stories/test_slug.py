"""A bare headline's link: the words of its slug count as words of the item's body."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.stories.text import Lemmatiser, StoryDoc, bags, doc_from_article, slug_words

GERMAN_LINK = (
    "https://www.nordkurier-beispiel.de/wirtschaft/"
    "opel-werk-eisenach-kurzarbeit-verlaengert-a-4f2c9.html?utm_source=rss#top"
)


def test_slug_words_of_a_german_link() -> None:
    # the id part ("a", "4f2c9"), the file ending and the query are no words
    assert slug_words(GERMAN_LINK) == ["opel", "werk", "eisenach", "kurzarbeit", "verlaengert"]


def test_slug_words_take_the_segment_with_most_separators() -> None:
    url = "http://www.example.com/business/money/fed-plosser-taper-weather-20140310,0,13.story"
    assert slug_words(url) == ["fed", "plosser", "taper", "weather"]


def test_links_without_a_slug_give_nothing() -> None:
    assert slug_words(None) == []
    assert slug_words("") == []
    assert slug_words("https://example.org/news/123456") == []
    assert slug_words("https://example.org/politik/") == []
    assert slug_words("https://example.org/a-b") == []  # one separator: no slug


def _words(doc: StoryDoc) -> set[str]:
    return set(bags(doc, Lemmatiser()).reps["words"])


def test_a_bare_headline_reads_its_slug() -> None:
    title = "Opel verlängert Kurzarbeit"
    bare = StoryDoc(id="h", title=title, language="de")
    linked = StoryDoc(id="h", title=title, language="de", url=GERMAN_LINK)
    assert "w:eisenach" not in _words(bare)
    assert {"w:eisenach", "w:werk"} <= _words(linked)
    assert _words(bare) <= _words(linked)
    b = bags(linked, Lemmatiser())
    assert b.title_only and b.headline == title
    assert "t:eisenach" not in b.reps["title"]  # the title representation stays the headline's
    assert not any("eisenach" in term for term in b.reps["entities"])  # a slug names no one


def test_a_full_text_ignores_its_link() -> None:
    body = (
        "Der Autobauer schickt die Belegschaft in Thüringen länger in Kurzarbeit. "
        "Grund sind fehlende Teile, sagte ein Sprecher am Dienstag."
    )
    plain = StoryDoc(id="f", title="Opel verlängert Kurzarbeit", text=body, language="de")
    linked = StoryDoc(
        id="f", title="Opel verlängert Kurzarbeit", text=body, language="de", url=GERMAN_LINK
    )
    assert _words(plain) == _words(linked)


def test_stored_articles_hand_their_link_to_the_clustering() -> None:
    art = Article(
        source="feed.xml", raw="", id="a1", url=GERMAN_LINK, title="Opel verlängert Kurzarbeit"
    )
    assert doc_from_article(art).url == GERMAN_LINK
