"""Round 63 (heldout54: a Swiss regional daily, a news site's explainers, an automated stock
report portal, a public broadcaster's police news). Article text the cleaner lost: an info box
in the text whose admission price for children read as an offer ("Kinder gratis"), a summary
heading without its colon, a one-word lead-in over figures under a bare ad label, a witness
appeal with a phone number and "bitte", a sentence on the outlet's earlier reports, a
sentence whose colon stands before a hotline's number, and an explainer's template question
that recurs in every piece. Furniture: a bare byline under the date line, a time stamp with
"um", a section label over the headline, and the _ROUND63 cue families (calls without
"mehr", newsletter labels, subscription labels and trial prices, opinion notes, requests for
the reader's pictures, alerts, programme notes, unchecked automated copy). Metadata: a
statement given to the page's own outlet, an agency behind a compound kind word, legal links
in the footer. All lines are invented for these tests; each rule has a counter-example."""

from __future__ import annotations

from samples import cue_reasons as _reasons
from samples import paragraphs as _body

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import (
    clean_body,
    embedded_lines,
    summary_headings,
    template_headings,
)
from lagebild.clean.cites import find_cites
from lagebild.clean.edges import _bare_byline
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"


# --- article text ------------------------------------------------------------------------


def test_an_admission_price_for_a_group_is_no_offer() -> None:
    assert "promo" not in _reasons("Eintritt: 6 Euro, Kinder gratis")
    assert "promo" not in _reasons("Eintritt kostenlos für Schüler")
    # counter-examples: an offer to the reader stays one
    assert "promo" in _reasons("Jetzt kostenlos testen und sparen")
    assert "promo" in _reasons("Das Hörbuch gibt es gratis dazu")


def test_an_info_box_inside_the_article_stays() -> None:
    box = (
        "Öffnungszeiten:",
        "Dienstag bis Freitag, 10 bis 16 Uhr",
        "Eintritt: 6 Euro, Kinder gratis",
        "Führungen nach Vereinbarung mit dem Verein",
    )
    body = _body(
        "Im alten Bahnhof von Lindweiler zeigt ein Verein seit Samstag Modelle der Kleinbahn.",
        "Die Sammlung umfasst mehr als 200 Loks und Wagen aus drei Jahrzehnten.",
        "Hinter dem Projekt steht der pensionierte Lokführer Egon Brandt.",
        "Unsere App bringt Ihnen alle Nachrichten aus dem Tal aufs Handy, gratis im Store.",
        *box,
        "Finanziert wurde die Ausstellung mit Geldern der Gemeinde und privater Spender.",
        "„Die Kleinbahn war hier das Tor zur Welt“, sagt Brandt.",
        _END,
    )
    kept = clean_body(body).text
    for line in box:
        assert line in kept, line


def test_a_summary_heading_without_colon_over_sentences_stays() -> None:
    lines = [
        "Das Wichtigste in Kürze",
        "• Ab Mai gilt auf der Brücke Tempo 30.",
        "• Lastwagen über 7,5 Tonnen müssen die Umleitung nehmen.",
    ]
    blocks = split_blocks(_body(*lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = ["factbox", None, None]
    assert summary_headings(blocks, shapes, reason) == {0}
    # counter-examples: key and value items under it, a heading that is a sentence
    rows = ["Das Wichtigste in Kürze", "• Ort: Stadthalle", "• Preis: 12 Euro"]
    blocks = split_blocks(_body(*rows))
    assert summary_headings(blocks, [shape(b.text) for b in blocks], reason) == set()
    sentence = ["Das Wichtigste in Kürze.", *lines[1:]]
    blocks = split_blocks(_body(*sentence))
    assert summary_headings(blocks, [shape(b.text) for b in blocks], reason) == set()


_EXPLAINER = (
    "Warum die Kreisumlage steigt",
    "Die Gemeinden im Kreis müssen im kommenden Jahr mehr Geld an den Landkreis abgeben.",
    "Der Kreistag hat die Umlage am Dienstag um zwei Punkte angehoben.",
)


def test_a_short_lead_in_over_figures_under_a_bare_ad_label_stays() -> None:
    data = ("Ein Beispiel:", "Gemeinde A: 4,1 Millionen Euro", "Gemeinde B: 2,7 Millionen Euro")
    body = _body(
        *_EXPLAINER,
        "Anzeige",
        *data,
        "Die kleineren Gemeinden trifft die Erhöhung nach Angaben des Kreises am stärksten.",
        "Der Haushalt soll im Dezember beschlossen werden, sagte der Landrat am Abend.",
        _END,
    )
    kept = clean_body(body).text
    for line in data:
        assert line in kept, line
    # counter-example: under the ad label with no prose going on, the lines are the ad's
    offer = ("Ein Angebot:", "Tarif S: 9 Euro im Monat", "Tarif M: 14 Euro im Monat")
    body = _body(*_EXPLAINER, "Anzeige", *offer, "Weitere Erklärstücke", _END)
    kept = clean_body(body).text
    assert "Ein Angebot:" not in kept


def test_a_witness_appeal_is_no_contact_offer() -> None:
    appeal = (
        "Zeugen, die am Abend einen dunklen Kombi an der Schule gesehen haben, melden sich "
        "bitte unter 05123 / 456-78."
    )
    assert not shape(appeal).contact
    # counter-examples: requests to the readers stay contact offers
    assert shape("Leserbriefe bitte an 05123 / 456-78 oder an post@musterblatt.example").contact
    assert shape("Entdeckte Fehler melden Leser bitte an fehler@musterblatt.example.").contact


def test_the_outlets_earlier_reports_are_the_news() -> None:
    body = _body(
        "Einbrecher im Gewerbegebiet",
        "In der Nacht zum Montag sind Unbekannte in drei Werkstätten im Gewerbegebiet Nord "
        "eingebrochen.",
        "Sie erbeuteten nach Angaben der Polizei Werkzeug im Wert von mehreren Tausend Euro.",
        "Der Musterbote hatte im Frühjahr bereits über eine ähnliche Serie berichtet.",
        "Mehr aus dem Polizeibericht",
        _END,
    )
    kept = clean_body(body, outlet="Musterbote").text
    assert "hatte im Frühjahr bereits" in kept
    # counter-example: a short line of the outlet about itself still goes
    line = "Der Musterbote auf Instagram: Folgen Sie uns für Bilder aus der Region."
    body = _body(*body.split("\n\n")[:3], line, _END)
    assert line not in clean_body(body, outlet="Musterbote").text


def test_a_sentence_reporting_a_hotline_is_no_label() -> None:
    assert "contact" not in _reasons(
        "Für Rückfragen hat das Landratsamt eine Hotline geschaltet: 0800 / 123 456."
    )
    # counter-examples: a label over a number
    assert "contact" in _reasons("Hotline des Landratsamts: 0800 / 123 456")
    assert "contact" in _reasons("Notdienst am Wochenende: 0171 23 45 678")


def test_a_template_question_between_the_texts_lines_comes_back() -> None:
    lines = [
        "Der Bund zahlt den Zuschuss ab Juli auch für gebrauchte Heizungen.",
        "Umfrage: Heizen Sie schon mit Wärmepumpe? ○ Ja ○ Nein",
        "Was heißt das für Eigentümer?",
        "Wer im Sommer tauscht, kann den Antrag nachträglich stellen.",
    ]
    blocks = split_blocks(_body(*lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "poll", "outlet-repeated", None]
    template_headings(blocks, shapes, reason, [True, False, False, True])
    assert reason[2] is None
    # counter-example: a repeated question to the reader stays cut
    asked = [*lines[:2], "Was meinen Sie dazu?", lines[3]]
    blocks = split_blocks(_body(*asked))
    shapes = [shape(b.text) for b in blocks]
    reason = [None, "poll", "outlet-repeated", None]
    template_headings(blocks, shapes, reason, [True, False, False, True])
    assert reason[2] == "outlet-repeated"


def test_a_report_under_an_insert_is_protected_like_one_between_paragraphs() -> None:
    lines = [
        "Die Messwerte der Geräte lagen im Test deutlich unter den Angaben der Hersteller.",
        "Newsletter „Technik kompakt“: jeden Freitag die neuen Tests per Mail",
        "Ein anderes Prüflabor war im vergangenen Jahr zu sehr ähnlichen Werten gekommen.",
        "Unser Favorit bleibt deshalb das günstigste Modell im Test.",
    ]
    blocks = split_blocks(_body(*lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, "newsletter", None, None]
    assert 2 in embedded_lines(blocks, shapes, reason)
    # counter-example: nothing of the article under it
    reason = [None, "newsletter", None, "related"]
    assert 2 not in embedded_lines(blocks, shapes, reason)


# --- furniture ---------------------------------------------------------------------------


def test_a_bare_byline_under_the_date_line_goes() -> None:
    body = _body(
        "Region › Seetal",
        "Neue Fähre für den Obersee",
        "Publiziert: 03.04.2027, 07.15 Uhr",
        "Aktualisiert um 9.40 Uhr",
        "Miriam Gerber",
        "Die Gemeinde hat am Donnerstag eine neue Fähre für den Obersee in Betrieb genommen.",
        "Sie bietet Platz für 120 Fahrgäste und zwölf Fahrräder.",
        _END,
    )
    res = clean_body(body, title="Neue Fähre für den Obersee")
    assert "Miriam Gerber" not in res.text
    assert "Aktualisiert um" not in res.text
    assert "neue Fähre" in res.text
    # counter-examples: a name over a death notice's dates, a place over the first paragraph
    for lines in (
        ["Stand: 03.04.2027", "Tobias Lindner", "1951 – 2027"],
        ["Stand: 03.04.2027", "Gemeinde Seetal", "Die Fähre fährt ab Montag wieder."],
    ):
        blocks = split_blocks(_body(*lines))
        reason: list[str | None] = ["dateline", None, None]
        _bare_byline(blocks, [shape(b.text) for b in blocks], reason)
        assert reason[1] is None, lines[1]


def test_a_time_stamp_with_um_is_a_dateline() -> None:
    assert "dateline" in _reasons("Aktualisiert um 10.21 Uhr")
    assert "dateline" not in _reasons("Aktualisiert um die Mittagszeit wurde nichts.")


def test_a_section_label_over_the_headline_is_skipped() -> None:
    body = _body(
        "Wirtschaft",
        "Druckerei Halden schließt zwei Standorte",
        "19.05.2027",
        "Die Druckerei Halden AG schließt bis Ende Jahr ihre Werke in Aarburg und Olten.",
        "Betroffen sind rund 80 Angestellte, wie das Unternehmen am Mittwoch mitteilte.",
        _END,
    )
    res = clean_body(body)
    assert res.title == "Druckerei Halden schließt zwei Standorte"
    # counter-example: a single word right over the first paragraph is no section label
    bare = _body(
        "Wirtschaft",
        "Die Druckerei Halden AG schließt bis Ende Jahr ihre Werke in Aarburg und Olten.",
        "Betroffen sind rund 80 Angestellte, wie das Unternehmen am Mittwoch mitteilte.",
    )
    assert clean_body(bare).title != "Die Druckerei Halden AG schließt bis Ende Jahr"


def test_round63_cue_families() -> None:
    cases = {
        "Keine Folge verpassen: Unser Podcast erscheint jeden Montag.": "newsletter",
        "Newsletter «Am Morgen»: die Nachrichten aus dem Tal, täglich um 6 Uhr": "newsletter",
        "Der Seebote im Digital-Abo: alles aus der Region auf allen Geräten": "paywall",
        "Alle Beiträge lesen – der erste Abomonat kostet einen Euro.": "paywall",
        "Kolumnen geben die Sicht der Autorin wieder.": "disclaimer",
        "Videos vom Unwetter nimmt das Regionalstudio per Messenger entgegen.": "contact",
        "Kursalarm für die Aktie anlegen": "widget",
        "Neue Artikel? Benachrichtigung per Mail oder Push.": "widget",
        "Live: Welle Nord im Radio – Nachrichten jede halbe Stunde": "promo",
        "Dieser Text wurde redaktionell nicht geprüft.": "credit",
    }
    for text, why in cases.items():
        assert why in _reasons(text), text
    # counter-examples: the same words in a report
    news = (
        "Keine Folge der Serie wollten die Fans verpassen, sagte der Sender.",
        "Der Verlag informierte über den Newsletter der Stadt und die neuen Termine.",
        "Hinweise nimmt die Polizei unter jeder Dienststelle entgegen.",
        "Die Gewerkschaft sieht ihre Position der Verwaltung gegenüber gestärkt.",
        "Der Kursalarm an der Börse blieb am Freitag aus, sagte ein Händler.",
        "Live übertragen wurde das Spiel nicht, sagte der Trainer.",
    )
    for text in news:
        assert not _reasons(text), text


# --- metadata ----------------------------------------------------------------------------

_STATION = "Radio Uferland"


def _station_page(quote: str) -> str:
    return _body(
        f"RUL – {_STATION}",
        "Nachrichten | Regionen | Sport | Wetter | Verkehr",
        "Brücke in Altmark gesperrt",
        "Die Brücke über die Aller in Altmark ist seit Montag für Lastwagen gesperrt.",
        quote,
        f"{_STATION} © 2027 · Impressum · Datenschutz · Kontakt",
    )


def test_a_statement_given_to_the_own_outlet_does_not_hide_it() -> None:
    page = _station_page(f"Der Bürgermeister sagte dem {_STATION}: „Wir suchen eine Lösung.“")
    assert find_outlet(page) == _STATION
    assert find_cites(page) == []
    # counter-example: a medium the text cites as a source is no owner
    cited = _station_page(f"Wie {_STATION} zuerst berichtet hatte, fehlt ein Gutachten.")
    assert find_outlet(cited) != _STATION


def test_an_agency_behind_a_compound_kind_word_is_cited() -> None:
    text = "Wie die Finanznachrichtenagentur dpa-AFX meldete, stieg der Kurs um vier Prozent."
    assert find_cites(text) == ["dpa-AFX"]
    # counter-examples: an authority is no medium; a paper's compound may be its name
    assert find_cites("Wie die Bundesnetzagentur mitteilte, sinken die Preise.") == []
    assert find_cites("Wie die Weinbauzeitung Südwest berichtete, fiel die Lese klein aus.")


def test_legal_links_in_the_footer_name_no_outlet() -> None:
    body = _body(
        "Gemeinderat beschließt neue Gebühren",
        "Der Gemeinderat hat am Dienstag höhere Gebühren für Abwasser beschlossen.",
        "Sie steigen ab Januar um sechs Prozent, teilte die Verwaltung mit.",
        "Rechtliche Hinweise · Cookie-Präferenzen ändern · Kontakt zur Redaktion",
    )
    assert find_outlet(body) != "Rechtliche Hinweise"
