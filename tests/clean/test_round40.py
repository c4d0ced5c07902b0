"""Round 40 (heldout31) rules: two-column tables under the article's own lead-in (also one in
which the outlet speaks of its work, and two rows under a short label), a plain tip under the
"Unser Tipp:" label, and a day part before the time of a date line. All lines are invented
for these tests."""

from __future__ import annotations

from samples import kept_text as _kept

from lagebild.clean.boilerplate import _TIP_LABEL, split_blocks
from lagebild.clean.boilerplate import decide as _decide
from lagebild.clean.dates import find_published


def test_a_table_under_a_lead_in_in_the_outlets_voice_is_kept() -> None:
    body = (
        "Kuchenblog Ostheide\n"
        "Rezepte | Backkurse | Über uns\n"
        "Zum Jahresende laufen für Vereine mehrere Meldefristen bei der Stadtkasse ab.\n"
        "Die Stichtage für den Zuschuss haben wir hier gesammelt:\n"
        "Antrag auf Übungsleiterpauschale | 15.11.2028\n"
        "Nachweis der Mitgliederzahlen | 30.11.2028\n"
        "Verwendungsnachweis Sportstätte | 14.12.2028\n"
        "Wer eine Frist versäumt, bekommt den Zuschuss erst im nächsten Frühjahr ausgezahlt.\n"
        "Die Kasse nimmt die Unterlagen auch per Post entgegen.\n"
        "© 2028 Kuchenblog Ostheide · Impressum\n"
    )
    kept = _kept(body)
    assert "Antrag auf Übungsleiterpauschale | 15.11.2028" in kept
    assert "Nachweis der Mitgliederzahlen | 30.11.2028" in kept
    assert "Verwendungsnachweis Sportstätte | 14.12.2028" in kept
    assert "Rezepte | Backkurse" not in kept


def test_ratings_in_a_table_of_our_own_test_are_kept() -> None:
    body = (
        "Der Dönerstand am Marktplatz hat seit März einen neuen Besitzer.\n"
        "Das Fleisch kommt jetzt von einem Metzger aus dem Nachbardorf.\n"
        "Wir haben probiert und verglichen:\n"
        "Brot | 3 von 5\n"
        "Fleisch | 4 von 5\n"
        "Salat | 4 von 5\n"
        "Der Stand öffnet täglich ab elf Uhr, sonntags bleibt er geschlossen.\n"
        "Die Schlange war am Mittag allerdings lang.\n"
    )
    kept = _kept(body)
    assert "Brot | 3 von 5" in kept
    assert "Salat | 4 von 5" in kept


def test_two_rows_under_a_short_label_inside_prose_are_kept() -> None:
    body = (
        "Gemeindebote Hollerbach\n"
        "Start › Rathaus › Bürgerbüro\n"
        "Das Bürgerbüro in Hollerbach ändert ab Mai seine Sprechzeiten.\n"
        "Die neuen Sprechzeiten:\n"
        "Montag bis Donnerstag | 8 bis 12 Uhr\n"
        "Freitag | 8 bis 11 Uhr\n"
        "Termine können weiterhin auch telefonisch vereinbart werden.\n"
        "Die Verwaltung bittet um Verständnis für die kürzeren Zeiten am Freitag.\n"
    )
    kept = _kept(body)
    assert "Montag bis Donnerstag | 8 bis 12 Uhr" in kept
    assert "Freitag | 8 bis 11 Uhr" in kept
    assert "Start › Rathaus" not in kept


def test_two_dated_rows_without_prose_right_under_them_stay_furniture() -> None:
    # counter-example: the rows close the text (no prose goes on under them)
    body = (
        "Das Bürgerbüro in Hollerbach ändert ab Mai seine Sprechzeiten am Vormittag.\n"
        "Termine können weiterhin auch telefonisch vereinbart werden, hieß es im Rathaus.\n"
        "Weitere Meldungen:\n"
        "Politik | 12.03.2028\n"
        "Lokales | 11.03.2028\n"
        "© 2028 Gemeindebote Hollerbach\n"
    )
    kept = _kept(body)
    assert "Politik | 12.03.2028" not in kept
    assert "Lokales | 11.03.2028" not in kept


def test_outlet_voice_lead_in_with_a_call_to_the_reader_opens_no_table() -> None:
    # counter-example: the lead-in talks to the reader ("Sie"), so it is no lead-in of ours
    body = (
        "Die Gemeinde saniert im Sommer das Freibad an der Lindenallee von Grund auf.\n"
        "Die Arbeiten sollen bis Ende August abgeschlossen sein, sagte der Bürgermeister.\n"
        "Unsere Angebote für Sie im Überblick:\n"
        "Probeabo | 4 Wochen | 9,90 €\n"
        "Digitalabo | 12 Monate | 99 €\n"
        "Die Stadt rechnet mit Kosten von rund 2,4 Millionen Euro für die Sanierung.\n"
    )
    kept = _kept(body)
    assert "Probeabo | 4 Wochen" not in kept


def _tips(body: str) -> set[int]:
    # the lines the rules turned back to the article (tip_lines runs on the rules' decisions)
    d = _decide(body)
    assert d is not None
    return {i for i in d.turns if d.blocks[i].text.startswith(("Unser Tipp", "Mein Tipp"))}


def test_a_plain_tip_after_the_prose_is_kept() -> None:
    body = (
        "Am Samstag öffnete der Flohmarkt auf dem Schulhof zum ersten Mal in diesem Jahr.\n"
        "Mehr als achtzig Stände boten Spielzeug, Bücher und Kleidung an.\n"
        "Unser Tipp: Früh da sein, denn die besten Stücke sind schnell weg.\n"
        "Folgt uns auf Instagram: @flohmarktblog\n"
    )
    assert "Unser Tipp: Früh da sein" in _kept(body)
    blocks = split_blocks(body)
    assert [blocks[i].text[:10] for i in _tips(body)] == ["Unser Tipp"]


def test_a_tip_that_sells_stays_furniture() -> None:
    # counter-examples: price, footnote star, teaser dash, outlet voice, promotion word
    for line in (
        "Unser Tipp: Die Thermoskanne „Heißhalt 2“ gibt es ab 24,90 € im Fachhandel.",
        "Unser Tipp: Die Campingliege Stella im Vergleichstest bei Gartenwelt*.",
        "Unser Tipp: Unsere Ratgeber-Serie zum Gärtnern lesen Sie im Magazin.",
        "Mein Tipp: Grillzangen im großen Test – die Sieger im Überblick.",
        "Unser Tipp: Jetzt den Newsletter bestellen und nichts mehr verpassen.",
    ):
        body = (
            "Am Samstag öffnete der Flohmarkt auf dem Schulhof zum ersten Mal in diesem Jahr.\n"
            "Mehr als achtzig Stände boten Spielzeug, Bücher und Kleidung an.\n"
            f"{line}\n"
            "© 2028 Flohmarktblog · Impressum\n"
        )
        assert not _tips(body), line


def test_the_tip_label() -> None:
    assert _TIP_LABEL.match("Unser Tipp: Kommt früh.")
    assert _TIP_LABEL.match("Mein Tipp:  Den Schirm einpacken.")
    assert not _TIP_LABEL.match("Tipps für den Urlaub: Was Reisende wissen müssen")
    assert not _TIP_LABEL.match("Unser Tippspiel zur EM startet am Freitag.")


def test_a_day_part_before_the_time_of_a_date_line() -> None:
    assert find_published("Do 8. Juli 2027, nachmittags um 3.15 | Kreis | Lesedauer: kurz") == (
        "2027-07-08T15:15",
        "minute",
    )
    assert find_published("Montag, 12. April 2027, morgens um 6.30 · Verkehr") == (
        "2027-04-12T06:30",
        "minute",
    )
    assert find_published("14.02.2027, abends um 8 Uhr") == ("2027-02-14T20:00", "minute")


def test_a_day_part_in_a_sentence_gives_no_date() -> None:
    # counter-example: a date inside running prose stays no publication date
    assert find_published("Am 8. Juli 2027 nachmittags um drei begann das Fest am Hafen.") is None
    assert find_published("Das Fest begann am 8. Juli 2027 abends um 19 Uhr am Hafen.") is None


def test_a_client_letters_title_in_its_copyright_line_is_the_outlet() -> None:
    from lagebild.clean.outlets import find_outlet

    text = (
        "Kanzleibrief Ostermann – Mandanteninformationen der Kanzlei Ostermann & Partner\n"
        "Kanzlei | Team | Aktuelles | Kontakt\n"
        "Neue Regeln für die Abschreibung von Laptops\n"
        "Seit Januar dürfen Unternehmer Computer sofort vollständig abschreiben.\n"
        "© 2028 Ostermann & Partner Steuerberatungsgesellschaft mbH · Kanzleibrief Ostermann"
        " · Impressum\n"
    )
    assert find_outlet(text) == "Kanzleibrief Ostermann"


def test_a_company_copyright_without_the_mastheads_title_stays_the_company() -> None:
    # counter-example: the copyright line names only the company
    from lagebild.clean.outlets import find_outlet

    text = (
        "Kanzleibrief Ostermann – Mandanteninformationen der Kanzlei Ostermann & Partner\n"
        "Neue Regeln für die Abschreibung von Laptops\n"
        "Seit Januar dürfen Unternehmer Computer sofort vollständig abschreiben.\n"
        "© 2028 Ostermann Verlagsgesellschaft mbH · Impressum · Datenschutz\n"
    )
    assert find_outlet(text) != "Kanzleibrief Ostermann"


def test_a_one_word_masthead_that_is_a_german_word() -> None:
    from lagebild.clean.outlets import find_outlet

    text = (
        "Leuchtfeuer – Nachrichten von der Küste und aus den Häfen\n"
        "Häfen | Fischerei | Fähren\n"
        "Neue Fährverbindung nach Amrum\n"
        "Ab Mai fährt eine zusätzliche Fähre am Nachmittag.\n"
        "Leuchtfeuer wird herausgegeben von Leuchtfeuer Medien, Husum.\n"
    )
    assert find_outlet(text) == "Leuchtfeuer"


def test_a_german_word_in_a_menu_row_is_no_masthead() -> None:
    # counter-example: a menu's first item under no sign-off of its own
    from lagebild.clean.outlets import _heads_page

    assert not _heads_page("Schwachstellen", ["Schwachstellen | Cloud | Datenschutz | Podcast"])
    assert _heads_page("Leuchtfeuer", ["Leuchtfeuer – Nachrichten von der Küste"])


def _round40(text: str) -> list[str]:
    from lagebild.clean.lexicon import _ROUND40

    return [c.reason for c in _ROUND40 if c.pattern.search(text)]


def test_round40_cues_match_furniture() -> None:
    for line, reason in (
        ("Diese Seite setzt nur technisch nötige Cookies ein. Alles klar", "cookie"),
        ("Karten und Videos brauchen Cookies von Drittanbietern. Einstellungen anpassen", "cookie"),
        ("Kommentare zu diesem Artikel sind geschlossen.", "comments"),
        ("Die Diskussion unter diesem Beitrag ist beendet.", "comments"),
        ("Stellenausschreibung: Erzieherin (m/w/d) gesucht, Bewerbung bis 1.4.", "job"),
        ("Newsletter „Hafenpost“: jeden Montag die Woche im Hafen per Mail.", "newsletter"),
        ("Rückruf gewünscht? Schreiben Sie uns über das Formular.", "contact"),
        ("Gefällt dir der Blog? Spendier mir einen Kaffee!", "promo"),
        ("Alle Rezepte auf Ko-fi unterstützen", "promo"),
        ("Die Wetter-App: Regenradar für die Region – jetzt kostenlos laden", "promo"),
        ("Partnerhinweis: Für Käufe über markierte Links erhalten wir Geld.", "disclaimer"),
        ("Mit Sternchen versehene Links sind Werbelinks.", "disclaimer"),
    ):
        assert reason in _round40(line), line


def test_round40_cues_spare_news_prose() -> None:
    for line in (
        "Die Datenschutzbehörde prüft, ob der Händler Cookies ohne Einwilligung setzte.",
        "Cookies von Drittanbietern will der Browserhersteller ab 2028 blockieren.",
        "Die Diskussion im Gemeinderat wurde nach zwei Stunden beendet.",
        "Das Stellenangebot der Stadt lockte mehr als hundert Bewerber an.",
        "Der Newsletter der Behörde erscheint seit Jahren per Mail an die Gemeinden.",
        "Ein Termin war nicht gewünscht, sagte der Sprecher.",
        "Nach dem Spiel tranken die Spieler einen Kaffee im Vereinsheim.",
        "An der neuen Säule am Rathaus können E-Autos jetzt laden, sagte die Stadt.",
        "Der Hinweis eines Passanten führte die Polizei zum Täter.",
    ):
        assert not _round40(line), line


def test_a_sponsored_post_label_opens_an_ad() -> None:
    from lagebild.clean.boilerplate import _AD_PREFIX, _BARE_AD_LABEL

    assert _AD_PREFIX.match("Gesponserter Beitrag: Der neue Grill von X macht alles besser")
    assert _BARE_AD_LABEL.match("Gesponserter Beitrag")
    assert not _AD_PREFIX.match("Gesponserte Beiträge in sozialen Netzwerken nehmen zu.")


def test_cites_after_a_report_of_and_in_the_perfect() -> None:
    from lagebild.clean.cites import find_cites

    assert find_cites("Nach einer Meldung der dpa war die Straße schon am Morgen gesperrt.") == [
        "dpa"
    ]
    assert find_cites("Nach Meldungen des NDR sind drei Boote gekentert.") == ["NDR"]
    assert find_cites("Auch der Spiegel hatte im Frühjahr über den Streit berichtet.") == [
        "Spiegel"
    ]
    assert find_cites("Zuvor hatte der Kurier über die Pläne der Stadt geschrieben.") == ["Kurier"]


def test_no_cite_from_a_report_or_the_perfect_of_no_medium() -> None:
    # counter-examples: the subject or the source is no medium
    from lagebild.clean.cites import find_cites

    assert find_cites("Auch der Verein hatte über den Fall geschrieben.") == []
    assert find_cites("Nach einer Meldung der Nachbarn rückte die Feuerwehr aus.") == []
    assert find_cites("Auch der Bürgermeister hat darüber schon berichtet.") == []
