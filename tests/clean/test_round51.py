"""Round 51 (heldout42: a national politics site, a public broadcaster's regional news, a
tabloid, a business daily). Article text the cleaner lost: data the article introduces (tables,
fact rows and score lines under a lead-in of its own, or standing between two paragraphs), an
interview's question under an ad label, a quotation with a sales word in it under an ad label, a
question subheading that furniture next to it took along, a pointed "Der Grund: ..." sentence,
a sentence giving the outlet as its source. Furniture: live-blog stamps and loading notes,
paywall, login and follow lines, edit notes, programme tips, service pointers, reader-reporter
calls, early-bird prices; tabloid kickers ending in "!". All lines are invented for these
tests; each rule has a counter-example that must stay as it was."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body
from samples import shape_reasons as _reasons

from lagebild.clean.blocks import Block, shape, split_blocks
from lagebild.clean.boilerplate import (
    _fact_row,
    _kicker,
    clean_body,
    introduced_data,
    pointed_lines,
    resumed_questions,
)
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt\n"


# --- data the article introduces ------------------------------------------------------------


def test_fact_and_score_rows() -> None:
    def fact(t: str) -> bool:
        return _fact_row(t)

    assert fact("Spiele: 97")
    assert fact("Absatz Weizen: 210.000 Hektoliter (+4 %)")
    assert fact("15. Minute: 7:8")
    assert fact("Halbzeit: 14:12")
    assert fact("- Umsatz: 3,1 Mrd. Euro")
    assert not fact("Foto: Anna Beispiel")  # no figure
    assert not fact(
        "Mehr zum Thema: Was der Landtag 2027 über die Schulen und die Kitas im Land noch alles beschließen will"
    )
    assert not fact("Umsatz | 12 Mio. € | 14 Mio. €")  # a table row, not a fact row


def test_fact_rows_under_a_lead_in_that_a_teaser_took_along_stay() -> None:
    body = _body(
        "Die Torjägerin Lena Brakmann verlässt den SV Auenfeld nach fünf Jahren.",
        "Sie wechselt zum Meister nach Hamburg, die Ablöse ist nicht bekannt.",
        "Mehr zum Thema: Alle Transfers der Liga",
        "Ihre Zeit in Auenfeld in Zahlen:",
        "Einsätze: 131",
        "Treffer: 64",
        "Vorlagen: 22",
        "Die Fans verabschiedeten sie mit einem Plakat.",
        _END,
    )
    kept = _kept(body)
    assert "Ihre Zeit in Auenfeld in Zahlen:" in kept
    assert "Einsätze: 131" in kept and "Vorlagen: 22" in kept
    assert "Mehr zum Thema" not in kept


def test_score_lines_under_their_lead_in_stay() -> None:
    body = _body(
        "Die Handballerinnen der HSG Wiesental haben das Derby knapp gewonnen.",
        "Lange lag der Gast vorn, erst in der Schlussphase drehte die HSG das Spiel.",
        "Der Spielstand im Verlauf:",
        "10. Minute: 4:6",
        "20. Minute: 9:11",
        "Halbzeit: 13:14",
        "50. Minute: 24:23",
        "Trainerin Greta Holm lobte vor allem die Abwehr.",
        _END,
    )
    kept = _kept(body)
    for row in ("10. Minute: 4:6", "Halbzeit: 13:14", "50. Minute: 24:23"):
        assert row in kept
    assert "Der Spielstand im Verlauf:" in kept


def test_a_table_under_a_ticker_line_and_over_a_player_stays() -> None:
    body = _body(
        "Der Pumpenhersteller Ostwerk hat im ersten Halbjahr weniger verkauft.",
        "Vor allem das Geschäft mit der Bauindustrie brach ein.",
        "Ostwerk AG | 23,10 € | −4,2 % | WKN 123456 | Xetra 10:02",
        "Die Zahlen des Halbjahres im Vergleich:",
        "Kennzahl | H1 2027 | H1 2026",
        "Umsatz | 212 Mio. € | 240 Mio. €",
        "Ergebnis | 9 Mio. € | 17 Mio. €",
        "Audio: Der Vorstand im Gespräch (3:40 Min.)",
        "Audio herunterladen",
        "Der Vorstand will bis Jahresende 80 Stellen streichen.",
        _END,
    )
    kept = _kept(body)
    assert "Kennzahl | H1 2027 | H1 2026" in kept
    assert "Ergebnis | 9 Mio. € | 17 Mio. €" in kept
    assert "Die Zahlen des Halbjahres im Vergleich:" in kept


def test_a_lead_in_and_its_rows_come_back_whatever_carried_them_off() -> None:
    blocks = split_blocks(
        _body(
            "Die Brauerei Sandfeld hat im vergangenen Jahr weniger Bier verkauft.",
            "Anzeige",
            "Der Absatz nach Sorten:",
            "Helles: 210.000 Hektoliter (−5 %)",
            "Weizen: 88.000 Hektoliter (−2 %)",
            "Die Brauerei will nun stärker auf Limonaden setzen.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "promo", "promo", "learned", "learned", None]
    assert introduced_data(blocks, shapes, reason) == {2, 3, 4}
    # without the article going on under the rows they stay cut
    reason = [None, "promo", "promo", "learned", "learned", "credit"]
    assert introduced_data(blocks, shapes, reason) == set()


def test_fact_rows_standing_between_two_paragraphs_stay() -> None:
    blocks = split_blocks(
        _body(
            "Die Kläranlage in Oberbruch hat im vergangenen Jahr mehr Wasser gereinigt als je zuvor.",
            "Gereinigt: 4,1 Mio. Kubikmeter",
            "Strom aus Klärgas: 2,3 Mio. Kilowattstunden",
            "Der Zweckverband will die Anlage bis 2030 erweitern und dafür Fördermittel beantragen.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "learned", "learned", None]
    assert introduced_data(blocks, shapes, reason) == {1, 2}


def test_furniture_rows_are_no_introduced_data() -> None:
    # an event box under a furniture heading at the article's end: no prose goes on under it
    blocks = split_blocks(
        _body(
            "Die Ausstellung zeigt Briefe und Zeichnungen aus drei Jahrhunderten.",
            "Auf einen Blick:",
            "Öffnungszeiten: Dienstag bis Sonntag, 10 bis 18 Uhr",
            "Eintritt: 8 Euro, ermäßigt 5 Euro",
            "Zur Startseite",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "factbox", "factbox", "factbox", "navigation"]
    assert introduced_data(blocks, shapes, reason) == set()
    # a price list under an ad label is the ad, and rows that talk to the reader are no data
    blocks = split_blocks(
        _body(
            "Die Stadtwerke erhöhen zum Juli ihre Preise.",
            "Anzeige",
            "Die Tarife im Überblick:",
            "Basis: 9,99 € im Monat",
            "Komfort: 14,99 € im Monat",
            "Der Aufsichtsrat hatte die Erhöhung im Mai beschlossen.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason = [None, "promo", "promo", "promo", "promo", None]
    assert introduced_data(blocks, shapes, reason) == set()
    blocks = split_blocks(
        _body(
            "Die Stadtwerke erhöhen zum Juli ihre Preise.",
            "So sparen Sie jetzt:",
            "Ihr Bonus: 50 Euro bei Wechsel bis 30. Juni",
            "Ihr Rabatt: 10 Prozent auf den Grundpreis",
            "Der Aufsichtsrat hatte die Erhöhung im Mai beschlossen.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason = [None, "promo", "promo", "promo", None]
    assert introduced_data(blocks, shapes, reason) == set()


# --- lines under an ad label ------------------------------------------------------------------


def test_an_interview_question_under_an_ad_label_stays() -> None:
    body = _body(
        "Der Landrat Jens Okonkwo will die Busverbindungen im Kreis ausbauen.",
        "Herr Okonkwo, warum fahren auf dem Land so wenige Busse?",
        "Weil die Kreise das Geld dafür allein aufbringen müssen.",
        "Das reicht als Erklärung nicht.",
        "Es ist aber die Wahrheit. Ein Bus kostet im Jahr rund 300.000 Euro.",
        "Anzeige",
        "Was wollen Sie nun ändern?",
        "Zuerst einen Takt von einer Stunde in jedem Dorf.",
        "Und wenn das Land nicht zahlt?",
        "Dann verhandeln wir eben weiter.",
        _END,
    )
    assert "Was wollen Sie nun ändern?" in _kept(body)
    # the counter-example: an ad's own question to the reader under the label still goes
    ad = _body(
        "Der Kreis will die Busverbindungen ausbauen.",
        "Bis 2029 sollen alle Dörfer einen Stundentakt bekommen.",
        "Anzeige",
        "Wollen Sie beim Strom sparen? Jetzt Tarif vergleichen bei Beispielstrom",
        "Der Kreistag entscheidet im Herbst über das Konzept.",
        _END,
    )
    assert "Wollen Sie beim Strom sparen?" not in _kept(ad)


def test_a_quotation_with_a_sales_word_under_an_ad_label_stays() -> None:
    body = _body(
        "Auf der Landstraße bei Ebersfeld ist ein Lastwagen umgekippt.",
        "Die Fahrbahn war sechs Stunden lang gesperrt.",
        "Anzeige",
        "Ein Feuerwehrsprecher sagte dem Musterblatt: „So etwas haben wir hier noch nie erlebt.“",
        "Verletzt wurde niemand, der Fahrer kam mit dem Schrecken davon.",
        _END,
    )
    assert "So etwas haben wir hier noch nie erlebt" in _kept(body, outlet="Musterblatt")
    ad = _body(
        "Auf der Landstraße bei Ebersfeld ist ein Lastwagen umgekippt.",
        "Die Fahrbahn war sechs Stunden lang gesperrt.",
        "Anzeige",
        "Reifenwechsel jetzt hier buchen: in 20 Minuten fertig",
        "Verletzt wurde niemand, der Fahrer kam mit dem Schrecken davon.",
        _END,
    )
    assert "Reifenwechsel" not in _kept(ad)


# --- question subheadings, pointed sentences, the outlet as a source ------------------------


def test_a_question_subheading_between_kept_prose_comes_back() -> None:
    blocks = split_blocks(
        _body(
            "Die Polizei hat den Fahrer noch am Abend ermittelt.",
            "Wer war der Fahrer?",
            "Nach Angaben der Polizei handelt es sich um einen 31-Jährigen aus dem Ort.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    assert resumed_questions(blocks, shapes, [None, "link-list", None]) == [1]
    # kept already, or with furniture under it, or a teaser with its own phrase: no
    assert resumed_questions(blocks, shapes, [None, "link-list", "promo"]) == []
    teaser = split_blocks(
        _body(
            "Die Polizei hat den Fahrer noch am Abend ermittelt.",
            "Lesen Sie auch: Wer war der Fahrer?",
            "Nach Angaben der Polizei handelt es sich um einen 31-Jährigen aus dem Ort.",
        )
    )
    shapes = [shape(b.text) for b in teaser]
    assert resumed_questions(teaser, shapes, [None, "related", None]) == []


def test_a_pointed_sentence_under_kept_prose_is_protected() -> None:
    lines = [
        "Der Rentner hatte das Los vor sechs Jahren gekauft und dann vergessen.",
        "Die Überraschung: Der Gewinn war noch nicht verfallen!",
        "Der Grund: Die Frist beginnt erst mit der Ziehung.",
        "Star-News: Sängerin zeigt ihr Baby",
        "Die Empfehlung: Abonnieren Sie unseren Newsletter.",
    ]
    blocks = [Block(t, 0, True) for t in lines]
    shapes = [shape(t) for t in lines]
    got = pointed_lines(blocks, shapes, [None] * len(lines))
    assert got == {1, 2}


def test_a_sentence_giving_the_outlet_as_its_source_stays() -> None:
    body = _body(
        "In Ebersfeld ist ein Autofahrer mit 160 durch den Ort gefahren.",
        "Erlaubt sind dort 50 Kilometer pro Stunde.",
        "Nach Informationen des Musterblatts handelt es sich um einen Fahrschüler.",
        "Video: Die schnellsten Blitzer des Jahres (2:10 Min.)",
        _END,
    )
    assert "Nach Informationen des Musterblatts" in _kept(body, outlet="Musterblatt")
    # the counter-example: a short line naming the outlet that reports nothing still goes
    own = _body(
        "In Ebersfeld ist ein Autofahrer mit 160 durch den Ort gefahren.",
        "Erlaubt sind dort 50 Kilometer pro Stunde.",
        "Musterblatt – Ihre Zeitung für Ebersfeld und Umgebung",
        _END,
    )
    assert "Ihre Zeitung für Ebersfeld" not in _kept(own, outlet="Musterblatt")


# --- furniture cues ---------------------------------------------------------------------------


def test_round51_furniture_cues() -> None:
    assert "dateline" in _reasons("11:58 Uhr")
    assert "dateline" in _reasons("+++ 9.05 Uhr +++")
    assert "widget" in _reasons(
        "Der Ticker wird automatisch aktualisiert. Neue Einträge erscheinen oben."
    )
    assert "paywall" in _reasons("Der Rest dieses Textes ist Plus-Lesern vorbehalten.")
    assert "paywall" in _reasons("Bereits Abonnentin? Hier einloggen")
    assert "paywall" in _reasons("Was aus dem Hof wird und wer ihn übernimmt – lesen Sie mit K+.")
    assert "widget" in _reasons("Autorin folgen")
    assert "corrections" in _reasons(
        "Dieser Beitrag wurde am 12.03. um eine Stellungnahme ergänzt."
    )
    assert "corrections" in _reasons(
        "Richtigstellung: In einer früheren Fassung stand ein falsches Datum."
    )
    assert "media" in _reasons("Programmtipp: Die Reportage läuft am Sonntag um 18 Uhr.")
    assert "media" in _reasons("Livestream: Die Meisterfeier ab 20 Uhr")
    assert "related" in _reasons(
        "Alle Baustellen stehen laufend aktualisiert auf unserer Verkehrsseite."
    )
    assert (
        shape(
            "Auch einen Unfall beobachtet? Die Redaktion ist gebührenfrei unter 0800 111 22 33 erreichbar."
        ).cue_score
        >= 2.0
    )
    assert "promo" in _reasons("Fachtag Energie – 3. Mai, Kassel. Frühbucherpreis bis 31. März.")


def test_round51_cues_leave_report_sentences_alone() -> None:
    for text in (
        "Um 11:58 Uhr fiel im ganzen Viertel der Strom aus.",
        "Der Zähler wird automatisch abgelesen.",
        "Die Plätze bleiben Mitgliedern vorbehalten.",
        "Schon Kunde der Bank? Das fragten sich viele.",
        "Dem Autor folgen viele Leser seit Jahren.",
        "Der Gesetzestext wurde im Ausschuss geändert.",
        "Ursprünglich stand hier eine Mühle.",
        "Der Livestream der Sitzung brach nach zehn Minuten ab.",
        "Die Daten stehen im Netz.",
        "Die Dosis hängt vom Gewicht ab – lesen Sie im Beipackzettel nach.",
        "Reiseveranstalter melden weniger Frühbucher als im Vorjahr.",
        "Auch einen Zeugen hat die Polizei befragt.",
    ):
        assert shape(text).cue_score == 0, text
    # an authority's hotline in a report is a weak cue only
    assert (
        shape("Das Bürgertelefon ist rund um die Uhr unter 06031 77480 erreichbar.").cue_score < 2.0
    )


# --- headline, metadata -----------------------------------------------------------------------


def test_a_tabloid_kicker_ending_in_an_exclamation_is_no_headline() -> None:
    assert _kicker("IRRE GESCHICHTE!")
    assert _kicker("HAMMER-TRANSFER!")
    assert not _kicker("Jetzt ist es fix!")
    assert not _kicker("WAS FÜR EIN SPIEL? NEIN!")
    body = _body(
        "MUSTERBLATT",
        "News | Promis | Sport | Ratgeber | Auto | Video",
        "UNGLAUBLICHE WENDE!",
        "Oma findet alten Sparbrief – und ist reich",
        "09.06.2027 - 13:48 Uhr",
        "Rentnerin Erna Beispiel (81) wollte nur den Keller aufräumen.",
        "Dabei fiel ihr ein Sparbrief aus dem Jahr 1987 in die Hände.",
        _END,
    )
    assert clean_body(body).title == "Oma findet alten Sparbrief – und ist reich"


def test_round51_metadata() -> None:
    footer = "Der Text.\n\n© Musterblatt Verlagsgruppe 2027 · Impressum · Datenschutz"
    assert find_outlet(footer) == "Musterblatt"
    assert find_cites("Wie die dpa aus Regierungskreisen erfuhr, soll es klappen.") == ["dpa"]
    assert find_cites("Wie die Polizei aus Ermittlerkreisen erfuhr, soll es klappen.") == []
    # a name never runs over a line break
    assert find_cites("Anzeige\nDie Zeit hatte zuerst darüber berichtet.") == ["Zeit"]
    got = find_published("Zuletzt aktualisiert am 2.6.2027 gegen 14.10\n\nDer Pegel steigt.")
    assert got is not None and got[0].startswith("2027-06-02T14:10")
    # "gegen" before a score is no time
    got = find_published("Stand: 2.6.2027\n\nDer Verein gewann gegen 3:1 den Pokal.")
    assert got is not None and got[0] == "2027-06-02"
