"""Furniture inside the article's prose core (``core_furniture``): invented lines only."""

from __future__ import annotations

from samples import COUNCIL_PARAGRAPHS

from lagebild.clean.boilerplate import clean_body
from lagebild.clean.core_furniture import CORE_REASON

P1, P2, P3 = COUNCIL_PARAGRAPHS


def _reasons(middle: str) -> dict[str, str]:
    """The removed lines of a body with ``middle`` between its second and third paragraph."""
    body = "\n\n".join([P1, P2, middle, P3]) + "\n"
    res = clean_body(body, title="Haushalt beschlossen")
    return {r.text: r.reason for r in res.removed}


# -- the outlet turning to the reader between two paragraphs ----------------------------------
def test_outlet_offer_to_the_reader_between_paragraphs_goes() -> None:
    line = "Vereinsheim gesucht? In unserem Ortsverzeichnis finden Sie mehr als 300 Adressen."
    assert _reasons(line).get(line) == CORE_REASON


def test_informal_outlet_offer_goes() -> None:
    line = "Du fährst gern Rad? In unserer Tourenkarte findest du zwanzig Strecken rund um den See."
    assert _reasons(line).get(line) == CORE_REASON


def test_interview_question_stays() -> None:
    line = "Warum sollten Bewerber gerade zu uns kommen?"
    assert line not in _reasons(line)


def test_reported_speech_with_the_reader_stays() -> None:
    # a speaker's words, the quotation marks lost in the export
    line = "Das dürfen wir Ihnen noch nicht verraten, hieß es aus dem Rathaus."
    assert line not in _reasons(line)
    line = "Der Bürgermeister blieb ruhig, mahnte er: Lassen Sie uns erst die Zahlen prüfen."
    assert line not in _reasons(line)


def test_crowd_addressed_in_speech_stays() -> None:
    line = "Wir lassen euch mit den Kosten nicht allein, rief die Fraktionschefin den Eltern zu."
    assert line not in _reasons(line)


def test_sentence_initial_they_is_no_reader() -> None:
    line = "Sie wollen unsere Schule schließen, und wir werden dagegen klagen."
    assert line not in _reasons(line)


def test_advice_piece_keeps_its_address_to_the_reader() -> None:
    body = "\n\n".join(
        [
            "Wer im Winter Strom sparen will, fängt am besten beim Kühlschrank an, sagen Fachleute.",
            "Prüfen Sie zuerst die Dichtung der Tür, denn durch Ritzen entweicht viel Kälte.",
            "Unser Rat: Stellen Sie das Gerät nicht neben den Herd, sondern an eine kühle Wand.",
            "Stellen Sie außerdem die Temperatur auf sieben Grad, kälter muss es nicht sein.",
            "Der Verbrauch sinkt so nach Angaben der Verbraucherzentrale um bis zu ein Fünftel.",
        ]
    )
    res = clean_body(body + "\n", title="Strom sparen")
    assert not [r for r in res.removed if r.reason == CORE_REASON]


def test_outlet_named_as_the_source_of_an_answer_stays() -> None:
    line = (
        "Auf Anfrage unserer Zeitung erklärt die Stadt, Sie könnten den Antrag auch online stellen."
    )
    assert line not in _reasons(line)


def test_advice_a_third_party_gives_stays() -> None:
    line = "Bewahren Sie unsere Wälder, appelliert der Förster an alle Spaziergänger."
    assert line not in _reasons(line)


def test_line_completing_a_lead_in_stays() -> None:
    body = "\n\n".join(
        [P1, P2 + " Der Kämmerer schrieb dazu:", "Wir bitten Sie um Geduld mit unserer Stadt.", P3]
    )
    res = clean_body(body + "\n", title="Haushalt beschlossen")
    assert not [r for r in res.removed if r.reason == CORE_REASON]


# -- a line that is no sentence: a widget or an offer in parts --------------------------------
def test_widget_line_addressing_the_reader_goes() -> None:
    line = "Bauplatzbörse – freie Grundstücke in Ihrer Gemeinde vergleichen"
    assert _reasons(line).get(line) == CORE_REASON


def test_lone_subheading_addressing_the_reader_stays() -> None:
    # a report's service part: its heading is the only line that talks to the reader
    for line in ("So beantragen Sie den Zuschuss", "Was Sie jetzt wissen müssen:"):
        assert line not in _reasons(line), line


def test_labelled_fact_line_without_reader_stays() -> None:
    line = "Abstimmung: 17 Ja-Stimmen, 9 Nein-Stimmen – zwei Enthaltungen"
    assert line not in _reasons(line)
