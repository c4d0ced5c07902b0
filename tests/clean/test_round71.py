"""Round 71 (heldout62: mainstream news written blind: a press-release portal for listed
companies, a regional daily's court reports, a football magazine's transfer news, a news site's
family pages). Article text it lost: a table under a plain sentence whose header names a period
in figures ("Veränderung nach 12 Wochen"), a table's source line naming a bare domain, a table
under a short lead-in with a shop button right under its rows. Furniture by kind of line: a
wire's notes on who answers for a release and what it is not, contact labels, a relative
timestamp under a label, the comment section switched off, a subscription trial, the call to
follow the outlet's ticker, the letters page, a premium label, ad tags in brackets and
sponsored-post labels, shop buttons and price footnotes, an ad's sale copy under its label, a
newsletter's pitch above its sign-up form. Metadata: a list of dated titles dates nothing, a
release kind is no outlet, cites after three fillers, after a comma, in a relative clause with
the agency's code, and with Romance particles. All lines are invented for these tests; each
rule has a counter-example (text that must stay, or a line the rule must leave alone)."""

from __future__ import annotations

import pytest
from samples import cue_reasons as _cues
from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.lexicon import _ROUND71
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "Neues Mittel senkt Blutdruck in Studie deutlich"
_P1 = "Die Firma Beispiel Bio hat eine Studie mit 300 Teilnehmern an zwölf Kliniken abgeschlossen."
_P2 = "Nach acht Wochen sank der Blutdruck in der höheren Dosis um durchschnittlich 14 Punkte."
_P3 = "Nebenwirkungen traten in allen Gruppen ähnlich selten auf, teilte das Unternehmen mit."
_P4 = "Eine größere Studie soll im kommenden Jahr in mehreren Ländern beginnen."


# --- article text lost -------------------------------------------------------------------

_ROWS = (
    "Gruppe | Teilnehmer | Senkung nach 8 Wochen",
    "Dosis A | 101 | −9 Punkte",
    "Dosis B | 99 | −14 Punkte",
    "Scheinmittel | 100 | −3 Punkte",
)


def test_table_whose_header_names_a_period_stays_under_a_sentence() -> None:
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, *_ROWS, _P3, _P4, _END))
    for line in (*_ROWS, _P3):
        assert line in kept


def test_figure_rows_without_a_header_under_the_last_sentence_still_go() -> None:
    ticker = ("Index A | 18.204 | +0,6 %", "Index B | 26.110 | −0,2 %", "Index C | 4.512 | +1,1 %")
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, *ticker, _END))
    assert _P4 in kept
    for row in ticker:
        assert row not in kept


_LEAD = "Die Rangliste der Neuzugänge:"
_RANKS = (
    "Platz | Spieler | Klub | Ablöse",
    "1 | Jan Beispiel | SV Musterstadt | 12,0 Mio. €",
    "2 | Tim Probe | FC Testdorf | 9,5 Mio. €",
    "3 | Ole Muster | TSV Beispielhausen | 7,0 Mio. €",
)
_P5 = "Drei der fünf Spieler kommen aus dem Ausland, sagte der Berater."
_P6 = "Das Transferfenster bleibt noch sechs Wochen geöffnet."


def test_source_line_naming_a_bare_domain_under_a_table_stays() -> None:
    source = "Quelle: spielerwerte.de, eigene Recherche"
    kept = _kept(_body(_MENU, _TITLE, _P1, _LEAD, *_RANKS, source, _P5, _P6, _END))
    assert source in kept
    assert _P5 in kept


def test_source_line_with_a_link_path_still_goes() -> None:
    source = "Quelle: https://spielerwerte.de/liste?sort=abloese"
    kept = _kept(_body(_MENU, _TITLE, _P1, _LEAD, *_RANKS, source, _P5, _P6, _END))
    assert source not in kept
    assert _P5 in kept


def test_table_under_a_short_lead_in_keeps_past_a_shop_button() -> None:
    lead = "Das Ergebnis:"
    rows = (
        "Modell | Preis | Gewicht | Note",
        "Alpha Mini | 45 € | 300 g | gut (2,0)",
        "Beta Kids | 59 € | 280 g | gut (1,9)",
        "Gamma Basic | 25 € | 410 g | ausreichend (3,8)",
    )
    button = "Zum Angebot: Beta Kids*"
    p = "Beim Gamma Basic löste sich der Riemen im Test zweimal von selbst."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, lead, *rows, button, p, _P4, _END))
    for line in (lead, *rows, p):
        assert line in kept
    assert button not in kept


# --- furniture cues, each with text that must keep clear of them ----------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Verbreitet über den Dienst. Für den Inhalt der Mitteilung ist allein der "
            "Herausgeber verantwortlich.",
            "disclosure",
        ),
        (
            "Die Meldung wird Ihnen von Börsenbote bereitgestellt; eine Prüfung durch die "
            "Redaktion erfolgt nicht.",
            "disclosure",
        ),
        (
            "Rechtlicher Hinweis: Dieses Dokument stellt kein Angebot zum Erwerb von "
            "Wertpapieren dar.",
            "disclosure",
        ),
        (
            "Zukunftsbezogene Aussagen: Die Angaben beruhen auf Annahmen des Vorstands.",
            "disclosure",
        ),
        ("Presse- und IR-Kontakt: Tilo Beispiel, +49 30 1234 567", "contact"),
        ("Stand der Nachricht: vor 12 Min.", "dateline"),
        ("Bei Prozessberichten ist die Leserdiskussion deaktiviert.", "comments"),
        ("Jetzt weiterlesen? Lesen Sie zwei Monate für 1 Euro – monatlich kündbar.", "paywall"),
        ("Alle Zeugenaussagen live mitlesen im Prozessticker unserer App.", "promo"),
        ("Leserbriefe bitte an: post@blatt.example – Kürzungen vorbehalten.", "contact"),
        ("Morgenblatt PLUS: Die zehn besten Leihspieler im Check", "paywall"),
        ("Deal des Tages (Werbung): Fußballschuhe zum halben Preis", "disclosure"),
        (
            "Sponsored Content: Dieses Rezept entstand mit Unterstützung eines Herstellers.",
            "disclosure",
        ),
        ("Zum Shop: Helm Alpha Mini*", "widget"),
        ("*Preise zuletzt aktualisiert vor 3 Stunden, Angaben ohne Gewähr.", "disclosure"),
    ],
)
def test_round71_cue_families(line: str, reason: str) -> None:
    assert reason in _cues(line)


@pytest.mark.parametrize(
    "line",
    [
        "Für den Inhalt seiner Rede sei der Minister selbst verantwortlich, sagte ein Sprecher.",
        "Eine Prüfung durch die Aufsicht steht noch aus, teilte die Behörde mit.",
        "Die Bank stellte klar, das Schreiben sei kein Angebot zum Kauf von Wertpapieren.",
        "Zu den Aussagen über die Zukunft des Werks äußerte sich der Vorstand nicht.",
        "Kontakt zur Familie hatte er seit Jahren nicht mehr.",
        "Der Unfall geschah vor 40 Minuten auf der Landstraße.",
        "Der Hersteller hat die Kommentarfunktion in seinem Forum abgeschaltet.",
        "Testen Sie das Gerät zwei Wochen lang kostenlos beim Händler.",
        "Hunderte Zuschauer verfolgen im Gerichtssaal den Prozess.",
        "Leserbriefe erreichen die Redaktion vor allem zu Verkehrsthemen.",
        "Das Plus: Die Akkus halten deutlich länger als beim Vorgänger.",
        "Klares Plus: Der Preis liegt unter dem der Konkurrenz.",
        "Der Tipp des Tages (aus der Leserschaft): Viel trinken bei Hitze.",
        "Bezahlte Beiträge sind in der Zeitung gekennzeichnet, sagte er.",
        "Zum Angebot gehören auch Kurse für Senioren.",
        "* Preise für Heizöl sind zuletzt gestiegen",
    ],
)
def test_round71_cues_leave_article_lines_alone(line: str) -> None:
    assert [c.reason for c in _ROUND71 if c.pattern.search(line)] == []


def test_sponsored_post_inside_the_text_goes() -> None:
    line = "Sponsored Post: Diese Rezepte entstanden mit Unterstützung eines Dosenherstellers."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, line, _P3, _P4, _END))
    assert line not in kept
    assert _P3 in kept


# --- positions: an ad's sale copy, a sign-up pitch -------------------------------------------


def test_ad_copy_with_a_sale_under_a_bare_label_goes() -> None:
    ad = "Besser sitzen im Büro: Schreibtischstühle gerade im Winter-Sale."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, "Anzeige", ad, _P3, _P4, _END))
    assert ad not in kept
    assert _P3 in kept


def test_report_under_a_bare_ad_label_stays() -> None:
    report = "Der Hersteller hatte die Studie selbst bezahlt und ausgewertet."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, "Anzeige", report, _P3, _P4, _END))
    assert report in kept


_FORM = "E-Mail-Adresse eingeben | Anmelden"


def test_newsletter_pitch_above_its_sign_up_form_goes() -> None:
    pitch = (
        "Der Gesundheitsbrief vom Musterblatt: Jeden Montag neue Studien und Erfahrungen "
        "anderer Leser – gratis und ohne Mindestlaufzeit."
    )
    note = "Wichtig: Unsere Ratgebertexte ersetzen keinen Besuch in der Arztpraxis."
    more = "Auch interessant: Schlaf bei Kindern · Fieber richtig messen"
    body = _body(_MENU, _TITLE, _P1, _P2, _P3, _P4, pitch, _FORM, note, more, _END)
    kept = _kept(body, outlet="Musterblatt")
    assert pitch not in kept
    assert _P4 in kept


def test_last_paragraph_above_a_bare_form_stays() -> None:
    last = "Die Ergebnisse sollen im Herbst in einer Fachzeitschrift erscheinen, sagte die Ärztin."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, last, _FORM, _END), outlet="Musterblatt")
    assert last in kept


# --- metadata --------------------------------------------------------------------------------


def test_list_of_dated_titles_dates_nothing() -> None:
    text = _body(
        "Eingang 11.03.27 – 18.42 MEZ",
        _P1,
        _P2,
        "Weitere Meldungen: 02.02.2027 Beispiel AG gewinnt Auftrag | 14.11.2026 Quartalszahlen",
    )
    assert find_published(text) == ("2027-03-11T18:42", "minute")


def test_single_dated_footer_line_still_dates_the_text() -> None:
    text = _body(_P1, _P2, "Veröffentlicht 14.11.2026 | Wirtschaft")
    assert find_published(text) == ("2026-11-14", "day")


def test_release_kind_is_no_outlet() -> None:
    body = "Corporate News · 07.30 h · 13. März 2027\n" + _P1 + "\n"
    assert find_outlet(body) is None
    named = "Weserland News · 07.30 h · 13. März 2027\n" + _P1 + "\n"
    assert find_outlet(named) == "Weserland News"


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Wie die Nachrichtenagentur Reuters bereits am Vortag unter Berufung auf Kreise "
            "berichtet hatte, plant die Firma ein zweites Werk.",
            ["Reuters"],
        ),
        ("Der Fall sorgte für Aufsehen, auch der NDR hatte über die Tat berichtet.", ["NDR"]),
        (
            "Die Zahl stieg nach Daten, die die Deutsche Presse-Agentur (dpa) zuletzt "
            "ausgewertet hat, wieder leicht.",
            ["dpa"],
        ),
        (
            "Nach Angaben der Gazzetta dello Sport kam das Angebot aus Mailand.",
            ["Gazzetta dello Sport"],
        ),
        ("Auch ein Klub aus Paris soll laut L'Équipe Interesse haben.", ["L'Équipe"]),
    ],
)
def test_round71_cites(sentence: str, cited: list[str]) -> None:
    assert find_cites(sentence) == cited


def test_focus_word_after_a_comma_names_no_person_as_a_source() -> None:
    sentence = "Der Fall sorgte für Aufsehen, auch der Bürgermeister hatte darüber berichtet."
    assert find_cites(sentence) == []
