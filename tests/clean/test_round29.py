"""Round 29 (heldout20) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published, is_date_line
from lagebild.clean.outlets import normalise_outlet

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
        "Wissen kompakt",
        "Schon gewusst? Ein Blauwal wiegt bei der Geburt rund zwei Tonnen.",
        "Damit wir Besuche zählen können, speichern wir kleine Textdateien auf Ihrem Endgerät.",
        "Dieser Bereich wird von einem Reiseveranstalter finanziert; die Redaktion war nicht beteiligt.",
        "Anzeige – Inhalt bereitgestellt von Partnern",
        "Dieser Beitrag ersetzt keine ärztliche Untersuchung.",
        "Diese Informationen ersetzen nicht die persönliche Beratung durch eine Fachkraft.",
        "Seekalender: Alle Regatten und Hafenfeste 2028 auf einen Blick",
        "Unser Tipp: Gartenschere „Profi 20“ für 24,90 € im Fachhandel",
        "Bitte trinken Sie verantwortungsvoll. Kein Verkauf an Personen unter 18 Jahren.",
        "Genießen Sie Bier verantwortungsbewusst.",
        "Rechtlicher Hinweis: Die Angaben gelten ohne Gewähr.",
        "Noch Fragen? In unserem Forum helfen erfahrene Imker gerne weiter.",
        "Forum: Welche Beute nutzt ihr für den Winter?",
        "Fragen an die Community? Schreibt uns.",
        "Zwölf Akkuschrauber im Vergleich – zum Test",
        "Unterstützt unsere Arbeit mit einem kleinen monatlichen Betrag.",
        "Über Patreon kannst du uns schon mit zwei Euro im Monat unterstützen.",
        "Dieser Podcast finanziert sich ausschließlich durch Spenden seiner Hörer.",
        "Jeder Euro hilft uns, unabhängig zu bleiben.",
        "Kommentar von Gartenfreund am 03.05.2028: Endlich passiert etwas!",
        "Wir schalten Leserbeiträge erst nach einer kurzen Prüfung durch die Redaktion frei.",
    ],
)
def test_round29_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Die Forscher wollen ihr Wissen kompakt in einem Handbuch zusammenfassen.",
        "Cookies sind kleine Textdateien, erklärte die Datenschützerin im Ausschuss.",
        "Das Projekt wird vom Land mit zwei Millionen Euro finanziert.",
        "Die App ersetzt keine ärztliche Beratung, betonte der Hersteller.",
        "Das Ministerium hat alle Fördertöpfe auf einen Blick zusammengestellt, sagte sie.",
        "Unsere Empfehlung an die Stadt: mehr Geld für Radwege statt 3 neuer Parkhäuser.",
        "Der Händler hatte auch an Personen unter 18 Jahren Alkohol verkauft.",
        "Im Forum der Stadt diskutierten am Abend rund 200 Bürger.",
        "Die Stiftung unterstützt Vereine in der Region mit Zuschüssen.",
        "Der Verein finanziert sich durch Beiträge und Spenden, sagte der Vorsitzende.",
        "Ein Kommentar von Landrat Berger sorgte am Montag für Unruhe.",
        "Die Diskussion dauerte fast drei Stunden.",
    ],
)
def test_round29_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_donation_ask_between_paragraphs_goes() -> None:
    line = "Dieser Blog finanziert sich nur durch Spenden. Jeder Euro hilft uns weiterzumachen."
    res = clean_body(_HEAD + line + "\n" + _TAIL)
    assert "Jeder Euro hilft" not in res.text
    assert "neuen Kläranlage" in res.text and "Baubeginn" in res.text


def test_a_counted_comment_heading_with_a_note_starts_the_comment_section() -> None:
    body = (
        _HEAD
        + _TAIL
        + "Diskussion (2) – Bitte bleiben Sie sachlich.\n"
        + "Gartenfreund: Das wurde auch Zeit, die alte Anlage stinkt seit Jahren.\n"
        + "Anwohnerin: Und wer zahlt am Ende die höheren Gebühren?\n"
    )
    res = clean_body(body)
    assert "Gartenfreund" not in res.text
    assert "höheren Gebühren" not in res.text
    assert "Baubeginn ist für das Frühjahr" in res.text


def test_a_short_aside_after_a_dateline_dash() -> None:
    assert find_published("1. April 2028 – kein Scherz") == ("2028-04-01", "day")
    assert is_date_line("3. Mai 2028 – Lokales")
    # a sentence after the dash is no aside: the line stays a sentence
    assert not is_date_line("3. Mai 2028 – Die Regierung tagt")
    assert not is_date_line("Berlin, 3. Mai 2028 – Die Regierung hat heute beschlossen.")


def test_two_media_as_subject_are_both_read_when_known() -> None:
    text = "Der Norddeutsche Rundfunk und der Spiegel hatten über den Fall berichtet."
    assert find_cites(text) == ["Norddeutscher Rundfunk", "Spiegel"]
    # persons as subject are no media
    assert find_cites("Der Bürgermeister und Landrat Meier hatten darüber berichtet.") == []


def test_a_medium_after_a_reporting_verb_and_also() -> None:
    assert find_cites("Darüber berichtete auch das Portal Waldjagd.example.") == [
        "Waldjagd.example"
    ]


def test_an_agency_taking_a_story_up() -> None:
    assert find_cites("Auch die dpa griff den Fall am Abend auf.") == ["dpa"]
    assert find_cites("Die Polizei griff die Hinweise auf.") == []
    assert find_cites("Die dpa griff ein Zitat heraus.") == []


def test_a_piece_of_a_medium() -> None:
    assert find_cites("Das zeigte sich in einem Beitrag von Science News.") == ["Science News"]
    assert find_cites("Das stand in einem Bericht von Peter Müller.") == []


def test_a_weak_adjective_after_der_takes_the_name_form() -> None:
    assert normalise_outlet("Bayerische Rundfunk") == "Bayerischer Rundfunk"
    assert normalise_outlet("Bayerische Fernsehen") == "Bayerisches Fernsehen"
    assert normalise_outlet("Deutsche Welle") == "Deutsche Welle"
    assert normalise_outlet("Süddeutsche Zeitung") == "Süddeutsche Zeitung"
