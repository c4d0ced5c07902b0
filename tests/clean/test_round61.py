"""Round 61 (heldout52: mainstream news, a tabloid's regional edition, a business magazine, a
content farm rewriting politics, a public broadcaster). Article text the cleaner lost: a
labelled fact closing the article ("Treffpunkt: ..., ...."), a tabloid's short cry over the first
paragraph, the heading over the article's own questions, the last row of a result list, the
source line under a kept table. Furniture and metadata: the site's masthead with a slogan whose
verb read as reported speech, headlines under a section label or a four-word kicker with only
meta lines under them, an ad's copy trimmed down to its plain opening sentence, programme
teasers, cites (an attributive participle, an agency's kind word, a name with its letters). All
lines are invented for these tests; each rule has a counter-example that must stay as it was."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import clean_body, decide, posed_questions
from lagebild.clean.cites import find_cites
from lagebild.clean.learned import _exclaimed_lead, candidates

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "Turnhalle wird für vier Millionen Euro saniert"
_P1 = "Die Stadt hat am Montag die Sanierung der Turnhalle am Gymnasium beschlossen."
_P2 = "Die Arbeiten sollen im Herbst beginnen und rund ein Jahr dauern."
_P3 = "Der Förderverein sammelt seit Wochen Spenden für neue Geräte."
_CALL = "Schreiben Sie uns Ihre Meinung an leser@musterblatt.de"


# --- a labelled fact closing the article ----------------------------------------------------


def test_a_labelled_fact_under_the_last_paragraph_stays() -> None:
    kept = _kept(_body(_P1, _P2, "Beginn: 18 Uhr, Stadthalle.", _CALL, _END))
    assert "Beginn: 18 Uhr, Stadthalle." in kept


def test_a_credit_under_the_last_paragraph_still_goes() -> None:
    kept = _kept(_body(_P1, _P2, "Fotos: Anna Weber.", _CALL, _END))
    assert "Fotos" not in kept


# --- a tabloid's cry over the first paragraph -------------------------------------------------


def test_a_short_cry_over_the_first_paragraph_is_no_candidate_of_the_model() -> None:
    d = decide(_body(_MENU, _TITLE, "12.05.2027 · 08:15 Uhr", "Was für ein Abend!", _P1, _P2, _P3))
    assert d is not None
    cry = [b.text for b in d.blocks].index("Was für ein Abend!")
    assert d.reason[cry] is None
    assert cry not in candidates(d.blocks, d.shapes, d.reason, d.scores, d.turns)


def test_a_cry_in_capitals_a_call_or_a_question_is_no_lead() -> None:
    assert _exclaimed_lead(shape("Was für ein Abend!"), "Was für ein Abend!")
    for text in (
        "IRRE NACHT!",
        "Jetzt gratis testen!",
        "Folgen Sie uns!",
        "Wer hätte das gedacht?!",
    ):
        assert not _exclaimed_lead(shape(text), text)


# --- a heading over the article's own questions ---------------------------------------------


def _posed(*lines: str) -> list[int]:
    blocks = split_blocks(_body(*lines))
    return sorted(posed_questions(blocks, [shape(b.text) for b in blocks], [None] * len(blocks)))


def test_a_short_heading_over_a_posed_question_goes_with_it() -> None:
    q, a = "Wer bezahlt die neuen Geräte?", "Den größten Teil übernimmt der Landkreis."
    assert _posed(_P1, _P2, "Gut zu wissen", q, a) == [2, 3, 4]


def test_a_label_with_a_colon_over_a_question_is_no_heading_of_the_article() -> None:
    q, a = "Wer bezahlt die neuen Geräte?", "Den größten Teil übernimmt der Landkreis."
    assert _posed(_P1, _P2, "Mehr zum Thema:", q, a) == []


# --- the last row of a result list ------------------------------------------------------------

_RESULTS = (
    "Bei der Wahl zum Ortsbeirat in Musterdorf hat keine Liste die Mehrheit erreicht.",
    "Die Ergebnisse:",
    "Anna Berger (Freie Liste): 38,2 %",
    "Jonas Weber (SPD): 35,7 %",
    "Mia Yilmaz (Grüne): 22,0 %",
)
_AFTER = (
    "Die Wahlbeteiligung lag bei 51 Prozent.",
    "Der neue Ortsbeirat tritt im Juni erstmals zusammen.",
)


def test_a_labelled_row_ending_in_its_figure_is_a_sibling_of_the_rows_above() -> None:
    kept = _kept(_body(*_RESULTS, "Übrige: 4,1 %", *_AFTER, _END), title="Ortsbeirat gewählt")
    assert "Übrige: 4,1 %" in kept


def test_an_offer_without_rows_next_to_it_still_goes() -> None:
    body = _body(_RESULTS[0], "Festgeld: 3,5 % Zinsen jetzt sichern", *_AFTER, _P3, _END)
    assert "Festgeld" not in _kept(body, title="Ortsbeirat gewählt")


# --- the source line under a kept table ------------------------------------------------------

_TABLE = (
    _P1,
    "Die Kosten nach Bauabschnitten, in Euro:",
    "Dach | 1,2 Mio. | 2027",
    "Heizung | 0,8 Mio. | 2027",
    "Fassade | 1,5 Mio. | 2028",
)


def test_a_source_between_a_kept_table_and_the_prose_stays() -> None:
    body = _body(
        *_TABLE,
        "Quelle: Bauamt der Stadt Musterstadt",
        "Der Stadtrat will die Arbeiten noch in diesem Jahr ausschreiben.",
        _P3,
        _END,
    )
    assert "Quelle: Bauamt der Stadt Musterstadt" in _kept(body)


def test_a_source_under_the_last_paragraph_still_goes() -> None:
    body = _body(_P1, _P2, _P3, "Quelle: Bauamt der Stadt Musterstadt", _END)
    assert "Quelle" not in _kept(body)


# --- the masthead with a slogan ---------------------------------------------------------------


def test_a_masthead_whose_slogan_has_a_verb_of_saying_goes() -> None:
    body = _body(
        "Musterblatt24 – Lokal. Schnell erklärt.",
        _MENU,
        _TITLE,
        "12.05.2027 · 08:15 Uhr",
        _P1,
        _P2,
        _P3,
        _END,
    )
    res = clean_body(body, outlet="Musterblatt24")
    assert "Schnell erklärt" not in res.text
    assert res.title == _TITLE


def test_a_report_naming_the_outlet_with_a_verb_of_saying_stays() -> None:
    said = "Wie Musterblatt24 am Montag erklärt, bleibt die Halle bis Ende Mai offen."
    kept = _kept(_body(_P1, said, _P2, _P3, _END), outlet="Musterblatt24")
    assert said in kept


# --- headlines under a label or a kicker ------------------------------------------------------


def test_a_headline_under_a_section_label_with_meta_lines_under_it() -> None:
    body = _body(
        "Suche | Login | Abo testen",
        "Bildung",
        _TITLE,
        "Lesedauer: 3 Minuten",
        "Von Anna Berger",
        _P1,
        _P2,
        _P3,
        _END,
    )
    assert clean_body(body).title == _TITLE


def test_a_reading_time_under_the_headline_does_not_end_the_masthead() -> None:
    body = _body(
        "MUSTERBLATT – Nachrichten für Entscheider",
        _MENU,
        "Bildung",
        _TITLE,
        "Lesedauer: 3 Minuten",
        _P1,
        _P2,
        _P3,
        _END,
    )
    res = clean_body(body)
    assert res.title == _TITLE
    assert "Bildung" not in res.text


def test_a_kicker_of_four_words_under_a_ticker_line() -> None:
    body = _body(
        _MENU,
        "🔴 LIVE: Sperrung auf der B 12 nach Unfall",
        "ÄRGER UM DIE HALLE",
        _TITLE,
        "vor 3 Std. | Lesezeit 2 Min.",
        _P1,
        _P2,
        _P3,
        _END,
    )
    assert clean_body(body).title == _TITLE


# --- an ad's copy as a whole ------------------------------------------------------------------


def test_an_ads_copy_under_its_label_goes_with_its_plain_opening_sentence() -> None:
    copy = (
        "Besser schlafen lernen: Der Kurs der Volkshochschule Musterstadt zeigt an vier Abenden "
        "einfache Übungen für den Alltag. Teilnehmer erhalten ein Handbuch. Jetzt Platz "
        "reservieren."
    )
    kept = _kept(_body(_P1, _P2, "Partnerinhalt", copy, _P3, _END))
    assert "Volkshochschule" not in kept
    assert _P3 in kept


def test_article_prose_with_a_call_at_its_end_still_keeps_its_sentences() -> None:
    para = (
        "Der Förderverein der Schule sammelt seit Wochen Spenden für neue Turngeräte und hat "
        "schon mehr als 8.000 Euro beisammen. Jetzt anmelden."
    )
    kept = _kept(_body(_P1, _P2, para, _P3, _END))
    assert "Der Förderverein der Schule sammelt" in kept


# --- programme teasers (lexicon) --------------------------------------------------------------


def test_a_format_sold_by_its_length_is_a_promotion() -> None:
    assert "promo" in shape("Die Nachrichten des Tages in 100 Sekunden").reasons
    assert shape("Der Läufer schaffte die Runde in 60 Sekunden.").reasons == []


def test_a_broadcast_under_its_label_closed_by_its_slot_is_a_promotion() -> None:
    assert "promo" in shape("Morgenmagazin: Was bringt die Reform? Heute ab 6:30 Uhr").reasons
    assert shape("Frühschwimmen dienstags ab 6.30 Uhr").reasons == []
    assert shape("Die Sitzung beginnt morgen ab 9:30 Uhr.").reasons == []


# --- cites -----------------------------------------------------------------------------------


def test_a_participle_before_an_ordinary_word_cites_no_medium() -> None:
    assert find_cites("Wer Fotos schickt: Jedes veröffentlichte Bild wird honoriert.") == []
    assert find_cites("Das berichtete die Bild am Sonntag.") == ["Bild"]


def test_an_agency_with_its_kind_word_naming_its_source() -> None:
    text = "Die Nachrichtenagentur AFP berief sich auf Kreise der Regierung."
    assert find_cites(text) == ["AFP"]
    assert find_cites("Die Ministerin berief sich auf Zahlen des Landesamts.") == []


def test_a_medium_with_its_letters_in_brackets_cited_by_them_too_is_cited_once() -> None:
    text = "Die Süddeutsche Zeitung (SZ) zitierte einen Sprecher der Stadt.\nQuellen: dpa, SZ"
    assert find_cites(text) == ["SZ", "dpa"]
    # named once, with its letters in brackets, it keeps its name
    assert find_cites("Die Westdeutsche Rundschau (WR) zitierte einen Sprecher der Stadt.") == [
        "Westdeutsche Rundschau"
    ]


def test_a_part_of_a_medium_named_by_the_medium_after_it() -> None:
    text = "Zuvor hatte die Lokalredaktion der Musterstadter Zeitung darüber berichtet."
    assert find_cites(text) == ["Musterstadter Zeitung"]
    assert find_cites("Zuvor hatte das Programm der Stadt Musterdorf darüber berichtet.") == []
    assert find_cites("Im Mai hatte der Sprecher des Vereins darüber berichtet.") == []
