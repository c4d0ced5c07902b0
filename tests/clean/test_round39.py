"""Round 39 (heldout30) rules: a time after one label word closing the dateline, a local paper
named with its place, the perfect with a focus word and taking a story up as citing, and
furniture of members' sites (members' area, who may comment, forum disclaimers, link phrases
closing an item, calls to join, the site's own advice service, funding notices, recurring
dates, classified ads, push prompts). All lines are invented for these tests."""

from __future__ import annotations

import pytest

from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.lexicon import _ROUND39


def _hits(line: str) -> list[str]:
    return [c.reason for c in _ROUND39 if c.pattern.search(line)]


def test_time_after_a_label_word_closes_the_dateline() -> None:
    assert find_published("Mitteilung · Mi., 3.3.2027 · Versand 14.10") == (
        "2027-03-03T14:10",
        "minute",
    )
    assert find_published("Notiz · Fr., 9.4.2027 · Stand abends 8.30") == (
        "2027-04-09T20:30",
        "minute",
    )
    assert find_published("Online 12.8.2027, Freigabe 6.55 · drei Minuten") == (
        "2027-08-12T06:55",
        "minute",
    )


def test_time_after_a_label_word_counter_examples() -> None:
    # a price, a page, a time inside a longer segment: the day only
    assert find_published("12.8.2027, Preis 11.20 Euro") == ("2027-08-12", "day")
    assert find_published("12.8.2027 · Heft 11.20 und mehr") == ("2027-08-12", "day")
    assert find_published("12.8.2027 · Seite 3") == ("2027-08-12", "day")
    assert find_published("12.8.2027 · Kurs 99.75") == ("2027-08-12", "day")  # no clock


def test_local_paper_keeps_its_kind_word() -> None:
    assert find_cites("Wie das Kreisblatt Talheim berichtete, steigen die Preise.") == [
        "Kreisblatt Talheim"
    ]
    assert find_cites("Laut dem Stadtanzeiger Ostkamp fällt der Markt aus.") == [
        "Stadtanzeiger Ostkamp"
    ]
    # a kind word that is no local paper's stays a description
    assert find_cites("Wie die Zeitung Haaretz berichtete, steigen die Preise.") == ["Haaretz"]


def test_had_reported_with_a_focus_word() -> None:
    assert find_cites("Im Mai hatte auch der NDR über die Ernte berichtet.") == ["NDR"]
    assert find_cites("Damals hatte ebenfalls der Spiegel darüber berichtet.") == ["Spiegel"]
    assert find_cites("Im Mai hatte auch der Bürgermeister über die Ernte berichtet.") == []


def test_taking_a_story_up_and_advice_cite_the_medium() -> None:
    assert find_cites("Auch der MDR griff das Thema in einer Sendung auf.") == ["MDR"]
    assert find_cites("Die Apotheken Umschau empfiehlt viel Wasser.") == ["Apotheken Umschau"]
    assert find_cites("Nach einem Bericht der ADAC Motorwelt steigen die Preise.") == [
        "ADAC Motorwelt"
    ]


def test_taking_a_story_up_counter_examples() -> None:
    assert find_cites("Auch der Verein griff das Thema in seiner Sitzung auf.") == []
    assert find_cites("Der MDR griff zum Telefon.") == []
    assert find_cites("Die Polizei empfiehlt, Türen zu schließen.") == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Die Bilder stehen im Mitgliederbereich (Login erforderlich).", "paywall"),
        ("Der Spielplan als PDF für Vereinsmitglieder im internen Bereich", "paywall"),
        ("Das Passwort erhalten Sie beim Kassenwart.", "paywall"),
        ("Kommentieren dürfen nur registrierte Nutzer.", "comments"),
        ("Antworten zu diesem Artikel sehen ausschließlich angemeldete Leser.", "comments"),
        ("Einträge im Gästebuch geben die Meinung der Autoren wieder.", "disclaimer"),
        ("Bastelidee der Woche: Laternen aus Papier – hier entlang", "promo"),
        ("Pflegeöl für Leder, 100 ml – zum Shop", "promo"),
        ("Checkliste Umzug – kostenloser Download (PDF, 120 KB)", "promo"),
        ("Jetzt Tickets sichern: Anmeldung bis Freitag", "promo"),
        ("Fördermitglied werden? Schon ab 5 Euro im Monat dabei.", "promo"),
        ("Unsere Mietrechtsberatung hilft schnell und kostenlos.", "contact"),
        ("Beratung zur Rente: Terminvereinbarung per Telefon", "contact"),
        ("Dieses Portal wird aus Mitteln der Stiftung gefördert.", "disclaimer"),
        ("Nächstes Treffen: jeden zweiten Dienstag im Vereinsheim", "promo"),
        ("Biete: Satz Felgen 14 Zoll, kaum gefahren", "promo"),
        ("Benachrichtigungen aktivieren: neue Termine sofort aufs Handy", "newsletter"),
    ],
)
def test_members_site_furniture(line: str, reason: str) -> None:
    assert reason in _hits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Akten lagerten im internen Bereich des Ministeriums.",
        "Er vergaß das Passwort und kam nicht mehr an seine Daten.",
        "Kommentieren wollte der Minister den Vorfall nicht.",
        "Die Umfragen geben die Meinung der Bevölkerung nur grob wieder.",
        "Der Weg führt – hier entlang – direkt zum Rathaus.",
        "Jetzt gilt es, die Plätze zu sichern, sagte der Trainer.",
        "Mitglied werden wollte er nie, sagte Huber.",
        "Die Beratungsstelle der Stadt hilft bei Anträgen.",
        "Termine: Das Amt ist wegen Umbaus geschlossen.",
        "Dieses Projekt wird vom Land mit zwei Millionen Euro gefördert.",
        "Nächste Woche: Der Rat berät über den Haushalt.",
        "Die Suche nach dem Vermissten dauert an.",
        "Das Warnsystem lässt sich per App aktivieren, sagte der Sprecher.",
    ],
)
def test_members_site_furniture_counter_examples(line: str) -> None:
    assert _hits(line) == []


def test_yes_no_prompt_is_a_widget() -> None:
    assert "widget" in _hits("Darf diese Seite Statistik erheben? Ja / Nein")
    assert "widget" in _hits("War der Beitrag hilfreich? Nein | Ja")
    assert _hits("Ja oder Nein? Darüber stimmen die Bürger ab.") == []
    assert _hits("Soll die Stadt bauen? Ja, sagt der Rat, nein, sagt die Opposition.") == []


def test_call_to_join_in_the_middle_of_an_article_goes() -> None:
    from lagebild.clean.boilerplate import clean_body

    body = (
        "Hofladen erweitert sein Angebot\n"
        "Der Hofladen in Talheim liefert ab Mai auch in die Nachbarorte.\n"
        "Bisher bekamen rund 200 Haushalte jede Woche eine Kiste mit Gemüse.\n"
        "Fördermitglied werden? Mit einem Beitrag von 5 Euro unterstützen Sie unsere Arbeit.\n"
        "Für die Ausweitung hat der Betrieb ein zweites Fahrzeug angeschafft.\n"
        "Künftig sollen es bis zu 400 Haushalte werden, sagte die Betriebsleiterin.\n"
    )
    res = clean_body(body)
    assert "Fördermitglied werden?" not in res.text
    assert "Künftig sollen es bis zu 400 Haushalte werden" in res.text
