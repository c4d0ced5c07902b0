"""Round 32 (heldout23) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits, shape, split_blocks
from lagebild.clean.boilerplate import clean_body, follow_up_sentences
from lagebild.clean.cites import find_cites
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
        "Sponsored: Mit dem Planungstool Raumwerk sparen Sie Zeit bei jeder Ausschreibung.",
        "Gesponsert von Muster Optik GmbH: Ferngläser für jede Reise – jetzt ansehen.",
        "Umzug geplant? Mit Packfix finden Sie in Minuten ein Team in Ihrer Nähe.",
        "Yogakurs für Einsteiger – erste Stunde gratis",
        "Checkliste „Elternsprechtag“ – 4 Seiten, kostenlos für registrierte Nutzer",
        "Gratis-Webinar für Händler: Kassensysteme im Vergleich – Dienstag, 10 Uhr",
        "Der Praxisbrief: montags alle Urteile der Woche direkt ins Postfach",
        "Herstellerverzeichnis: Fenster und Türen aus Holz",
        "Baustoffdatenbank: Dämmstoffe von 30 Anbietern vergleichen",
        "Ausschreibung: Sanierung Hallenbad Nord – Angebotsfrist 03.05.2028",
        "Bauleistungen Kita West, Vergabe-Nr. 28-113",
        "Nachdruck und Weitergabe der Texte nur mit schriftlicher Genehmigung des Verlags.",
        "Liveticker beendet – wir melden uns, sobald es Neues gibt.",
        "TikTok-Video von @gartenglueck: „So gelingt der Rückschnitt“",
        "Mein neues Lieblingsrezept 🍋 – 8.300 Likes",
        "Neu in der Mediathek: Vorträge zur Stadtgeschichte",
        "Neu im Shop: Kalender 2029 mit Motiven aus der Region",
    ],
)
def test_round32_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 2.0, line


@pytest.mark.parametrize(
    "line",
    [
        # article text that shares words with the cues
        "Die Werbung für das Festival hat die Stadt selbst bezahlt.",
        "Die erste Stunde war die schwerste, sagte die Schwimmerin.",
        "Die Plattform ist nach Angaben des Ministeriums für registrierte Schulen offen.",
        "Das Webinar am Dienstag besuchten rund 300 Lehrkräfte.",
        "Der Kreis will die Datenbank der Hochwassergebiete bis Mai erneuern.",
        "Die Ausschreibung für das Hallenbad läuft noch bis zum Sommer.",
        "Die Weitergabe der Daten an Dritte ist verboten, sagte der Datenschützer.",
        "Der Countdown zur Landung läuft seit Freitag.",
        "Das Video wurde nach Angaben der Polizei mehr als 10.000 Mal angesehen.",
        "Neu im Amt ist seit Januar die Bürgermeisterin Anna Kehl.",
    ],
)
def test_round32_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score < 2.0, line


def test_a_sentence_pointing_back_stays_after_a_teaser() -> None:
    # the second sentence explains what the one before it named; a weak phrase ("kostenlos")
    # must not let the learned model cut it at the end of the article
    body = (
        _HEAD
        + _TAIL
        + "Wer Fragen hat, kann sich an die Beratungsstellen der Gemeinden wenden.\n"
        + "Diese sind kostenlos und an allen Werktagen geöffnet.\n"
        + "Ratgeber: Hausanschluss richtig planen (PDF, 3 Seiten)\n"
        + "Artikel teilen via Messenger oder Kurzlink\n"
    )
    res = clean_body(body)
    assert "Diese sind kostenlos" in res.text
    assert "Artikel teilen" not in res.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Diese sind kostenlos und an allen Werktagen geöffnet.", True),
        ("Dort gibt es auch eine Beratung für Vermieter.", True),
        # a determiner before a noun speaks of the page, not of the sentence before
        ("Dieser Beitrag gehört zu unserem Plus-Angebot.", False),
        ("Diese Seite verwendet keine Werbe-Cookies.", False),
        # talking to the reader or linking is no explanation of the article's own
        ("Dort finden Sie alle Formulare zum Download.", False),
        ("Dort gibt es mehr unter www.talheim.example.", False),
    ],
)
def test_follow_up_sentences(line: str, kept: bool) -> None:
    text = "Wer Fragen hat, kann sich an die Beratungsstellen der Gemeinden wenden.\n" + line
    blocks = split_blocks(text)
    shapes = [shape(b.text) for b in blocks]
    got = follow_up_sentences(blocks, shapes, [None] * len(blocks))
    assert (1 in got) is kept, line


def test_a_table_under_a_lead_in_between_a_shop_teaser_and_the_rows_stays() -> None:
    body = (
        _HEAD
        + "Wasserfilter für den Garten ab 19,90 € – zum Shop*\n"
        + "Die Messwerte an drei Stellen:\n"
        + "Stelle | pH | Nitrat | Temperatur\n"
        + "Nordbrücke | 7,1 | 18 | 14,2\n"
        + "Mühlwehr | 7,3 | 22 | 14,8\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Die Messwerte an drei Stellen:" in res.text
    assert "Nordbrücke | 7,1" in res.text
    assert "zum Shop" not in res.text


def test_a_menu_after_a_shop_teaser_is_no_table() -> None:
    # rows without figures under the same kind of lead-in are a menu, not the article's table
    body = (
        _HEAD
        + "Wasserfilter für den Garten ab 19,90 € – zum Shop*\n"
        + "Weitere Themen aus der Region:\n"
        + "Politik | Wirtschaft | Sport | Kultur\n"
        + "Leben | Reise | Auto | Digital\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Politik | Wirtschaft" not in res.text


def test_ad_copy_under_a_bare_ad_label_goes() -> None:
    body = (
        _HEAD
        + "Anzeige\n"
        + "Prüfung in Sicht? Mit Lernwerk bereiten Sie sich in Ruhe vor.\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Lernwerk" not in res.text
    assert "Baubeginn" in res.text and "neuen Kläranlage" in res.text


def test_a_new_material_banner_over_the_headline_is_no_title() -> None:
    body = (
        "Politik | Schule | Materialbörse\n"
        "Neu in der Materialbörse: 80 Arbeitsblätter zur Energiewende\n"
        "Neue Kläranlage für Talheim beschlossen\n" + _HEAD + _TAIL
    )
    assert clean_body(body).title == "Neue Kläranlage für Talheim beschlossen"


def test_a_capitals_masthead_named_again_as_the_page() -> None:
    body = (
        "WERKBANK AKTUELL | Das Portal für Holz und Metall\n"
        + _HEAD
        + _TAIL
        + "Leserbriefe nimmt die Redaktion von Werkbank Aktuell gern per Mail entgegen.\n"
    )
    assert find_outlet(body) == "Werkbank Aktuell"
    social = (
        "STERNWARTE · Astronomie heute\n" + _HEAD + _TAIL + "Folgen Sie Sternwarte auf Mastodon\n"
    )
    assert find_outlet(social) == "Sternwarte"
    # capitals over a tagline that the page never names as itself name nobody
    assert find_outlet("WERKBANK AKTUELL | Das Portal für Holz\n" + _HEAD + _TAIL) is None


def test_round32_cites() -> None:
    assert find_cites(
        "„Das reicht nicht“, betonte die Forscherin Eva Lind im Deutschlandfunk."
    ) == ["Deutschlandfunk"]
    assert find_cites("Das sagte der Minister im Bundestag.") == []
    assert find_cites("Das kritisierte sie im Stadtrat.") == []
    assert find_cites("Auch die Bild hatte zuvor über den Rückruf berichtet.") == ["Bild"]
    assert find_cites("Auch der Bürgermeister hatte zuvor darüber berichtet.") == []
    assert find_cites("Über die Landung berichtete auch n-tv.de in einem Liveblog.") == ["n-tv.de"]
    assert find_cites("Über die Landung berichtete auch n-tv am Abend.") == ["n-tv"]
