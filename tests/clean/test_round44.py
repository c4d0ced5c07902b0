"""Round 44 (heldout35) rules: the outlet's name inside a longer word is no mention of it, short
closing advice in the imperative and the outlet's labelled assessment are article text, the line
under an "article goes on below the ad" note is the ad, bracketed ad labels, forum, shop and
paywall widgets, user handles beside a date, two cite shapes, and a publication named after its
publisher in the copyright line. All lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import names_outlet, shape, split_blocks
from lagebild.clean.boilerplate import (
    _AD_PREFIX,
    _THANKS_TO_OTHERS,
    _VERDICT,
    _advice,
    _short_advice,
    clean_body,
    closing_advice,
)
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import _confirmed_masthead, _titled_copyright, find_outlet


def test_the_outlets_name_inside_a_longer_word_is_no_mention() -> None:
    assert not names_outlet("kabelwerk", "die kabelwerke der region liefern weniger.")
    assert not names_outlet("kabelwerk", "ein neues kabelwerkzeug im test")
    assert not names_outlet("kabelwerk", "starkabelwerk ist ein anderer name")


def test_mentions_of_the_outlet_counter_examples() -> None:
    assert names_outlet("kabelwerk", "© 2027 kabelwerk.de · impressum")
    assert names_outlet("kabelwerk", "kabelwerk-award für den besten kühler")
    assert names_outlet("kabelwerk", "die leser des kabelwerks")  # genitive
    assert names_outlet("talheimer bote", "sagte sie dem talheimer boten.")  # inflected phrase


def test_a_sentence_with_the_outlets_name_in_a_longer_word_stays() -> None:
    body = (
        "Kabelwerk – Forum für Netzwerktechnik\n\n"
        "Ein Hersteller hat neue Router für Glasfaseranschlüsse angekündigt.\n\n"
        "Sie sollen im Herbst in den Handel kommen und deutlich weniger Strom brauchen.\n\n"
        "Preise nannte das Unternehmen bislang nicht.\n\n"
        "Vorgänger-Kabelwerke wurden damals ähnlich angekündigt und kamen spät.\n\n"
        "© 2027 Kabelwerk · Impressum · Datenschutz\n"
    )
    kept = clean_body(body, outlet="Kabelwerk").text
    assert "Vorgänger-Kabelwerke wurden damals" in kept


def test_the_outlets_labelled_assessment_is_a_verdict() -> None:
    assert _VERDICT.match("Unsere Einschätzung: Solche Gerüchte trafen bisher meist zu.")
    assert _VERDICT.match("Meine Einordnung: Der Schritt kommt spät, aber er kommt.")
    assert not _VERDICT.match("Einschätzung der Behörde: Die Lage bleibt angespannt.")
    assert not _VERDICT.match("Unsere Einschätzungen lesen Sie im Newsletter")


def test_short_closing_advice_in_the_imperative() -> None:
    text = "Lüften Sie den Keller im Sommer nur nachts."
    assert _short_advice(shape(text), text)
    assert _advice(shape(text), text)


def test_short_calls_to_act_on_the_outlet_are_no_advice() -> None:
    for text in (
        "Abonnieren Sie „Hafenfunk“, damit Sie nichts verpassen.",
        "Folgen Sie unserem Kanal für mehr Tipps.",
        "Teilen Sie den Beitrag mit Ihren Nachbarn.",
    ):
        assert not _short_advice(shape(text), text), text
    text = "Lüften Sie."  # too short to tell
    assert not _short_advice(shape(text), text)


def _closing(lines: list[str]) -> set[str]:
    blocks = split_blocks("\n\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    reason[-1] = "paywall"
    return {blocks[i].text for i in closing_advice(blocks, shapes, reason)}


def test_short_closing_advice_after_the_article_is_protected() -> None:
    prose = [
        "Nach den Unwettern der vergangenen Woche melden viele Mieter feuchte Keller.",
        "Zuständig für die Trocknung ist in der Regel der Vermieter, sagt der Mieterverein.",
    ]
    last = "Informieren Sie die Hausverwaltung schriftlich."
    assert last in _closing([*prose, last, "Alle Musterbriefe als PDF im Mitgliederbereich"])
    call = "Abonnieren Sie unseren Kanal „Mietfragen“ gleich."
    assert not _closing([*prose, call, "Alle Musterbriefe als PDF im Mitgliederbereich"])


def test_thanks_to_others_closing_a_report_stay() -> None:
    body = (
        "Aktionsbündnis Flussufer · Mitmachen\n\n"
        "Start | Aktionen | Verein | Spenden\n\n"
        "Müllsammelaktion am Flussufer\n\n"
        "vor 3 Tagen · Aktionen\n\n"
        "Rund achtzig Freiwillige haben am Samstag das Ufer zwischen den beiden Brücken "
        "gereinigt.\n\n"
        "Am Ende kamen mehr als vierzig Säcke Abfall zusammen, darunter zwei alte Fahrräder.\n\n"
        "Besonders viel lag unter der Eisenbahnbrücke, wo sich Treibgut im Schilf sammelt.\n\n"
        "Nehmen Sie beim Spaziergang ruhig eine Tüte mit.\n\n"
        "Ein großes Dankeschön an alle, die angepackt haben!\n\n"
        "Umfrage: Machen Sie nächstes Jahr mit? ○ Ja ○ Nein · Ergebnis anzeigen\n\n"
        "Weitere Aktionen: Baumpflanzung · Nistkästen · Bachpaten\n\n"
        "Impressum · Datenschutz · Aktionsbündnis Flussufer e.V.\n"
    )
    kept = clean_body(body).text
    assert "Nehmen Sie beim Spaziergang ruhig eine Tüte mit." in kept  # short closing advice
    assert "Ein großes Dankeschön an alle, die angepackt haben!" in kept
    assert "Ergebnis anzeigen" not in kept


def test_thanks_to_the_reader_or_for_the_page_are_no_report() -> None:
    assert _THANKS_TO_OTHERS.match("Danke an alle Helferinnen und Helfer!")
    assert not _THANKS_TO_OTHERS.match("Danke an alle Leserinnen und Leser!")
    assert not _THANKS_TO_OTHERS.match("Vielen Dank an unsere Partner!")
    assert not _THANKS_TO_OTHERS.match("Danke fürs Lesen!")
    assert not _THANKS_TO_OTHERS.match("Danke an Sie alle!")


def test_the_line_under_an_ad_note_is_the_ad() -> None:
    body = (
        "Der Wochenmarkt zieht im Winter in die Markthalle um.\n\n"
        "Die Händler hatten sich das seit Jahren gewünscht, sagte die Marktleiterin.\n\n"
        "Der Text geht unter der Anzeige weiter\n\n"
        "Autohaus Lindner – Winterreifen montiert ab 49 Euro, nur bis Dezember\n\n"
        "Geöffnet ist die Halle dienstags und freitags von sieben bis dreizehn Uhr.\n\n"
        "Auch ein Café soll dort einziehen, wenn sich ein Pächter findet.\n"
    )
    res = clean_body(body)
    assert "Autohaus Lindner" not in res.text
    assert "Geöffnet ist die Halle dienstags" in res.text


def test_a_report_under_an_ad_note_stays() -> None:
    body = (
        "Der Wochenmarkt zieht im Winter in die Markthalle um.\n\n"
        "Die Händler hatten sich das seit Jahren gewünscht, sagte die Marktleiterin.\n\n"
        "Der Text geht unter der Anzeige weiter\n\n"
        "Geöffnet ist die Halle dienstags und freitags von sieben bis dreizehn Uhr.\n\n"
        "Auch ein Café soll dort einziehen, wenn sich ein Pächter findet.\n"
    )
    assert "Geöffnet ist die Halle dienstags" in clean_body(body).text


def test_a_bracketed_ad_label_opens_an_ad() -> None:
    assert _AD_PREFIX.match("[Anzeige] Laptops für Studierende bei Technikhaus Möller")
    assert _AD_PREFIX.match("(Werbung) Ferienwohnungen an der Schlei – jetzt buchen")
    assert not _AD_PREFIX.match("[Anzeigenblatt] berichtet über den Markt")
    assert not _AD_PREFIX.match("Anzeigen gegen den Händler liegen der Polizei vor.")


def _round44(text: str) -> list[str]:
    from lagebild.clean.lexicon import _ROUND44

    return [c.reason for c in _ROUND44 if c.pattern.search(text)]


def test_round44_cues_match_furniture() -> None:
    for line, reason in (
        ("Du liest 2 von 4 kostenlosen Texten dieses Monats.", "paywall"),
        ("Abonnenten lesen unbegrenzt und ohne Werbung.", "paywall"),
        ("Preiswecker stellen: Wir melden uns, sobald das Gerät günstiger wird.", "widget"),
        ("Hilfreichste Antwort (24 Daumen): „Bei mir lief es mit dem alten Treiber.“", "comments"),
        ("Top-Kommentar: Endlich mal ein fairer Test.", "comments"),
        ("Jetzt bestellen*: Lüfter Typ B ab 12,90 € bei zwei Händlern", "promo"),
        ("Tastatur Nordlicht ab 59,00 € bei vier Shops", "promo"),
        ("War dieser Ratgeber hilfreich? Ja · Nein", "widget"),
        ("Ist diese Seite nützlich? 👍 40 👎 2", "widget"),
        ("Artikel bearbeiten: Vorschläge prüft das Team.", "corrections"),
        ("Änderungsvorschläge werden vom Team geprüft.", "corrections"),
        ("Forenregeln: Bleibt sachlich, keine Beleidigungen.", "comments"),
        ("Update 9:30: Korrigiert wurde der Name des Ortsteils.", "corrections"),
        ("Nachtrag: Ergänzt um die Öffnungszeiten der Beratungsstelle.", "corrections"),
        ("Spätere Änderungen an diesem Beitrag vermerken wir hier.", "corrections"),
        ("Hinweis: Wir geben hier nur allgemeine Informationen.", "disclaimer"),
        ("Dieser Ratgeber ersetzt keine persönliche Beratung.", "disclaimer"),
        ("Folge 12: Mit der Gründerin eines Mühlenladens – jetzt hören", "promo"),
        ("Ihr Nistkasten fehlt in der Karte? Nachmelden über das Online-Formular", "comments"),
    ):
        assert reason in _round44(line), line


def test_round44_cues_spare_news_prose() -> None:
    for line in (
        "Nur 3 von 10 freien Stellen in der Pflege wurden besetzt.",
        "Der Preis für Heizöl stieg im Oktober erneut.",
        "Die beste Antwort auf die Krise sei Geduld, sagte der Minister.",
        "Die Händler wollen Kunden künftig online kaufen lassen.",
        "War der Einsatz nötig? Das prüft nun die Staatsanwaltschaft.",
        "Die Stadt will das Programm verbessern, kündigte der Bürgermeister an.",
        "Die Regeln im Gemeinderat sollen geändert werden.",
        "Update für die Bahnstrecke: Die Sperrung endet am Freitag.",
        "Update 9:30: Die Straße ist wieder frei.",
        "Das Ministerium veröffentlichte allgemeine Informationen, aber keine Zahlen.",
        "Der Film kam gut an – jetzt sehen ihn auch Schulklassen.",
        "Anträge gibt es im Bürgeramt oder über das Online-Formular.",
    ):
        assert not _round44(line), line


def test_a_user_handle_beside_the_date() -> None:
    got = find_published("Gepostet von mod_lena am 14.03.2027 um 10:05 · 12 Antworten\n\nText.\n")
    assert got == ("2027-03-14T10:05", "minute")
    got = find_published("von schraubfix · 02.02.2027, 08:15 Uhr\n\nText.\n")
    assert got == ("2027-02-02T08:15", "minute")


def test_a_date_in_a_sentence_stays_no_date_line() -> None:
    assert find_published("Die Halle wurde von oben am 06.05.2027 um 21:47 geräumt\n") is None


def test_cites_over_a_longer_topic_and_in_the_plural() -> None:
    text = (
        "Solche Regeln gibt es auch anderswo, wie die Frankfurter Rundschau in einer Recherche "
        "zu Radwegen in Hessen beschrieb.\n"
        "Im Deutschlandfunk warnten Fachleute vor zu hohen Erwartungen.\n"
    )
    got = {c.lower() for c in find_cites(text)}
    assert {"frankfurter rundschau", "deutschlandfunk"} <= got


def test_no_cite_from_a_place_or_a_description_of_no_medium() -> None:
    text = (
        "Im Rathaus warnten Anwohner vor mehr Verkehr.\n"
        "Wie die Stadt in einer Mitteilung zu den Baustellen beschrieb, dauert es länger.\n"
    )
    assert find_cites(text) == []


def test_a_media_site_offering_more_at_a_sentences_end() -> None:
    assert find_cites("Einen Überblick über alle Sperrungen bietet verkehr24.de.\n") == [
        "verkehr24.de"
    ]
    assert find_cites("Hintergründe liefert heise online.\n") == ["heise online"]


def test_offering_something_is_no_cite() -> None:
    assert find_cites("Die Stadt bietet kostenlose Kurse an.\n") == []
    assert find_cites("Der Verein bietet online Beratung an.\n") == []
    assert find_cites("Die Volkshochschule liefert die Unterlagen per Post.\n") == []


def test_a_publication_named_after_its_publisher_in_the_copyright_line() -> None:
    lines = [
        "Wabenblatt · Das Portal des Imkervereins Talheim",
        "Text",
        "© Imkerverein Talheim e.V. – Wabenblatt",
    ]
    assert _titled_copyright("Imkerverein Talheim", lines) == "Wabenblatt"
    lines[-1] = "© Imkerverein Talheim e.V. · Wabenblatt erscheint viermal im Jahr gedruckt"
    assert _titled_copyright("Imkerverein Talheim", lines) == "Wabenblatt"


def test_a_publisher_copyright_without_the_mastheads_title_stays_the_publisher() -> None:
    lines = [
        "Wabenblatt · Das Portal des Imkervereins Talheim",
        "Text",
        "© Imkerverein Talheim e.V. · Impressum · Datenschutz",
    ]
    assert _titled_copyright("Imkerverein Talheim", lines) is None


def test_a_footer_that_says_what_the_masthead_is() -> None:
    lines = [
        "Wabenblatt · Das Portal des Imkervereins Talheim",
        "Ein Satz des Artikels steht hier.",
        "Impressum · Kontakt · Wabenblatt ist das Portal des Imkervereins Talheim e.V.",
    ]
    assert _confirmed_masthead(lines) == "Wabenblatt"
    lines[-1] = "Impressum · Kontakt · Datenschutz"
    assert _confirmed_masthead(lines) is None


def test_a_role_in_place_of_the_sites_name_is_no_outlet() -> None:
    text = (
        "So wechselst du die Wärmeleitpaste\n\n"
        "Zuerst baust du den Kühler vorsichtig aus und reinigst beide Flächen.\n\n"
        "© Seitenbetreiber · Impressum · Datenschutz\n"
    )
    assert find_outlet(text) != "Seitenbetreiber"
