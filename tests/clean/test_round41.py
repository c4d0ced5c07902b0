"""Round 41 (heldout32) rules: a teletext page's header row names its broadcaster, a masthead
whose tagline names the medium, a more-link is no breadcrumb, someone's quoted closing words
under the article stay, and a fixed-width rubric row is no headline. All lines are invented
for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import shape
from lagebild.clean.boilerplate import _title_line, _wide_row, clean_body
from lagebild.clean.context import _LAST_QUOTE
from lagebild.clean.outlets import (
    _BREADCRUMB,
    _clean_name,
    _medium_masthead,
    _teletext_header,
    find_outlet,
)


def test_teletext_header_row_names_the_broadcaster() -> None:
    assert _teletext_header(["Talwelle Text   312   Sa 07.08.27 21:14:55", "Sport"]) == "Talwelle"
    assert _teletext_header(["Bergfunk  410  Di 03.08.27 06:02"]) == "Bergfunk"
    # without the clock only when the name is the teletext service's
    assert _teletext_header(["Talwelle Videotext   145"]) == "Talwelle"


def test_teletext_header_counter_examples() -> None:
    assert _teletext_header(["Regionaltext   218   Mo 02.08.27 11:40:09"]) is None  # a kind
    assert _teletext_header(["Bundesstraße 112"]) is None  # an address, no clock
    assert _teletext_header(["Halle 305"]) is None
    assert _teletext_header(["Heute", "Sport", "Talwelle Text   145"]) is None  # too far down


def test_teletext_service_word_goes_from_the_name() -> None:
    assert _clean_name("Talwelle Text") == "Talwelle"
    assert _clean_name("Kreiswelle Teletext", nominative=True) == "Kreiswelle"
    assert _clean_name("Textwerkstatt") == "Textwerkstatt"


def test_teletext_page_outlet() -> None:
    text = (
        "Talwelle Text   312   Sa 07.08.27 21:14:55\n"
        "SPORT REGIONAL          Fußball\n"
        "Aufsteiger gewinnt zum Auftakt\n"
        "Der Aufsteiger aus Kirchdorf hat sein erstes Spiel in der Landesliga gewonnen.\n"
        "Vor 400 Zuschauern fiel das einzige Tor kurz nach der Pause.\n"
        "Tabelle Landesliga  313\n"
    )
    assert find_outlet(text) == "Talwelle"


def test_masthead_whose_tagline_names_the_medium() -> None:
    assert _medium_masthead(["Feilkloben – Die Schülerzeitung der BBS Ostheim"]) == "Feilkloben"
    assert _medium_masthead(["Kräuterbote | Das Magazin für den Garten"]) == "Kräuterbote"
    assert _medium_masthead(["Luvseite – Dein Segelblog von der Küste"]) == "Luvseite"


def test_masthead_tagline_counter_examples() -> None:
    assert _medium_masthead(["Feilkloben – Werkzeug für Profis"]) is None  # no medium named
    assert _medium_masthead(["Politik – Das Magazin am Abend"]) is None  # a section
    assert _medium_masthead(["Anna Berger – Die Zeitung kommt morgen"]) is None  # a person
    assert _medium_masthead(["Der Zeitungsstreit geht weiter"]) is None


def test_more_link_is_no_breadcrumb() -> None:
    assert _BREADCRUMB.match("Weitere Kommentare › Archiv") is None
    assert _BREADCRUMB.match("Mehr Reportagen » Übersicht") is None
    assert _BREADCRUMB.match("Alle Rezepte > Suppen") is None
    m = _BREADCRUMB.match("Talblick.de » Region » Verkehr")
    assert m is not None and m.group("name") == "Talblick.de"


def test_quoted_closing_words_shape() -> None:
    assert _LAST_QUOTE.match("Gärtnerin Ina Falk rät: „Gießen Sie morgens.“")
    assert _LAST_QUOTE.match('Förster Udo Brand warnt: "Bleiben Sie auf den Wegen!"')
    # counter-examples: a link label, a quote without a sentence, no speaker
    assert not _LAST_QUOTE.match("Mehr dazu lesen: Alle Tipps im Überblick")
    assert not _LAST_QUOTE.match("Jetzt anmelden: „Newsletter Garten“")
    assert not _LAST_QUOTE.match("„Gießen Sie morgens.“")


def test_quoted_closing_words_under_the_article_are_kept() -> None:
    body = (
        "Gartenfreund – Das Magazin für Balkon und Beet\n"
        "Tomaten im Kübel: So klappt die Ernte\n"
        "Tomaten brauchen im Kübel viel Wasser und einen sonnigen Platz.\n"
        "Am besten stellen Sie die Pflanzen an eine Südwand, geschützt vor Regen.\n"
        "Geizen Sie die Triebe regelmäßig aus, dann bilden sich größere Früchte.\n"
        "Gärtnerin Ina Falk rät: „Gießen Sie morgens, nie in der Mittagshitze.“\n"
        "Die Inhalte ersetzen keine Beratung durch eine Fachperson.\n"
        "Im neuen Heft: Kräuter für die Küche – jetzt am Kiosk oder im Abo\n"
        "© 2027 Gartenfreund Verlag · Kontakt · Impressum · Datenschutz\n"
    )
    kept = clean_body(body).text
    assert "Gärtnerin Ina Falk rät" in kept
    assert "jetzt am Kiosk" not in kept


def test_wide_row_is_no_title() -> None:
    for row in ("Bildung  Schule  Kita", "SPORT REGIONAL          Handball"):
        assert _wide_row(row)
        assert not _title_line(row, shape(row))
    for title in ("Grundschule Wiesental vor dem Aus?", "Neue Brücke über die Lauter"):
        assert not _wide_row(title)
        assert _title_line(title, shape(title))


def test_question_headline_under_a_rubric_row() -> None:
    body = (
        "Kreiswelle Text   134   Fr 04.06.27 12:05:33\n"
        "Verkehr  Bahn  Bus\n"
        "Buslinie 7 vor dem Aus?\n"
        "Wie geht es weiter mit der Buslinie 7 nach Oberfeld?\n"
        "Diese Frage beschäftigt seit Wochen Pendler und Kreistag.\n"
        "Im Schnitt fahren morgens nur noch neun Fahrgäste mit.\n"
        "Der Kreistag entscheidet am Dienstag über die Zukunft der Linie.\n"
    )
    res = clean_body(body)
    assert res.title == "Buslinie 7 vor dem Aus?"
    assert "Wie geht es weiter mit der Buslinie 7" in res.text


def _cue_reasons(line: str) -> set[str]:
    from lagebild.clean.lexicon import _ROUND41

    return {cue.reason for cue in _ROUND41 if cue.pattern.search(line)}


def test_round41_cues_match_their_furniture() -> None:
    assert _cue_reasons("Mehr dazu auf Tafel 412") == {"navigation"}
    assert _cue_reasons("Wetter für das Wochenende: Tafel 170-173") == {"navigation"}
    assert _cue_reasons("Einen Fehler gefunden? Schreiben Sie der Redaktion.") == {"corrections"}
    assert _cue_reasons("Diese Website legt kleine Textdateien auf Ihrem Gerät ab.") == {"cookie"}
    assert _cue_reasons("Partnerangebot: Wärmepumpe zum Sonderpreis bei unserem Partner") == {
        "promo"
    }
    assert _cue_reasons("Leser-Vorteil: Zwei Karten zum Preis von einer") == {"promo"}
    assert _cue_reasons("*Sternchen-Links führen zu Shops, an deren Umsatz wir beteiligt sind.")
    assert _cue_reasons("Gartenschere aus Edelstahl – zum Shop*") == {"disclaimer"}
    assert _cue_reasons("Wir überprüfen unsere Ratgeber regelmäßig auf neue Studien.") == {
        "corrections"
    }


def test_round41_cues_leave_article_lines_alone() -> None:
    for line in (
        "Die Tafel in Oberfeld versorgt jede Woche 300 Familien mit Lebensmitteln.",
        "An der Gedenktafel legten die Schüler Blumen nieder.",
        "Der Fehler im Stellwerk wurde erst am Abend entdeckt.",
        "Das Angebot gilt für alle Mitglieder des Vereins.",
        "Die Stadt will Textdateien künftig nur noch digital archivieren.",
        "Cookies sind kleine Textdateien, sagte der Datenschützer im Rat.",
        "Der Händler bot das Gerät zum Angebotspreis an.",
        "Wir prüfen den Antrag, sagte die Bürgermeisterin.",
        "Sternchen gab es im Zeugnis keine.",
    ):
        assert _cue_reasons(line) == set(), line


def test_round41_cites() -> None:
    from lagebild.clean.cites import find_cites

    assert find_cites("Wie der NDR in seiner Abendschau berichtete, ist die Brücke gesperrt.") == [
        "NDR"
    ]
    assert find_cites(
        "Wie der Spiegel in einem Beitrag über Pilze berichtete, steigt die Zahl der Vergiftungen."
    ) == ["Spiegel"]
    assert find_cites("Nach einer Übersicht der dpa sinken die Preise weiter.") == ["dpa"]
    assert find_cites("Die Zeit hatte zuletzt geschrieben, dass die Kassen sparen.") == ["Zeit"]
    assert find_cites("Der Stern verweist allerdings darauf, dass die Studie klein war.") == [
        "Stern"
    ]


def test_round41_cites_counter_examples() -> None:
    from lagebild.clean.cites import find_cites

    assert find_cites("Die Stadt verweist allerdings darauf, dass die Kassen leer sind.") == []
    assert find_cites("Nach einer Übersicht des Landkreises sinken die Preise weiter.") == []
    assert find_cites("Wie der Bürgermeister in seiner Rede berichtete, fehlt Geld.") == []
    assert find_cites("Die Gemeinde hatte zuletzt geschrieben, dass sie spart.") == []


def test_teletext_page_pointers_go_only_on_a_teletext_page() -> None:
    rows = (
        "Tabelle Landesliga  313    Torschützen  314\n"
        "Der Aufsteiger aus Kirchdorf hat sein erstes Spiel in der Landesliga gewonnen.\n"
        "Vor 400 Zuschauern fiel das einzige Tor kurz nach der Pause durch einen Kopfball.\n"
        "Kirchdorf – Oberfeld        1:0\n"
        "Der Trainer lobte die Abwehr, die kaum eine Chance zuließ.\n"
        "Programm heute  301\n"
    )
    kept = clean_body("Kreiswelle Text   312   Sa 07.08.27 21:14:55\n" + rows).text
    assert "Torschützen  314" not in kept
    assert "Programm heute  301" not in kept
    assert "Kirchdorf – Oberfeld        1:0" in kept  # a result row, no page number
    # the same lines on a page without a teletext header row stay
    plain = clean_body("Sportblog Kirchdorf – Fußball aus dem Tal\n" + rows).text
    assert "Programm heute  301" in plain
