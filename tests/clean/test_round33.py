"""Round 33 (heldout24) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits, shape, split_blocks
from lagebild.clean.boilerplate import clean_body, quoted_reports
from lagebild.clean.cites import find_cites
from lagebild.clean.outlets import find_outlet

_HEAD = (
    "Beim Saisonfinale in Altenried hat Jana Woltersdorf ihr drittes Rennen in Folge gewonnen.\n"
    "Die Fahrerin setzte sich nach 42 Runden mit knapp vier Sekunden Vorsprung durch.\n"
)
_TAIL = (
    "Der zweite Platz ging an Marek Hollstein, der von Startplatz neun nach vorn fuhr.\n"
    "Das nächste Rennen findet Anfang September auf der Nordschleife statt, hieß es.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Mitspielen erst ab 18 Jahren. Glücksspiel kann süchtig machen.",
        "Spielteilnahme nur ab 18 – bitte spielen Sie verantwortungsvoll.",
        "Nur für Volljährige. Infos zum Spielerschutz im Hilfebereich.",
        "Bitte spiel mit Verantwortung.",
        "Spielsucht? Rat und Hilfe rund um die Uhr unter 0800 555 10 20.",
        "Die Saisontermine als Kalenderdatei für Outlook und Google laden",
        "Regen in der Startphase – zum Liveticker",
        "Ratgeber-Box Rente: Wann lohnt sich der Antrag? Jetzt nachrechnen",
        "Servicekasten Wohnen im Alter: Checkliste für den Umzug",
        "Zum Ausdrucken: Einkaufsliste in großer Schrift (PDF)",
        "Jetzt mitraten: Bilderrätsel mit drei Schwierigkeitsstufen",
        "Unser Kreuzworträtsel der Woche – mit Lösungswort",
        "Jetzt Spielschein für Mittwoch ausfüllen",
        "Lottoschein bequem online abgeben – bis 18 Uhr",
        "Spielgemeinschaft online gründen und Anteile teilen",
        "Unser Verlag ist mit einem Stand in Halle 4 vertreten – kommen Sie vorbei!",
    ],
)
def test_round33_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Kommen Sie vorbei. Meine Sprechstunde ist jeden Donnerstag ohne Anmeldung.",
        "Der Gewinner hatte seinen Schein in einer Annahmestelle in Fulda abgegeben.",
        "Die Spielsucht hat in der Region zugenommen, sagte die Beraterin.",
        "Die Teilnahme an der Ausfahrt ist für alle Mitglieder offen.",
        "Die Übertragung des Rennens begann mit einer Stunde Verspätung.",
        "Im Rätsel um den verschwundenen Pokal gibt es eine neue Spur.",
        "Die Kinder durften beim Quiz der Grundschule mitraten.",
        "Der Kalender der Rennserie wurde am Montag noch einmal geändert.",
        "Der Verein hatte am Stand auf dem Markt über die Anlage informiert.",
    ],
)
def test_round33_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_table_stays_when_an_ad_slot_stands_between_it_and_the_prose() -> None:
    # the article's table goes on into prose only after an ad label and its one line of copy
    body = (
        _HEAD
        + "Die Zeiten der ersten drei:\n"
        + "| Platz | Fahrerin | Runden | Abstand |\n"
        + "| 1 | Woltersdorf | 42 | – |\n"
        + "| 2 | Hollstein | 42 | +3,9 s |\n"
        + "| 3 | Brandauer | 42 | +11,2 s |\n"
        + "Anzeige\n"
        + "Reifen für jede Saison – jetzt im Onlineshop vergleichen\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "| 2 | Hollstein | 42 | +3,9 s |" in res.text
    assert "Onlineshop" not in res.text
    assert "Der zweite Platz" in res.text


def test_a_menu_after_an_ad_slot_is_still_no_table() -> None:
    body = (
        _HEAD
        + "Mehr aus dem Ressort:\n"
        + "| Formel 1 | Rallye | DTM | Kart |\n"
        + "| Ergebnisse | Kalender | Videos | Fotos |\n"
        + "Anzeige\n"
        + "Reifen für jede Saison – jetzt im Onlineshop vergleichen\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Formel 1 | Rallye" not in res.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Die Teamchefin sprach gegenüber der Fachpresse von „einem bitteren Nachmittag“.", True),
        ("Er nannte den Defekt „völlig unerklärlich“, sagte ein Sprecher am Abend.", True),
        # no speaker's verb, a call to the reader, or the outlet's own voice: no report
        ("„Jetzt abonnieren“ und keinen Bericht mehr verpassen.", False),
        ("Lesen Sie gegenüber im Interview, was „die Zukunft bringt“.", False),
        ("Wir sprachen mit der Siegerin über „ihr bestes Rennen“.", False),
    ],
)
def test_quoted_reports(line: str, kept: bool) -> None:
    blocks = split_blocks(line)
    shapes = [shape(b.text) for b in blocks]
    got = quoted_reports(blocks, shapes, [None] * len(blocks))
    assert (0 in got) is kept, line


def test_a_quoted_statement_between_furniture_stays() -> None:
    body = (
        _HEAD
        + _TAIL
        + "Gesamtwertung Top 3: 1. Woltersdorf 112 | 2. Hollstein 98 | 3. Brandauer 90\n"
        + "Ihr Renningenieur sprach gegenüber dem Fachblatt Rennpraxis von "
        + "„einer Strategie, die perfekt aufging“.\n"
        + "Auch interessant:\n"
        + "Hollstein im Porträt: Vom Kartbahnkind zum Podium\n"
    )
    res = clean_body(body)
    assert "Ihr Renningenieur sprach gegenüber" in res.text
    assert "Hollstein im Porträt" not in res.text


def test_a_call_to_follow_is_not_read_into_the_outlets_name() -> None:
    text = (
        "Rennlinie – Motorsport kompakt\n"
        + "Zum Inhalt springen | Suche | Anmelden\n"
        + "Formel 1 | Rallye | Ergebnisse | Videos\n"
        + "Woltersdorf gewinnt das Saisonfinale\n"
        + "vor 3 Stunden | Tourenwagen\n"
        + _HEAD
        + _TAIL
        + "Folgen Sie Rennlinie auf allen Kanälen – Startzeiten direkt in Ihrem Feed\n"
        + "© 2027 Rennlinie Media | Impressum | Datenschutz\n"
    )
    assert find_outlet(text) == "Rennlinie"


def test_a_fuller_name_with_the_readers_pronoun_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # when the generic signals read the call into the name, the short name stays
    from lagebild.clean import outlets

    monkeypatch.setattr(outlets, "_generic_outlet", lambda lines: "Folgen Sie Rennlinie")
    assert outlets._fuller_name("Rennlinie", ["Rennlinie – Motorsport kompakt"]) == "Rennlinie"
    monkeypatch.setattr(outlets, "_generic_outlet", lambda lines: "Rennlinie Media")
    assert outlets._fuller_name("Rennlinie", ["x"]) == "Rennlinie Media"


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        (
            "Die Teamchefin sprach gegenüber Kartsport-Magazin.de von „einem Rückschlag“.",
            ["kartsport-magazin.de"],
        ),
        ("Der Sprecher sagte gegenüber dem NDR, man prüfe den Fall.", ["NDR"]),
        # a person or a body spoken to is no medium
        ("Der Fahrer sprach gegenüber seinem Team von einem Defekt.", []),
        ("Sie sagte gegenüber der Rennleitung, sie habe nichts gesehen.", []),
    ],
)
def test_a_medium_after_a_verb_and_gegenueber_is_cited(line: str, cites: list[str]) -> None:
    assert find_cites(line) == cites
