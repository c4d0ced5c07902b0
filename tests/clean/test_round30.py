"""Round 30 (heldout21) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published, is_date_line
from lagebild.clean.outlets import find_outlet

_HEAD = (
    "Der Kreistag hat am Montag den Bau einer neuen Kläranlage in Talheim beschlossen.\n"
    "Die Anlage soll 2029 in Betrieb gehen und rund 14 Millionen Euro kosten.\n"
)
_TAIL = (
    "Die Gemeinden tragen ein Drittel der Kosten, den Rest zahlen Land und Bund.\n"
    "Der Baubeginn ist für das Frühjahr geplant, sagte der Landrat am Abend.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Sie lesen die Digitalausgabe. Die gedruckte Ausgabe liegt gratis beim Optiker aus.",
        "Die Printausgabe liegt kostenlos in allen Filialen aus.",
        "Kinderarzt-Notdienst am Wochenende: Postleitzahl eingeben und Praxis finden",
        "Tankstelle mit dem günstigsten Preis: Standort freigeben oder Stadt eingeben",
        "Sonnen-Radar für Ihren Urlaubsort: Ort eingeben, UV-Index abrufen",
        "Kalorienrechner: Geben Sie Alter, Größe und Gewicht ein.",
        "Fragen Sie Ihren Hausarzt, wenn die Beschwerden länger anhalten.",
        "Halstabletten Mentholfrisch. Zu Risiken und Nebenwirkungen fragen Sie Ihren Arzt.",
        "Rezepte einlösen und Termine buchen – mit der kostenlosen App Ihrer Praxis.",
        "Versandkostenfrei bestellen ab 20 Euro Warenwert.",
        "Reservieren Sie jetzt Ihr Wunschprodukt online und holen Sie es ab.",
        "Unsere Berater sind für Sie da. Vereinbaren Sie gleich einen Termin in Ihrer Filiale.",
        "Der rote Teppich bei der Gala – 23 Bilder",
        "Lust auf mehr Romantik? Die neue Staffel startet im Herbst.",
        "Alle Folgen der Serie im Stream ansehen",
        "Shop the Look: Die Sonnenbrille der Moderatorin ab 39 €",
        "Dein Horoskop für heute: Stier – Geduld zahlt sich aus. Zum Tageshoroskop",
        "Sie haben 4 von 5 kostenlosen Artikeln gelesen.",
        "Heute, 08:15 Uhr",
        "Anna Berger · gestern",
        "Tom Kraus | vor 2 Stunden",
        "🎫 Noch Restkarten für das Sommerfest – jetzt sichern",
        "TV-Tipp: Die Dokumentation läuft am Freitag um 22.15 Uhr.",
        "Tickets für die Open-Air-Saison: Vorverkauf hat begonnen",
    ],
)
def test_round30_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Die gedruckte Ausgabe der Zeitung erscheint künftig nur noch dreimal pro Woche.",
        "Nutzer müssen ihre Postleitzahl eingeben, kritisierten die Datenschützer.",
        "Der Rechner des Instituts prüft seit Jahren die Messwerte.",
        "„Fragen Sie Ihren Arzt“, riet die Apothekerin den Kunden.",
        "Die Kasse bietet die Daten mit der kostenlosen App an, doch viele nutzen sie nicht.",
        "Der Händler konnte nicht mehr versandkostenfrei liefern.",
        "Die Polizei stellte 23 Bilder sicher, die der Mann verkauft hatte.",
        "Alle Folgen der Krise sind noch nicht absehbar.",
        "Sie hat 2 von 3 Wahlkreisen in der Region gewonnen.",
        "Heute um 8.15 Uhr begann die Sitzung des Gemeinderats.",
        "Anna Berger sagte gestern, sie wolle vor 2 Stunden nichts entscheiden.",
        "Letzte Tickets gingen am Montag an Fans aus der Region.",
        "Der Vorverkauf läuft seit März, sagte die Intendantin.",
    ],
)
def test_round30_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_gallery_teaser_between_paragraphs_goes() -> None:
    res = clean_body(_HEAD + "Die schönsten Bilder vom Richtfest – 12 Fotos\n" + _TAIL)
    assert "12 Fotos" not in res.text
    assert "neuen Kläranlage" in res.text and "Baubeginn" in res.text


def test_a_date_line_with_a_reading_time() -> None:
    assert find_published("3. Mai 2028 – 10:34 – 3 Min. zu lesen") == (
        "2028-05-03T10:34",
        "minute",
    )
    assert is_date_line("12.04.2028 · Lesezeit: 4 Minuten")
    # a sentence beside the date stays a sentence
    assert not is_date_line("Am 3. Mai 2028 lesen die Schüler zehn Minuten vor.")


def test_a_menu_masthead_spells_out_the_web_edition() -> None:
    body = (
        "TALBLICK ONLINE · Politik · Kultur · Sport\n"
        + _HEAD
        + _TAIL
        + "© 2028 Talblick Verlag · Kontakt · Impressum\n"
    )
    assert find_outlet(body) == "Talblick Online"
    # a masthead word that is no web edition's stays off
    other = body.replace("TALBLICK ONLINE", "TALBLICK KULTUR")
    assert find_outlet(other) == "Talblick"


def test_a_section_menu_is_no_masthead() -> None:
    body = "Finanzierungen | Exits | Analysen | Jobs\n" + _HEAD + _TAIL
    assert find_outlet(body) is None


def test_the_outlet_within_its_media_group() -> None:
    body = (
        _HEAD + _TAIL + "Sternklatsch ist Teil der Nordwind Media Group. Alle Rechte vorbehalten.\n"
    )
    assert find_outlet(body) == "Sternklatsch"


def test_someone_speaking_on_a_broadcaster_in_the_perfect() -> None:
    assert find_cites("Im ZDF hatte die Ministerin am Sonntag für die Impfung geworben.") == ["ZDF"]
    assert find_cites("Im Sommer hatte die Ministerin für die Impfung geworben.") == []
    assert find_cites("Im Rathaus hat der Bürgermeister davor gewarnt.") == []


def test_a_byline_with_a_relative_day_leaves_the_headline_under_a_section_label() -> None:
    body = (
        "TALBLICK ONLINE · Politik · Kultur · Sport\n"
        "Politik | Kultur | Sport | Termine\n"
        "Kultur\n"
        "Ein Sommerabend voller Musik in der Stadthalle Talheim\n"
        "Anna Berger · gestern\n" + _HEAD + _TAIL
    )
    res = clean_body(body)
    assert res.title == "Ein Sommerabend voller Musik in der Stadthalle Talheim"
    assert "neuen Kläranlage" in res.text and "Baubeginn" in res.text
