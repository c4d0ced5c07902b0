"""Round 31 (heldout22) became development data: general rules, tested on invented lines."""

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
        "Verpassen Sie keinen Markttermin mehr: Unser Briefing kommt jeden Montag.",
        "Verpass nichts mehr aus deinem Verein!",
        "Der Gartenbrief kommt jeden Donnerstag mit Pflanztipps ins Postfach.",
        "Noch mehr aus der Backstube:",
        "Mehr aus unserer Region",
        "Terminvergabe Kardiologie: 0611 / 12-345 (Mo–Do 8–12 Uhr)",
        "Diabetessprechstunde – Termine unter 0711 445566",
        "Anmeldung zum Kurs: Elternschule 030 / 998-120",
        "Beratung vor Ort: Buchen Sie einen Termin in unserer Filiale.",
        "Unser Stellenportal zeigt alle offenen Ausbildungsplätze.",
        "Lust auf einen neuen Job bei uns? Jetzt bewerben.",
        "Änderungen tragen wir laufend nach.",
        "Jede Korrektur wird unter dem Beitrag mit Datum vermerkt.",
        "Ladeliste und Route: Datenbank für Abonnenten",
        "Dies ist Ihr zweiter von fünf freien Artikeln.",
        "Mit einem kostenlosen Konto lesen Sie alle Meldungen.",
        "Wellness-Wochenende für zwei ▸ Jetzt buchen",
        "Doppelzimmer zum Sommerpreis – jetzt bei uns sichern!",
        "Druckfähige Pressefotos stehen Journalisten zum Download bereit.",
        "Leitfaden: Ladeparks planen – gesponsert von Muster Energie AG. Jetzt lesen",
        "Kurse mit 15 Min. Verzögerung",
        "Zimmer finden: Anreise [__.__.____] Abreise [__.__.____]",
        "Ferienhäuser am See ▸ Verfügbarkeit prüfen",
        "Kinder-Notaufnahme rund um die Uhr geöffnet: Eingang Nord",
    ],
)
def test_round31_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Die Fans verpassen kein Heimspiel mehr, seit der Bus wieder fährt.",
        "Mehr aus der Region kam in diesem Jahr auf die Teller der Mensa.",
        "Anmeldungen nimmt das Rathaus unter 06221 / 55-100 entgegen.",
        "Termine für die Impfung gibt es ab Montag, sagte die Sprecherin.",
        "„Buchen Sie früh“, rät der Reiseveranstalter seinen Kunden.",
        "Das Klinikum hat sein Karriereportal im Frühjahr überarbeitet.",
        "Änderungen am Fahrplan kündigte die Bahn für Dezember an.",
        "Der Verlag bietet das Archiv künftig auch für Abonnenten an.",
        "Sie hat 2 von 3 Rennen gewonnen, ihr erster Sieg kam im Mai.",
        "Die Gemeinde will sich die Fördermittel jetzt sichern.",
        "Die Polizei wertet Pressefotos vom Wochenende aus.",
        "Das Konzert – präsentiert von der Stadt – war ausverkauft.",
        "Der Zug erreichte Talheim mit 15 Minuten Verspätung.",
        "Die Notaufnahme ist rund um die Uhr geöffnet.",
        "Die Schulnoten lagen zwischen [2] und [3], hieß es im Bericht.",
    ],
)
def test_round31_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_related_heading_carries_its_links_along() -> None:
    body = _HEAD + _TAIL + "Noch mehr aus der Backstube:\nSauerteig ansetzen\nBrötchen backen\n"
    res = clean_body(body)
    assert "Sauerteig" not in res.text and "Backstube" not in res.text
    assert "neuen Kläranlage" in res.text and "Baubeginn" in res.text


def test_a_sponsored_download_teaser_goes_whole() -> None:
    line = "Leitfaden: Ladeparks planen – gesponsert von Muster Energie AG. Jetzt herunterladen\n"
    res = clean_body(_HEAD + _TAIL + line)
    assert "Ladeparks" not in res.text
    assert "Baubeginn" in res.text


def test_a_search_form_over_the_headline_is_no_title() -> None:
    body = (
        "Erleben | Übernachten | Anreise | Presse\n"
        "Zimmer finden: Anreise [__.__.____] Abreise [__.__.____] ▸ Verfügbarkeit prüfen\n"
        "Neue Kläranlage für Talheim beschlossen\n" + _HEAD + _TAIL
    )
    assert clean_body(body).title == "Neue Kläranlage für Talheim beschlossen"


def test_a_date_line_with_the_part_of_the_day() -> None:
    assert find_published("Pressemitteilung · 3.5.2028 · 9 Uhr vormittags") == (
        "2028-05-03T09:00",
        "minute",
    )
    assert find_published("3. Mai 2028, 8.30 Uhr abends") == ("2028-05-03T20:30", "minute")
    # a sentence around the date stays a sentence
    assert not is_date_line("Am 3.5.2028 um 9 Uhr vormittags beginnt die Sitzung.")


def test_a_slogan_masthead_named_again_at_the_foot() -> None:
    body = (
        "Seeklinik Hohenrain – Gesundheit am Wasser\n"
        + _HEAD
        + _TAIL
        + "Seeklinik Hohenrain gGmbH · Ein Haus der Hohenrain-Stiftung\n"
    )
    assert find_outlet(body) == "Seeklinik Hohenrain"
    social = body.replace("gGmbH · Ein Haus der Hohenrain-Stiftung", "auf Instagram")
    assert find_outlet(social) == "Seeklinik Hohenrain"
    # without the name at the foot the slogan line alone names nobody
    assert find_outlet("Seeklinik Hohenrain – Gesundheit am Wasser\n" + _HEAD + _TAIL) is None


def test_a_name_with_its_legal_form_before_the_copyright() -> None:
    body = _HEAD + _TAIL + "Wanderland Mittelgau e. V. © 2028 · Rechtliches · Leichte Sprache\n"
    assert find_outlet(body) == "Wanderland Mittelgau"


def test_a_press_section_in_the_breadcrumb_is_no_outlet() -> None:
    body = "Presse › Pressemitteilungen\n" + _HEAD + _TAIL
    assert find_outlet(body) is None


def test_round31_cites() -> None:
    assert find_cites("Dem Bayerischen Rundfunk sagte die Ministerin, sie bleibe im Amt.") == [
        "Bayerischer Rundfunk"
    ]
    assert find_cites("Dem Bürgermeister sagte sie, sie bleibe im Amt.") == []
    assert find_cites("Er nennt Zahlen, die tagesschau.de veröffentlicht hat.") == ["tagesschau.de"]
    assert find_cites("Der Spiegel hatte die Pläne im Mai ausführlich beschrieben.") == ["Spiegel"]
    assert find_cites("Der Landrat hatte die Pläne im Mai ausführlich vorgestellt.") == []
    # how often the page itself reports names no medium
    assert find_cites("Wir berichten fortlaufend. Die Lage bleibt unklar.") == []
