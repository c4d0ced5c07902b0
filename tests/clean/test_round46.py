"""Round 46 (heldout37) rules: an enumeration of capitalised nouns under the article's own
lead-in (the outlet may speak in it) stays above the page's furniture, and the furniture after
it still goes; a lead in the outlet's voice right under the headline is no model candidate; an
author's note under its own heading goes; a headline under a label with a weak phrase cue is
still the headline; a publication whose masthead shares the copyright company's own word is
the outlet; a medium on a partner line is no owner; a later "online seit" segment gives the
time; and the round's cue families. All lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.context import _enumeration
from lagebild.clean.dates import find_published
from lagebild.clean.learned import candidates
from lagebild.clean.outlets import _media_outlet, _titled_copyright, find_outlet

_ARTICLE = (
    "Die Tafel in Sommerau hat in diesem Winter so viele Kunden wie nie zuvor versorgt.\n\n"
    "Jede Woche kamen mehr als 300 Familien in die Ausgabestelle am Bahnhof.\n\n"
    "Die Lebensmittel reichen nach Angaben der Helfer nur noch für wenige Tage.\n\n"
)
_FOOTER = (
    "Helfen Sie mit einer Spende – schon ab 5 € im Monat ▸\n\n"
    "© 2027 Sommerauer Tafel e. V. | Impressum | Datenschutz\n"
)


def _runs(lines: list[str]) -> bool:
    blocks = split_blocks("\n\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    return _enumeration(blocks, shapes, 0, len(blocks))


def test_an_enumeration_of_nouns_under_the_outlets_lead_in() -> None:
    assert _runs(
        [
            "Was wir in diesen Wochen am meisten brauchen:",
            "- Nudeln, Reis und Konserven",
            "- Haltbare Milch",
            "- Helferinnen und Helfer für die Ausgabe am Samstag",
        ]
    )


def test_labels_and_calls_over_a_list_are_no_enumeration() -> None:
    # a label that ends in a capitalised word, a call to the reader, a phrase cue
    assert not _runs(["Weitere Meldungen aus Sommerau:", "- Neue Halle", "- Chor sucht Sänger"])
    assert not _runs(
        ["Das könnte Sie auch interessieren:", "- Neue Halle eröffnet", "- Chor sucht Sänger"]
    )
    assert not _runs(["Auch lesenswert:", "- Neue Halle eröffnet", "- Chor sucht Sänger"])
    # items with links
    assert not _runs(
        ["Was wir in diesen Wochen am meisten brauchen:", "- Spendenliste › www.beispiel.de"]
    )


def test_the_enumeration_stays_and_the_furniture_under_it_goes() -> None:
    body = (
        "Sommerauer Tafel – Lebensmittel retten, Menschen helfen\n\n"
        + _ARTICLE
        + "Was wir in diesen Wochen am meisten brauchen:\n\n"
        "- Nudeln, Reis und Konserven\n\n"
        "- Haltbare Milch\n\n"
        "Unser Tier der Woche: Kater Moritz, 4 Jahre, sucht ein Zuhause ▸\n\n" + _FOOTER
    )
    kept = clean_body(body).text
    assert "am meisten brauchen:" in kept
    assert "- Nudeln, Reis und Konserven" in kept
    assert "- Haltbare Milch" in kept
    assert "Kater Moritz" not in kept
    assert "© 2027" not in kept


_VOICED_LEAD = "Großer Jubel am Sonntag: Unsere Jugendgarde ist neuer Meister im Gardetanz."


def _lead_case(above: str | None, text: str = _VOICED_LEAD) -> list[int]:
    texts = [
        "Jugendgarde holt den Titel",
        text,
        "Die zwölf Tänzerinnen setzten sich in Talbrück gegen neun andere Gruppen durch.",
        "Am Ende fehlten der zweitplatzierten Garde nur drei Punkte zum Sieg.",
    ]
    blocks = split_blocks("\n\n".join(texts))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [above, None, None, None]
    scores = [1.0 if above else 0.0, 0.5, 0.0, 0.0]  # "unsere": not clean prose
    return candidates(blocks, shapes, reason, scores)


def test_a_lead_in_the_outlets_voice_under_the_headline_is_no_candidate() -> None:
    assert 1 not in _lead_case("repeated-headline")
    assert 1 not in _lead_case("dateline")


def test_a_call_under_the_headline_and_the_lead_elsewhere_stay_candidates() -> None:
    assert 1 in _lead_case(None)
    assert 1 in _lead_case("repeated-headline", "Werden Sie Mitglied und unterstützen Sie uns.")


def test_an_authors_note_under_its_heading_goes() -> None:
    body = (
        _ARTICLE + "Über die Autorin\n\n"
        "Jana Beispiel ist Sozialarbeiterin und leitet seit 2019 die Ausgabestelle am Bahnhof.\n\n"
        + _FOOTER
    )
    kept = clean_body(body).text
    assert "Jana Beispiel ist Sozialarbeiterin" not in kept
    assert "Die Lebensmittel reichen" in kept


def test_a_paragraph_under_a_subheading_that_names_no_person_stays() -> None:
    body = (
        _ARTICLE + "Zur Person\n\n"
        "Seit dem Sommer gibt es deshalb eine zweite Ausgabestelle im Norden der Stadt.\n\n"
        + _FOOTER
    )
    assert "zweite Ausgabestelle" in clean_body(body).text


def test_a_headline_under_a_weakly_cued_label_is_the_headline() -> None:
    body = (
        "Start | Verein | Termine | Kontakt\n\n"
        "Umfrage: Jeder Zweite spendet lieber Lebensmittel als Geld\n\n"
        "Aktuelles · 03.02.2027\n\n" + _ARTICLE + _FOOTER
    )
    res = clean_body(body)
    assert res.title == "Umfrage: Jeder Zweite spendet lieber Lebensmittel als Geld"


def test_a_strongly_cued_line_over_the_dateline_is_no_headline() -> None:
    body = (
        "Start | Verein | Termine | Kontakt\n\n"
        "Anzeige: Jetzt Mitglied werden und 20 Prozent sparen\n\n"
        "Aktuelles · 03.02.2027\n\n" + _ARTICLE + _FOOTER
    )
    assert clean_body(body).title != "Anzeige: Jetzt Mitglied werden und 20 Prozent sparen"


def test_a_title_that_shares_the_companys_own_word_is_the_outlet() -> None:
    lines = [
        "Fitpunkt Journal · Stark. Fit. Gesund.",
        "Text",
        "© 2027 Fitpunkt Studios GmbH · AGB · Impressum",
    ]
    assert _titled_copyright("Fitpunkt Studios", lines) == "Fitpunkt Journal"
    lines[0] = "Tierheim Sommerau – Tierschutzverein Sommerau und Umgebung e. V."
    lines[2] = "© 2027 Tierschutzverein Sommerau und Umgebung e. V. – Satzung · Impressum"
    assert _titled_copyright("Tierschutzverein Sommerau und Umgebung", lines) == (
        "Tierheim Sommerau"
    )


def test_a_masthead_that_shares_no_word_stays_the_company() -> None:
    lines = [
        "Kraftwerk Journal · Stark. Fit. Gesund.",
        "Text",
        "© 2027 Fitpunkt Studios GmbH · AGB · Impressum",
    ]
    assert _titled_copyright("Fitpunkt Studios", lines) is None


def test_a_medium_on_a_partner_line_is_no_owner() -> None:
    lines = [
        "Tickets | Programm | Anfahrt",
        "Präsentiert von Radio Talwelle – jeden Freitag ab 18 Uhr",
        "Der Text der Meldung.",
        "Partner: Brauerei Linde · Radio Talwelle · Stadtwerke",
    ]
    assert _media_outlet(lines, set()) is None
    lines[1] = "Radio Talwelle – Programm · Moderation · Team"
    lines[3] = "© Radio Talwelle · Impressum"
    assert _media_outlet(lines, set()) == "Radio Talwelle"


def test_a_login_link_is_no_outlet() -> None:
    text = (
        "Start | Termine | Galerie | Mitglieder-Login\n\nDer Text der Meldung steht hier.\n\n"
        "Mitglieder-Login · Impressum · Datenschutz"
    )
    assert find_outlet(text) != "Mitglieder-Login"


def test_a_later_online_seit_segment_gives_the_time() -> None:
    found = find_published("22.06.2027 | Reise | online seit 9:15 | drei Minuten Lesezeit\n")
    assert found is not None
    assert found[0].startswith("2027-06-22T09:15")
    # a time in a segment without a publication label is no publication time
    other = find_published("22.06.2027 | Reise | Abfahrt 9:15 | drei Minuten Lesezeit\n")
    assert other is not None
    assert "T09:15" not in other[0]


def _round46(text: str) -> list[str]:
    from lagebild.clean.lexicon import _ROUND46

    return [c.reason for c in _ROUND46 if c.pattern.search(text)]


def test_round46_cues_match_furniture() -> None:
    for line, reason in (
        ("Notdienst am Wochenende: 0171 23 45 678", "contact"),
        ("Kartentelefon der Geschäftsstelle: 02234 / 56 78 90 (Mo und Mi)", "contact"),
        ("Aus dem Vereinsshop: Trinkflasche, 0,75 l – Mitglieder zahlen 15 % weniger", "promo"),
        ("Partnerangebot: 10 Prozent Rabatt auf alle Laufschuhe", "promo"),
        ("Neu im Vereinsshop: Kapuzenpulli in drei Farben", "promo"),
        ("Die Club-App: Termine und Tickets – kostenlos im Store", "promo"),
        ("Spielbericht verpasst? Alle Tore im Ticker nachlesen", "newsletter"),
    ):
        assert reason in _round46(line), line


def test_round46_cues_spare_news_prose() -> None:
    for line in (
        "Die Polizei bittet Zeugen, sich unter der Nummer 0711 8990 zu melden.",
        "Endstand: 0:3 nach einem schwachen Spiel der Gastgeber.",
        "Die Mitglieder erhalten künftig 10 Prozent weniger Zinsen, teilte die Bank mit.",
        "Der Shop im Ort schließt Ende des Monats.",
        "Die App der Stadt wurde bisher 4000-mal heruntergeladen.",
        "Wer die Frist verpasst, muss mit einem Bußgeld rechnen.",
    ):
        assert not _round46(line), line
