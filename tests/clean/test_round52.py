"""Round 52 (heldout43: a content farm, an AI-news blog, a news portal, an advice farm) rules.

Article text first: a report naming a medium by its domain as its source ("Laut x.de ...") is
no link; a line crediting another medium by name as the first place of the text is a cite,
not the page's credit; a compound noun ending in "-datum" inside a sentence is no date label;
numbered steps in sentences keep a step naming an app; a summary heading over sentence bullets
and a subheading the outlet's template repeats between paragraphs are the article's own. Then
furniture: an FAQ box of one-line questions and answers under the article, the cue families of
_ROUND52, a page title framed with the site's name, and a weekday between a date and its time.
All lines are invented for these tests."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import shape
from lagebild.clean.boilerplate import _site_framed, clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published, is_date_line
from lagebild.clean.outlet_stats import OutletLineStats

_HEAD = (
    "Gemeinderat Talheim beschließt neues Parkkonzept für die Altstadt\n\n"
    "Die Gemeinde Talheim ordnet das Parken in der Altstadt neu.\n\n"
    "Ab dem Sommer sollen Anwohner eigene Zonen bekommen, sagte der Bürgermeister.\n\n"
    "Die Kosten für die Schilder liegen bei rund 40.000 Euro.\n\n"
)
_TAIL = "© 2027 Talheimer Netz | Impressum | Datenschutz\n"


# -- a medium's domain named as the source ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Laut kreisblatt.de wollen die Stadtwerke ihre Tarife im Herbst anheben.",
        "Wie nordwelle.de berichtet, wurde die Sitzung am Abend unterbrochen.",
        "Dem Portal gleisnews.com zufolge fehlen der Bahn rund 300 Fahrzeuge.",
        "Bisher gibt es nach Angaben der Firma keine Schäden, meldet fernmelder.de.",
    ],
)
def test_a_domain_named_as_the_source_is_no_link(line: str) -> None:
    assert not shape(line).linkish


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema auf kreisblatt.de",
        "Alle Infos unter www.kreisblatt.de/parken",
        "Hinweise bitte an redaktion@kreisblatt.de",
    ],
)
def test_a_domain_as_a_pointer_stays_a_link(line: str) -> None:
    assert shape(line).linkish


def test_the_last_sentence_naming_a_domain_as_source_stays() -> None:
    line = "Laut kreisblatt.de rechnet die Gemeinde mit Einnahmen von 90.000 Euro im Jahr."
    kept = clean_body(_HEAD + line + "\n\n" + _TAIL).text
    assert line in kept
    assert "Impressum" not in kept


# -- the first place of the text: another medium by name, or the outlet's own edition -------
def test_first_appeared_in_another_named_medium_is_no_credit() -> None:
    assert "credit" not in shape("Der Text erschien zuerst in der Weserwelle-Zeitung.").reasons
    assert "credit" not in shape("Dieser Beitrag erschien zuerst beim Talboten.").reasons


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Text erschien zuerst in unserer Printausgabe vom Samstag.",
        "Dieser Artikel erschien zuerst in der gedruckten Wochenendausgabe.",
        "Die Reportage stand zuerst in Heft Nr. 7 (Sommer 2027).",
        "Dieser Text erschien zuerst in der Printausgabe.",
    ],
)
def test_first_appeared_in_the_outlets_own_edition_stays_a_credit(line: str) -> None:
    assert "credit" in shape(line).reasons


# -- a date inside a sentence ----------------------------------------------------------------
def test_a_compound_ending_in_datum_inside_a_sentence_is_no_date_line() -> None:
    assert not is_date_line("Betroffen ist das Verbrauchsdatum 03.09.2028 mit der Charge K88.")
    assert not is_date_line("Gemeint ist das Ablaufdatum 12.01.2029 auf dem Deckel.")


@pytest.mark.parametrize(
    "line",
    ["Artikel vom 12.03.2027", "Erscheinungsdatum: 12.03.2027", "Datum: 04.05.2027, 10:00 Uhr"],
)
def test_a_date_label_still_makes_a_date_line(line: str) -> None:
    assert is_date_line(line)


# -- numbered steps ----------------------------------------------------------------------------
def test_a_numbered_step_naming_an_app_stays_with_its_siblings() -> None:
    body = (
        _HEAD + "So gehen Sie vor:\n\n"
        "1. Starten Sie die Zähler-App und installieren Sie das neueste Update.\n\n"
        "2. Melden Sie sich danach mit Ihrer Kundennummer an.\n\n"
        "3. Geben Sie den Zählerstand bis Monatsende ein.\n\n"
        "Die Stadtwerke wollen die Frist nicht verlängern.\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "1. Starten Sie die Zähler-App" in kept
    assert "3. Geben Sie den Zählerstand" in kept


def test_a_numbered_list_of_link_titles_takes_no_step_margin() -> None:
    body = (
        _HEAD + "Unsere Apps:\n\n"
        "1. Kreisblatt-App: Jetzt im App Store herunterladen\n\n"
        "2. Wetter-App\n\n"
        "3. Rätsel-App\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "App Store herunterladen" not in kept


# -- summary heading -------------------------------------------------------------------------
def test_a_summary_heading_over_sentence_bullets_stays() -> None:
    body = (
        "Neue Regeln für Balkonkraftwerke\n\n"
        "Das Wichtigste in Kürze:\n\n"
        "- Die Anmeldung beim Netzbetreiber entfällt.\n\n"
        "- Die Grenze steigt auf 800 Watt.\n\n"
        "- Ein Zählertausch ist nicht mehr nötig.\n\n"
        "Der Bundestag hat die Änderungen am Donnerstag beschlossen, sagte eine Sprecherin.\n\n"
        "Sie gelten ab dem kommenden Monat für alle neuen Anlagen.\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "Das Wichtigste in Kürze:" in kept
    assert "- Die Grenze steigt auf 800 Watt." in kept


def test_a_fact_box_heading_over_key_value_lines_still_goes() -> None:
    body = (
        _HEAD + "Auf einen Blick\n\n"
        "Fahrzeug: Drehleiter, 30 Meter\n\n"
        "Kosten: rund 800.000 Euro\n\n"
        "Die Feuerwehr erwartet das Fahrzeug im Frühjahr, sagte der Kommandant.\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "Auf einen Blick" not in kept
    assert "Kosten: rund 800.000 Euro" not in kept


# -- a template subheading the outlet repeats --------------------------------------------------
_TOWNS = ("Talheim", "Birkenau", "Osterwald", "Lindenhof", "Marienfeld", "Kappelrode")
_TOPICS = ("Haushalt", "Radwege", "Schulen", "Kliniken", "Busse", "Bäder")


def _blog_article(k: int) -> str:
    town, topic = _TOWNS[k], _TOPICS[k]
    return (
        f"{town} streitet über {topic}\n\n"
        f"Der Rat in {town} hat am Abend lange über {topic} beraten.\n\n"
        f"Die Fraktionen in {town} stritten über die {topic}, sagte ein Sprecher.\n\n"
        "Fazit\n\n"
        f"Eine Einigung zu {topic} wird in {town} erst im nächsten Monat erwartet.\n\n"
        "Anzeige\n\n"
        "Jetzt Sparbuch eröffnen und Prämie sichern!\n\n" + _TAIL
    )


def test_a_repeated_subheading_between_paragraphs_stays_with_outlet_stats() -> None:
    stats = OutletLineStats(min_outlet_articles=4, min_articles=3)
    bodies = [_blog_article(k) for k in range(6)]
    for b in bodies:
        stats.update("Kreisblog", b)
    res = clean_body(bodies[0], outlet="Kreisblog", outlet_stats=stats)
    assert "\nFazit\n" in res.text
    assert "Anzeige" not in res.text
    assert "Impressum" not in res.text


# -- an FAQ box appended under the article ---------------------------------------------------
def test_an_faq_box_under_the_article_goes() -> None:
    body = (
        _HEAD + "Häufig gefragt\n\n"
        "Gilt das auch für Lieferdienste? – Ja, mit eigenen Ladezonen.\n\n"
        "Was kostet der Ausweis? – 30 Euro im Jahr.\n\n"
        "KI-generierter Text – von der Redaktion geprüft.\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "Häufig gefragt" not in kept
    assert "Lieferdienste" not in kept
    assert "Die Kosten für die Schilder" in kept


def test_questions_and_answers_inside_the_article_stay() -> None:
    body = (
        _HEAD + "Gilt das auch für Lieferdienste? – Ja, sagte der Bürgermeister.\n\n"
        "Was kostet der Ausweis? – 30 Euro im Jahr, so die Verwaltung.\n\n"
        "Der Gemeinderat stimmte dem Konzept mit großer Mehrheit zu, hieß es.\n\n" + _TAIL
    )
    kept = clean_body(body).text
    assert "Lieferdienste? – Ja" in kept
    assert "Was kostet der Ausweis?" in kept


# -- cue families ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "📰 Meistgelesen: Bäckerei schließt nach 90 Jahren",
        "Die meistgelesenen Artikel",
        "Video (2:05): Luftbilder vom Hochwasser",
        "🎞 Fotostrecke: 18 Bilder vom Stadtfest",
        "Ihr Wochenhoroskop: Waage – Ein Brief bringt gute Nachrichten.",
        "Dein Postfach: 5 ungelesene Mails – jetzt anmelden",
        "Wett-Quote 2,75 auf einen Auswärtssieg – nur für Volljährige",
        "KI-erstellter Beitrag – redaktionell geprüft, ohne Gewähr.",
        "Hinweis: Teile dieses Beitrags stammen von einem Sprachmodell.",
        "Entstanden aus Pressetexten per Übersetzungssoftware, danach gegengelesen.",
        "Dieser Beitrag wird im Rahmen einer Contentpartnerschaft angezeigt.",
        "Für den Inhalt ist allein der Anbieter verantwortlich.",
        "Wir speichern Daten für Statistik und Werbung. [Zustimmen] [Einstellungen]",
        "Letzte Änderung: gestern Abend",
    ],
)
def test_round52_furniture_lines_carry_a_strong_cue(line: str) -> None:
    assert shape(line).cue_score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        "Das Video zeigt, wie das Wasser die Straße überflutete.",
        "Ihr Anwalt sagte, sie werde gegen das Urteil klagen.",
        "Die Spielsucht nimmt nach Angaben der Fachstelle zu.",
        "Die Daten stammen von einem Sprachmodell der Universität, sagte der Forscher.",
        "Der Partner verantwortet den Betrieb der Anlage seit 2019.",
        "Die Änderung gilt ab heute für alle Kunden, teilte die Bahn mit.",
        "Die meisten Leser stimmten für den Vorschlag.",
    ],
)
def test_round52_cues_leave_article_lines_alone(line: str) -> None:
    assert shape(line).cue_score < 2.0, line


# -- a page title framed with the site's name --------------------------------------------------
def test_a_site_framed_title_gives_the_bare_headline() -> None:
    own = "kreisblatt"
    assert _site_framed("Kreisblatt – Lokales: Neue Brücke eröffnet", "Neue Brücke eröffnet", own)
    assert _site_framed("Neue Brücke eröffnet | Kreisblatt", "Neue Brücke eröffnet", own)
    assert not _site_framed("Bundesliga: Talheim siegt", "Talheim siegt", own)
    assert not _site_framed("Neue Brücke eröffnet", "Neue Brücke eröffnet", own)


def test_the_title_is_the_body_line_without_the_site_frame() -> None:
    body = (
        "Kreisblatt | Login\n\n"
        "Neue Brücke über die Aller eröffnet\n\n"
        "Die neue Brücke über die Aller ist am Montag für den Verkehr freigegeben worden.\n\n"
        "Der Bau hatte knapp zwei Jahre gedauert, sagte der Landrat bei der Eröffnung.\n"
    )
    res = clean_body(
        body, title="Kreisblatt: Neue Brücke über die Aller eröffnet", outlet="Kreisblatt"
    )
    assert res.title == "Neue Brücke über die Aller eröffnet"
    assert "Neue Brücke über die Aller eröffnet" not in res.text


# -- a weekday between a date and its time ---------------------------------------------------
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Beitrag vom 02.04.2027 (Freitag), 09:10", "2027-04-02T09:10"),
        ("Aktualisiert: 02.04.2027 (Freitag) – 18:45", "2027-04-02T18:45"),
        ("Veröffentlicht 02.04.2027 · Freitag abends, 7:30 · 3 Min.", "2027-04-02T19:30"),
    ],
)
def test_a_weekday_between_date_and_time(line: str, iso: str) -> None:
    assert find_published(line) == (iso, "minute")


def test_a_weekday_without_a_time_leaves_the_day() -> None:
    assert find_published("Veröffentlicht 02.04.2027 · Freitag · Politik") == (
        "2027-04-02",
        "day",
    )


# -- cites -----------------------------------------------------------------------------------
def test_a_source_list_item_loses_its_note() -> None:
    text = (
        "Der Kreistag tagte am Montag.\n"
        "Quellen: dpa, Talheimer Bote – umgeschrieben von Netzfix24\n"
        "Quellen dieses Beitrags: kreisblatt.de und Allgemeine Rundschau (gekürzt)\n"
    )
    cites = find_cites(text)
    assert "Talheimer Bote" in cites
    assert "Allgemeine Rundschau" in cites
    assert not any("umgeschrieben" in c or "(" in c for c in cites)


def test_said_on_a_broadcaster_before_reported_speech_is_a_cite() -> None:
    assert "ZDF" in find_cites("Der Minister sagte im ZDF, man werde das prüfen.")
    assert find_cites("Der Minister sagte im Ausschuss, man werde das prüfen.") == []


def test_partner_content_segment_names_the_source() -> None:
    assert "AFP" in find_cites("Dienstag, 07.09.2027 · 12:00 · Partnerinhalt von AFP\nText.")
