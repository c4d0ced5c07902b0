"""Round 47 (heldout38) rules: on a page without a dateline the headline sits right above the
first paragraph, under its section label; a site's blog, forum or reader's own area in a
breadcrumb or account row is no outlet name; cited media in a few more shapes (an agency's
credit before the last full stop, the agency's wire, a kind word in a compound before a
brand-like name, "laut einem Bericht von ..."), and the outlet's own blog is no cited source;
_ROUND47 cue families. All lines are invented for these tests."""

from __future__ import annotations

from lagebild.clean.blocks import cue_hits
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.outlets import find_outlet

_MENU = "Fahrplan | Tarife | Tickets | Baustellen | Unternehmen | Presse"
_PROSE = (
    "Die Verkehrsbetriebe haben am Montag zwei neue Buslinien in Betrieb genommen.\n\n"
    "Sie verbinden die Neubaugebiete im Norden mit dem Bahnhof.\n\n"
    "Die Busse fahren zunächst alle zwanzig Minuten.\n"
)


def test_the_headline_under_a_section_label_right_above_the_first_paragraph() -> None:
    body = f"{_MENU}\n\nMobilität & Klima\n\nZwei neue Buslinien verbinden den Norden\n\n{_PROSE}"
    res = clean_body(body)
    assert res.title == "Zwei neue Buslinien verbinden den Norden"
    assert "Mobilität & Klima" not in res.text


def test_a_headline_over_its_deck_stays_the_headline() -> None:
    # a first line of more than three words is no section label: the longer line under it,
    # right above the prose, is the deck
    body = (
        f"{_MENU}\n\nNeue Buslinien im Norden\n\n"
        "Zwei Linien verbinden die Neubaugebiete mit dem Bahnhof der Stadt\n\n"
        f"{_PROSE}"
    )
    assert clean_body(body).title == "Neue Buslinien im Norden"


def test_a_blog_or_account_row_names_no_outlet() -> None:
    assert find_outlet("Blog › Interviews\n\nEin Text über den Hafen.\n") is None
    assert find_outlet("Kundenbereich · Merkliste (2) · Nachrichten\n\nEin Text.\n") is None
    # a site's own name in a breadcrumb still is one
    assert find_outlet("Hafenwerk.de › Blog › Interviews\n\nEin Text.\n") == "Hafenwerk.de"


def test_cites_in_more_shapes() -> None:
    assert "epd" in find_cites("Der Entwurf liegt dem Kabinett seit Freitag vor (epd).")
    assert "dpa" in find_cites("Die Meldung lief am Abend auch über den Ticker der dpa.")
    assert find_cites("Darüber hatte das Fachportal bahnwelt.de im Mai geschrieben.") == [
        "bahnwelt.de"
    ]
    assert find_cites("Laut einem Bericht von golem.de ist das Modell teurer.") == ["golem.de"]


def test_no_cites_from_lookalikes() -> None:
    # a party in brackets, a ticker of a club, a plain word after a kind compound
    assert find_cites("Das fordert seit Jahren die Opposition (SPD).") == []
    assert find_cites("Der Ticker des Vereins zeigte den Spielstand an.") == []
    assert find_cites("Das Stadtmagazin erscheint ab Mai monatlich.") == []
    assert find_cites("Laut einem Bericht von gestern ist die Halle geschlossen.") == []


def test_the_outlets_own_blog_is_no_cited_source() -> None:
    text = (
        "Talwerk – Coworking im Alten Bahnhof\n\n"
        "„Wir sind sehr zufrieden“, sagte sie dem Talwerk-Blog.\n\n"
        "© 2027 Talwerk GmbH · Impressum · Datenschutz\n"
    )
    assert find_cites(text) == []
    assert find_cites("„Das war knapp“, sagte sie dem Nordkurier-Blog.") == ["Nordkurier-Blog"]


def _round47(text: str) -> list[str]:
    from lagebild.clean.lexicon import _ROUND47

    return [c.reason for c in _ROUND47 if c.pattern.search(text)]


_FURNITURE = (
    ("Hallenplan (PDF, 1,8 MB): alle Stände und Eingänge", "related"),
    ("Neu eingestellt: 2-Zimmer-Wohnung, 48 m², Altstadt", "promo"),
    ("Frisch inseriert: Lagerhalle am Hafen, 300 m²", "promo"),
    ("Tickets online buchen und bis zu 20 % sparen", "promo"),
    ("Buchen Sie Ihr Ticket eine Woche vorher und sparen Sie ein Viertel.", "promo"),
    ("Neuigkeiten vom Verein – hier E-Mail eintragen", "newsletter"),
    ("Kundenportal: Abo pausieren – Login mit Kundennummer", "promo"),
    ("Event-Tipp: Sommerfest am Samstag ab 15 Uhr", "promo"),
    ("Tipp aus dem Kundenbereich: Speichere deine Rechnungen", "promo"),
    ("Kleingedrucktes: Alle Angaben ohne Gewähr.", "disclaimer"),
    ("Wir sind keine Anwaltskanzlei und ersetzen keine Beratung.", "disclaimer"),
    ("Kommentare sind für registrierte Nutzer offen.", "comments"),
    ("Wir moderieren täglich von 8 bis 20 Uhr.", "comments"),
    ("Fehler entdeckt? Schreiben Sie uns eine Nachricht.", "contact"),
    ("Anstößiges Bild entdeckt? Klick auf „Melden“.", "contact"),
    ("Jede Korrektur kennzeichnen wir unter dem Text.", "contact"),
    ("Noch nicht überzeugt? Testet uns gratis eine Woche lang.", "promo"),
    ("Wohnung gesucht in Talheim? Aktuell 41 Angebote", "promo"),
    ("Über die Stadtwerke Talheim: Die Stadtwerke Talheim versorgen 40.000 Haushalte.", "credit"),
    ("Diskutiert mit: 5 neue Beiträge", "comments"),
    ("Mitreden: 12 neue Antworten im Forum-Thread", "comments"),
    ("Mietrechner: Wohnfläche und Ort eingeben", "promo"),
    ("Der Saal „Elbe“ ist noch frei am Samstag", "promo"),
    ("Yoga am Mittwoch – noch 4 Plätze frei", "promo"),
)


def test_round47_cues_match_furniture() -> None:
    for line, reason in _FURNITURE:
        assert reason in _round47(line), line


def test_round47_cues_open_through_their_keys() -> None:
    # the clean step runs a cue only when one of its keys is in the line
    for line, reason in _FURNITURE:
        assert reason in cue_hits(line)[1], line


def test_round47_cues_spare_news_prose() -> None:
    for line in (
        "Der Bericht umfasst 120 Seiten und liegt dem Rat als PDF vor.",
        "Neu eingestellt wurden im Mai zwölf Erzieherinnen.",
        "Wer früh bucht, kann nach Angaben des Verbands sparen.",
        "Die Nachricht kam per E-Mail am Abend.",
        "Ein Tipp aus dem Publikum brachte die Polizei auf die Spur.",
        "Die Beratung übernehmen keine Anwälte, sondern Ehrenamtliche.",
        "Die Kommentare der Abgeordneten fielen scharf aus.",
        "Wer den Fehler entdeckte, ist bis heute unklar.",
        "Die Tester probierten das Gerät drei Wochen lang aus.",
        "Der Dieb wurde gesucht, die Polizei fand ihn am Abend.",
        "Über den Antrag: Der Rat stimmte ihm mit großer Mehrheit zu.",
        "Sie diskutierten mit den Anwohnern über den Lärm.",
        "Der Rechner war nach dem Einbruch verschwunden.",
        "Der Platz ist nicht mehr frei, sagte der Wirt.",
    ):
        assert not _round47(line), line
