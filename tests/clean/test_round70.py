"""Round 70 (heldout61: mainstream news written blind: a city paper's police ticker, a national
news site's science, climate and data pages, a public broadcaster's culture radio, a regional
paper's sports and farm pages). Article text it lost: a table under a caption of a dozen words
whose source line and a control line of the table ("Tabelle sortieren") stood between its last
row and the prose; a chart's caption naming its own data source between two paragraphs; a
book's data written as the article's own closing sentence. All lines are invented for these
tests; each rule has a counter-example (furniture that must still go, or text that must stay)."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "So viel Regen fiel im Frühjahr in den Landkreisen"
_P1 = "Das Frühjahr 2027 war in der Region deutlich nasser als im langjährigen Mittel."
_P2 = "Besonders viel Niederschlag fiel in den höher gelegenen Gemeinden im Westen."
_P3 = "In den Flussniederungen blieben die Mengen dagegen nahe am Durchschnitt."
_P4 = "Die Landwirte rechnen deshalb mit einer späten, aber guten Heuernte."


_CAPTION = "Tabelle: Niederschlag März bis Mai und Abweichung vom Mittel der Jahre 1991–2020"
_ROWS = (
    "Kreis Nord | 312 mm | +28 Prozent",
    "Kreis Mitte | 268 mm | +12 Prozent",
    "Kreis Süd | 241 mm | +4 Prozent",
)
_SOURCE = "Quelle: Landesamt für Umwelt, vorläufige Daten"
_CONTROL = "Tabelle sortieren ▲▼ | Alle Kreise anzeigen"


def test_long_caption_table_with_source_and_control_line_stays() -> None:
    kept = _kept(
        _body(_MENU, _TITLE, _P1, _P2, _CAPTION, *_ROWS, _SOURCE, _CONTROL, _P3, _P4, _END)
    )
    for line in (_CAPTION, *_ROWS, _SOURCE, _P3, _P4):
        assert line in kept
    assert _CONTROL not in kept


def test_source_line_under_the_last_paragraph_still_goes() -> None:
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, _SOURCE, _CONTROL, _END))
    assert _P4 in kept
    assert _SOURCE not in kept


_CHART = (
    "Grafik: Zahl der Frosttage im Winterhalbjahr, je Station und Jahr. "
    "Quelle: Wetterdienst, eigene Auswertung"
)
_CHART_CONTROL = "Grafik vergrößern ⤢ | Daten als CSV herunterladen"


def test_chart_caption_naming_its_source_between_paragraphs_stays() -> None:
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _CHART, _CHART_CONTROL, _P3, _P4, _END))
    assert _CHART in kept
    assert _P3 in kept
    assert _CHART_CONTROL not in kept


def test_chart_label_without_source_and_chart_at_the_end_go() -> None:
    bare = "Grafik: Sitzverteilung im neuen Stadtrat"
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, bare, "Karte wird geladen …", _P3, _P4, _END))
    assert bare not in kept
    assert _P3 in kept
    tail = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, _CHART, _CHART_CONTROL, _END))
    assert _CHART not in tail
    assert _P4 in tail


def test_book_data_as_the_articles_sentence_has_no_credit_cue() -> None:
    sentence = "„Moorlicht“ ist im Verlag Rabe & Tochter erschienen, 288 Seiten, 22 Euro."
    assert "credit" not in shape(sentence).reasons
    # the bare data line of a book, no sentence of the article's, keeps its cue
    data_line = "Jorinde Kamp: „Moorlicht“. Roman. Verlag Rabe & Tochter, 288 Seiten, 22 €"
    assert "credit" in shape(data_line).reasons


def test_station_slot_lines_carry_a_cue() -> None:
    for line in (
        "Ein Porträt des Komponisten senden wir am Freitag ab 19:05 in der Reihe „Klangraum“.",
        "Das Morgenmagazin hören Sie werktags ab 6:30 auf UKW und im Stream.",
        "Mi, 3.3.2027 – Sendung „Morgenecho“ ab 06:05",
    ):
        assert "promo" in shape(line).reasons, line


def test_reported_broadcasts_and_clock_times_have_no_slot_cue() -> None:
    for line in (
        "Die Sender zeigen sie seit Jahren ab 20:15 im Hauptprogramm, sagte der Intendant.",
        "Die Feuerwehr rückte am Sonntag um 9.30 Uhr zu dem Brand in der Altstadt aus.",
        "Nach der Sendung am Montag meldeten sich zahlreiche Zuschauer beim Sender.",
    ):
        assert "promo" not in shape(line).reasons, line


def test_audio_availability_lines_carry_a_cue() -> None:
    for line in (
        "▶ Interview zum Nachhören – verfügbar bis 14.06.",
        "Hinweis: Die Hörproben verschwinden zwei Wochen nach der Sendung wieder aus dem Netz.",
    ):
        assert "media" in shape(line).reasons, line


def test_availability_in_reported_prose_has_no_media_cue() -> None:
    for line in (
        "Das Angebot der Stadtwerke ist nur bis Ende Mai verfügbar.",
        "Die Videos der Überwachungskamera wurden nach der Auswertung an die Polizei übergeben.",
    ):
        assert "media" not in shape(line).reasons, line
