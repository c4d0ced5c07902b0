"""Round 34 (heldout25) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet

_HEAD = (
    "Die Tischlerinnung im Kreis Lohbach hat am Dienstag ihre neue Lehrwerkstatt eröffnet.\n"
    "In dem Neubau können künftig bis zu 40 Auszubildende gleichzeitig lernen.\n"
    "Das Land hat das Projekt mit knapp zwei Millionen Euro gefördert.\n"
)
_TAIL = (
    "Der Obermeister sprach bei der Eröffnung von einem wichtigen Signal für die Region.\n"
    "Die ersten Kurse beginnen nach den Herbstferien, hieß es.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # a reading time in a dateline, the number written out
        "Mo 4.5.28 – 08.15 h – Lesedauer fünf Minuten",
        "Sa 2.10.27 · Lesezeit: etwa zwei Min.",
        "Von Jana Brettschneider | Lesedauer eine Minute",
        # a discount code in ad copy
        "Der Sprachkurs unseres Partners. Mit dem Code LERNEN20 jetzt 20 Prozent sparen.",
        "Gutscheincode HERBST5 eingeben und fünf Euro Rabatt erhalten",
        # a call to buy or book in the infinitive, as a link line
        "Karten für das Sommerkonzert reservieren – ohne Gebühr",
        "Jetzt Tickets für die Lesung sichern",
        # a seat or booking offer under a label
        "Schweißkurs für Einsteiger: Noch wenige Plätze frei – Förderung möglich",
        "Rechtsberatung für Innungsmitglieder: Termin online buchen",
        "Forum Mittelstand: Podium am 3. Mai, Anmeldung bis 25. April",
        "Ihr Weg zur Fachkraft: Kurs ab 1. März – Infoabend 12.02.",
        # a site's search or exchange by criteria or counts
        "Meisterbetriebssuche: Fachbetriebe nach Postleitzahl und Branche",
        "Zur Praxisbörse: 52 Angebote, 17 Gesuche",
        "Ausbildungsplatzfinder: 310 Stellen in der Region",
        # content for subscribers only, at the end of a link line
        "Die Marktstudie als PDF nur für Premium-Abonnenten",
        "Download der Checkliste nur für registrierte Nutzer",
        # the limits of the site's advice, a review note on the text itself
        "Die Informationen können eine individuelle Beratung durch einen Steuerberater nicht ersetzen.",
        "Er ersetzt keine ärztliche Untersuchung.",
        "Dieser Beitrag wurde von einem erfahrenen Fachanwalt geprüft.",
        "Dieser Ratgeber wurde medizinisch geprüft.",
        # a reader Q&A the site announces
        "Telefonaktion: Unsere Expertin beantwortet am Mittwoch ab 18 Uhr Leserfragen",
        "Sprechstunde: Leserfragen im Live-Chat mit Dr. Saskia Wehner",
    ],
)
def test_round34_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Die Lesedauer des Berichts beträgt nach Angaben der Behörde drei Minuten.",
        "Der Code des Programms wurde am Montag veröffentlicht, sparen lässt sich damit nichts.",
        "Tickets für das Finale waren nach wenigen Minuten ausverkauft.",
        "Karten sichern sich viele Fans inzwischen über Wiederverkäufer.",
        "Für den Kurs sind noch wenige Plätze frei, sagte die Leiterin der Schule.",
        "Die Wohnungssuche bleibt für Studierende in der Stadt schwierig.",
        "Der Parkplatz am Vereinsheim ist seit Mai nur für Mitglieder.",
        "Eine Software kann eine ärztliche Untersuchung nicht ersetzen, betonte die Kammer.",
        "Das Gutachten wurde von einem unabhängigen Institut geprüft.",
        "Die Ministerin beantwortete im Landtag Fragen der Opposition.",
        "Sie können Ihre Fragen am Telefon stellen, sagte der Sprecher des Vereins.",
    ],
)
def test_round34_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_booking_offer_in_the_middle_of_the_article_goes() -> None:
    # a long offer line of the site between prose lines of the article (the article's topic
    # is near the offer's, but the label shape and the booking words are furniture)
    line = "Ihr Weg zum Gesellenbrief: Vollzeitkurs ab 8. Januar, Teilzeit ab 5. Februar – Infoabend 20.11."
    body = _HEAD + line + "\n" + _TAIL
    res = clean_body(body)
    assert "Gesellenbrief" not in res.text
    assert "Die ersten Kurse beginnen" in res.text
    assert "Lehrwerkstatt" in res.text


def test_ad_copy_with_a_discount_code_goes() -> None:
    body = (
        _HEAD
        + "Anzeige\n"
        + "Holzbearbeitung lernen in zehn Wochen: Der Abendkurs unseres Partners für Einsteiger. "
        + "Mit dem Code HOLZ10 zehn Prozent sparen.\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "HOLZ10" not in res.text
    assert "Der Obermeister sprach" in res.text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Filmecho\nMi 7.4.27 – 18.30 h – Lesedauer drei Minuten\nDer Film startet.\n",
            "2027-04-07T18:30",
        ),
        ("Filmecho\nDo 8.4.27 – Lesezeit etwa zwei Minuten\nDer Film startet.\n", "2027-04-08"),
    ],
)
def test_a_date_beside_a_written_out_reading_time(text: str, want: str) -> None:
    got = find_published(text)
    assert got is not None and got[0] == want


def test_a_masthead_slogan_to_the_reader_is_not_a_signoff() -> None:
    text = (
        "Innung Lohbach – Ihre Innung für 400 Betriebe\n"
        "Neue Lehrwerkstatt eröffnet\n"
        "Die Tischlerinnung hat am Dienstag ihre neue Lehrwerkstatt eröffnet.\n"
    )
    assert find_outlet(text) == "Innung Lohbach"
    # a real sign-off after a greeting still names the outlet
    signoff = "Der Text des Artikels.\nBis morgen – Ihr Lohbacher Anzeiger\n"
    assert find_outlet(signoff) == "Lohbacher Anzeiger"


_ADVICE = (
    "Wer sich ständig mit anderen vergleicht, wird selten zufrieden, sagt die Therapeutin.\n"
    "Sie rät dazu, die eigenen Maßstäbe genauer anzusehen und Erwartungen aufzuschreiben.\n"
    "Oft helfe schon ein kurzer Moment der Ruhe vor einer Entscheidung, sagt sie.\n"
)
_FOOTER = (
    "Umfrage: Vergleichen Sie sich oft mit anderen? Ja · Nein · Manchmal\n"
    "Auch interessant: Warum Neid uns manchmal weiterbringt\n"
    "Impressum · Datenschutz · Kontakt\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Fragen Sie sich: Was brauche ich in diesem Moment wirklich?",
        "Überlegen Sie: Was würde ich einer guten Freundin in dieser Lage raten?",
    ],
)
def test_a_question_the_reader_puts_to_themselves_stays_before_the_footer(line: str) -> None:
    res = clean_body(_ADVICE + line + "\n" + _FOOTER)
    assert line in res.text
    assert "Auch interessant" not in res.text


def test_a_short_question_to_the_reader_before_the_footer_still_goes() -> None:
    # a call to answer the site, not a question to oneself
    line = "Haben Sie auch Erfahrungen damit gemacht? Schreiben Sie uns!"
    res = clean_body(_ADVICE + line + "\n" + _FOOTER)
    assert "Schreiben Sie uns" not in res.text
