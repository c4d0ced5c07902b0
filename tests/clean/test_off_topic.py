"""An off-topic insert inside the prose core (``core_furniture.off_topic_inserts``): invented
lines only. Each condition of the rule has a line that goes and a counter-example that stays."""

from __future__ import annotations

from samples import COUNCIL_PARAGRAPHS

from lagebild.clean.boilerplate import clean_body, decide
from lagebild.clean.core_furniture import OFF_TOPIC_REASON, content_words, off_topic_inserts

P1, P2, P3 = COUNCIL_PARAGRAPHS
TITLE = "Haushalt beschlossen"
# a classified ad: a label, a price, not one word of the report around it
AD = "Flohmarkt: Kinderfahrrad, 20 Zoll, kaum benutzt – 45 € VB"
# a ticket note that addresses the reader, cut by a dash
TICKETS = "Sommerkino am See – Karten für Ihren Filmabend an der Abendkasse"


def _removed(middle: list[str], title: str = TITLE) -> dict[str, str]:
    """The removed lines of a body with ``middle`` between its second and third paragraph."""
    body = "\n\n".join([P1, P2, *middle, P3]) + "\n"
    res = clean_body(body, title=title)
    return {r.text: r.reason for r in res.removed}


def _taken(
    parts: list[str], *, title: str = TITLE, protected: frozenset[int] = frozenset()
) -> list[str]:
    """The lines the rule alone takes from the rules' decisions on ``parts``."""
    d = decide("\n\n".join(parts) + "\n", title=title)
    assert d is not None
    taken = off_topic_inserts(
        d.blocks, d.shapes, d.reason, d.scores, title=d.title, protected=protected
    )
    return [d.blocks[i].text for i in taken]


def test_content_words_are_lemmas_without_function_words() -> None:
    assert content_words("Die Kinder spielten, aber nicht lange im Hof") == {
        "kind",
        "spielen",
        "lange",
    }


def test_classified_ad_between_paragraphs_goes() -> None:
    assert _removed([AD]).get(AD) == OFF_TOPIC_REASON


def test_reader_addressed_offer_goes() -> None:
    assert _taken([P1, P2, TICKETS, P3]) == [TICKETS]


def test_line_sharing_a_word_with_the_article_stays() -> None:
    line = "Grundschule: Sanierung kostet 2,4 Millionen Euro – Baubeginn im Frühjahr"
    assert line not in _removed([line])


def test_line_sharing_a_word_with_the_headline_stays() -> None:
    assert AD not in _removed([AD], title="Flohmarkt im Rathaus")


def test_item_of_a_list_stays() -> None:
    # a fact box: lines of one form side by side
    items = ["Eintritt: Erwachsene 6 €, Kinder 3 €", "Parkplätze: Tagesticket für 2 € am Automaten"]
    removed = _removed(items)
    assert not [t for t in items if removed.get(t) == OFF_TOPIC_REASON]


def test_label_without_an_offer_stays() -> None:
    line = "Hintergrund: Die Kleingärtner treffen sich monatlich im Vereinsheim – Gäste willkommen"
    assert line not in _removed([line])


def test_quote_stays() -> None:
    line = "Flohmarkt: „Alles muss raus“ – Kinderfahrrad für 45 €"
    assert line not in _removed([line])


def test_question_stays() -> None:
    line = "Kinderfahrrad gesucht: Wer verkauft eins für 20 €?"
    assert line not in _removed([line])


def test_reported_line_stays() -> None:
    line = "Kinderfahrrad: Gebraucht kostet es 45 €, sagt der Händler"
    assert line not in _removed([line])
    line = "Kinderfahrrad: Im Frühling lag der Preis noch bei 45 €"
    assert line not in _removed([line])


def test_line_outside_the_core_interior_is_not_taken() -> None:
    assert _taken([AD, P1, P2, P3]) == []
    assert _taken([P1, P2, P3, AD]) == []


def test_long_line_stays() -> None:
    line = (
        "Flohmarkt: Kinderfahrrad, 20 Zoll, kaum benutzt, mit Klingel, Korb und Licht, dazu ein "
        "Helm in Größe S, Schlösser, eine Luftpumpe und ein Flickzeug, alles zusammen samt "
        "Anhänger, Trinkflasche und Regencape im Hof abzuholen – 45 € VB"
    )
    assert _taken([P1, P2, line, P3]) == []


def test_protected_line_is_not_taken() -> None:
    assert _taken([P1, P2, AD, P3], protected=frozenset({2})) == []


def test_advice_against_something_under_a_conjunction_label_stays() -> None:
    from lagebild.clean.blocks import shape
    from lagebild.clean.core_furniture import _insert_candidate

    line = "Und: Zünden Sie niemals Lackreste, Kartons oder Altpapier im Kamin an."
    assert not _insert_candidate(line, shape(line))
    offer = "Wintercheck: Jetzt Termin buchen und 10 Euro sparen – nur bis Freitag"
    assert _insert_candidate(offer, shape(offer))
