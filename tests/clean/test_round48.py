"""Round 48 (heldout39) rules: an enumeration the article's own sentence leads into ("...,
darunter:" and bulleted items that continue it in lower case) is article text even when it is
the last thing above the page's furniture; a plain report sentence right under the dateline is
the lead, whatever the block model says; a publication whose masthead lists its offers ("Seebad
Talheim – Hallenbad · Sauna · Kurse") and whose copyright line names it after its company is the
outlet. All lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.context import _enumeration
from lagebild.clean.learned import candidates
from lagebild.clean.outlets import _titled_copyright

_ARTICLE = (
    "Der Schachclub Lindenau hat mit Hilfe einer Spendenaktion neue Bretter gekauft.\n\n"
    "Mehr als 200 Mitglieder und Freunde des Vereins hatten sich daran beteiligt.\n\n"
    "Die Bretter sollen vor allem in der Jugendarbeit eingesetzt werden.\n\n"
)
_FOOTER = (
    "Werden Sie Mitglied: Jeder Anteil stärkt unsere Region. Jetzt Mitglied werden ›\n\n"
    "Folgen Sie uns: Instagram · Facebook\n\n"
    "© 2027 Lindenauer Blatt | Impressum | Datenschutz\n"
)


def _runs(lines: list[str]) -> bool:
    blocks = split_blocks("\n\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    return _enumeration(blocks, shapes, 0, len(blocks))


def test_an_enumeration_led_in_by_the_articles_sentence() -> None:
    assert _runs(
        [
            "Außer dem Schachclub erhielten in diesem Jahr vier weitere Vereine Geld, etwa:",
            "- ein Zeltlager der Pfadfinder am Waldsee",
            "- neue Trikots für die Handballjugend",
        ]
    )


def test_link_lists_and_labelled_lists_are_no_enumeration() -> None:
    # a label over link titles
    assert not _runs(["Mehr zum Thema:", "- Neue Halle eröffnet", "- Verein feiert Jubiläum"])
    # items that are titles of their own (capitalised) are links, not the sentence going on
    assert not _runs(
        [
            "Diese Beiträge aus dem Vereinsleben könnten Sie auch interessieren:",
            "- Neue Halle für den Turnverein eröffnet",
            "- Chor sucht Verstärkung",
        ]
    )
    # a lead-in with no items under it
    assert not _runs(["Außer dem Schachclub erhielten vier weitere Vereine Geld, etwa:"])
    # items that carry links are no continuation of a sentence
    assert not _runs(
        [
            "Außer dem Schachclub erhielten in diesem Jahr vier weitere Vereine Geld, etwa:",
            "- ein Zeltlager der Pfadfinder › mehr",
        ]
    )


def test_the_enumeration_stays_above_the_furniture() -> None:
    body = (
        "Lindenauer Blatt · Das Magazin für Mitglieder\n\n"
        + _ARTICLE
        + "Außer dem Schachclub erhielten in diesem Jahr vier weitere Vereine Geld, etwa:\n\n"
        "- ein Zeltlager der Pfadfinder am Waldsee\n\n"
        "- neue Trikots für die Handballjugend\n\n" + _FOOTER
    )
    kept = clean_body(body).text
    assert "vier weitere Vereine Geld, etwa:" in kept
    assert "- ein Zeltlager der Pfadfinder am Waldsee" in kept
    assert "- neue Trikots für die Handballjugend" in kept
    assert "© 2027" not in kept


def test_a_link_list_above_the_furniture_still_goes() -> None:
    body = (
        "Lindenauer Blatt · Das Magazin für Mitglieder\n\n" + _ARTICLE + "Mehr zum Thema:\n\n"
        "- Neue Halle eröffnet\n\n"
        "- Chor sucht Verstärkung\n\n" + _FOOTER
    )
    kept = clean_body(body).text
    assert "Neue Halle eröffnet" not in kept
    assert "Chor sucht Verstärkung" not in kept
    assert "Die Bretter sollen vor allem" in kept


_LEAD = "Der Gemeinderat von Talheim hat neue Gebühren für das Hallenbad Seewiese beschlossen."


def _lead_case(above: str | None) -> list[int]:
    texts = [
        "Die Kasse des Hallenbads bleibt am Montag wegen einer Schulung des Personals zu.",
        "Veröffentlicht am 03.02.2027",
        _LEAD,
        "Die Erwachsenenkarte kostet künftig einen Euro mehr als bisher, die Kinderkarte bleibt.",
    ]
    blocks = split_blocks("\n\n".join(texts))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, above, None, None]
    scores = [0.0, 1.0 if above else 0.0, 0.5, 0.0]  # the lead names the site: not clean prose
    return candidates(blocks, shapes, reason, scores)


def test_the_lead_right_under_the_dateline_is_no_candidate() -> None:
    assert 2 not in _lead_case("dateline")


def test_the_same_sentence_elsewhere_is_still_a_candidate() -> None:
    assert 2 in _lead_case(None)


def test_a_publication_over_a_list_of_its_offers_in_the_copyright_line() -> None:
    lines = [
        "Seebad Talheim – Hallenbad · Sauna · Kurse",
        "Text",
        "© Gemeindewerke Talheim GmbH – Seebad Talheim",
    ]
    assert _titled_copyright("Gemeindewerke Talheim", lines) == "Seebad Talheim"


def test_a_listed_masthead_without_the_copyright_naming_it_stays_the_publisher() -> None:
    lines = [
        "Seebad Talheim – Hallenbad · Sauna · Kurse",
        "Text",
        "© Gemeindewerke Talheim GmbH · Impressum · Datenschutz",
    ]
    assert _titled_copyright("Gemeindewerke Talheim", lines) is None
    # a menu row over the page is no masthead
    lines[0] = "Start | Hallenbad · Sauna · Kurse"
    assert _titled_copyright("Gemeindewerke Talheim", lines) is None


def _round48(text: str) -> list[str]:
    from lagebild.clean.lexicon import _ROUND48

    return [c.reason for c in _ROUND48 if c.pattern.search(text)]


def test_round48_cues_match_furniture() -> None:
    for line, reason in (
        ("Wartung: Das Kundenportal ist am Montag ab 20 Uhr nicht erreichbar.", "disclaimer"),
        ("Wartungsarbeiten: Die App ist heute Nacht offline.", "disclaimer"),
        ("Alle Preise inklusive Mehrwertsteuer und Pfand.", "disclaimer"),
        ("Druckfehler und Irrtümer vorbehalten.", "disclaimer"),
        ("Dieser Text darf unter Nennung der Quelle frei verwendet werden.", "credit"),
        ("Die Fotos dürfen honorarfrei abgedruckt werden.", "credit"),
        ("Zum Thread: „Drucker, die noch laufen“ (87 Antworten)", "comments"),
        ("Mitreden: 12 Beiträge im Forum zu diesem Thema", "comments"),
        ("Nächste Kurse in Ihrer Nähe:", "related"),
        ("Vereins-Kalender: 14.05. Stammtisch im Gasthaus Linde", "related"),
        ("Jeder Euro hilft der Jugendarbeit. [Jetzt spenden]", "promo"),
        ("Die Satzung finden Sie hier als PDF.", "related"),
        ("Auf unserer Website werden nur nötige Cookies eingesetzt. OK", "cookie"),
    ):
        assert reason in _round48(line), line


def test_round48_cues_spare_news_prose() -> None:
    for line in (
        "Die Wartung der Brücke dauert bis Freitag, die Straße ist nicht erreichbar.",
        "Wartungsarbeiten am Stellwerk: Züge fahren mit Verspätung.",
        "Alle Preise seien gestiegen, klagte der Wirt.",
        "Änderungen am Plan lehnte der Rat ab.",
        "Das Foto darf nach Ansicht des Gerichts nicht veröffentlicht werden.",
        "Der Thread auf dem Kurznachrichtendienst verbreitete sich schnell.",
        "In der Diskussion gab es 40 Beiträge von Bürgern.",
        "Die Zahl der Fälle in Ihrer Region ist gestiegen, teilte das Amt mit.",
        "Der Kalender der Feuerwehr erscheint im Dezember.",
        "Die Stadt will auf ihrer Website mehr Informationen anbieten.",
        "Kekse und Cookies verkauft der Bäcker auf dem Markt.",
    ):
        assert not _round48(line), line
