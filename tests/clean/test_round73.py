"""Round 73 (heldout64: mainstream news written blind: a weekly news magazine's investigations,
a regional daily's school pages, a public broadcaster's election results, a news site's video
pages with transcripts). Article text it lost: a reporter's turns in a video transcript
("Reporterin: <what she says>") taken for bylines, and the article's lead-in over its own
numbered findings, in the outlet's voice, carried off by the related link above it. Furniture
it kept: transcript headings, player and embed states, a geo-block, consent, widget prompts, a
closed debate, a series note, a poll with its results, an edit stamp, a results page's notes.
All lines are invented for these tests; each rule has a counter-example (furniture that must
still go, or text that must stay)."""

from __future__ import annotations

import pytest
from samples import cue_reasons as _cues
from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Videos | Politik | Panorama | Sport"
_TITLE = "Sturmflut an der Küste: Fähren bleiben im Hafen"
_P1 = "An der Nordseeküste ist am Morgen eine schwere Sturmflut aufgelaufen."
_P2 = "Der Wasserstand lag nach Angaben des Amts rund zwei Meter über dem Mittel."
_P3 = "Die Deiche haben nach ersten Erkenntnissen überall gehalten."
_P4 = "Die Gemeinden wollen die Schäden in den kommenden Tagen erfassen."


# --- a reporter's turns in a transcript --------------------------------------------------------

_TURNS = (
    "Reporterin: Am Hafen ist es seit dem frühen Morgen ungewöhnlich still.",
    "Hafenmeister Jens Oltrop: Die Schiffe bleiben heute alle an der Kette.",
    "Reporterin: Wann rechnen Sie mit einer Entwarnung?",
    "Oltrop: Vielleicht morgen Mittag, wenn der Wind nachlässt.",
    "Reporterin: Die Fähren zu den Inseln fallen bis auf Weiteres aus.",
)


def test_reporter_turns_of_a_transcript_stay() -> None:
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, "Transkript öffnen ▾", *_TURNS, _P3, _END))
    for line in (*_TURNS, _P1, _P2, _P3):
        assert line in kept, line
    assert "Transkript öffnen" not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: Am Ufer wird seit Stunden geschaufelt, und der Regen hört nicht auf.",
        "Reporterin: Wie lange halten die Sandsäcke noch?",
    ],
)
def test_a_role_label_before_a_spoken_sentence_is_no_byline(line: str) -> None:
    assert "byline" not in _cues(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporterin: Lena Hartwig",
        "Reporter: Tom Brandt, Kamera: Jan Ohm",
        "Autorin: Maren Sielaff und Tom Brandt.",
        "Über die Autorin: Mara Feld schreibt seit 2020 über Verkehr und Stadtplanung.",
    ],
)
def test_bylines_and_labelled_bios_keep_their_cue(line: str) -> None:
    assert "byline" in _cues(line)


# --- the article's own lead-in under a related link ---------------------------------------------

_LEAD_IN = "Unsere Auswertung der Akten hat drei Befunde ergeben, die bisher unbekannt waren:"
_FINDINGS = (
    "1. Die Stadt zahlte für das Gutachten fast doppelt so viel wie vereinbart.",
    "2. Der Auftrag wurde ohne zweites Angebot an ein Büro aus dem Nachbarort vergeben.",
    "3. Der Rechnungsprüfer erfuhr davon erst ein Jahr nach der Zahlung.",
)


def test_lead_in_in_the_outlets_voice_under_a_related_link_stays() -> None:
    link = "Lesen Sie auch: Warum die Gebühren im Umland steigen"
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, link, _LEAD_IN, *_FINDINGS, _P3, _P4, _END))
    for line in (_LEAD_IN, *_FINDINGS, _P3):
        assert line in kept, line
    assert link not in kept


def test_link_titles_under_a_related_heading_still_go() -> None:
    heading = "Mehr zum Thema:"
    titles = ("Gebühren im Vergleich: So teuer ist das Umland", "Kommentar: Die Stadt muss sparen")
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, heading, *titles, _END))
    assert _P4 in kept
    for line in (heading, *titles):
        assert line not in kept, line


# --- furniture families --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Transkript öffnen", "media"),
        ("Transkription ▾", "media"),
        ("Der Clip zum Mitlesen", "media"),
        ("Unten das gesprochene Wort als Text", "media"),
        ("Transkript des Interviews", "media"),
        ("Das Diagramm wird geladen …", "media"),
        ("Falls die Tabelle nicht richtig angezeigt wird, laden Sie die Seite neu.", "media"),
        ("Bitte aktivieren Sie JavaScript, um die Karte zu sehen.", "media"),
        ("Dieses Video ist leider nur in Deutschland abrufbar.", "media"),
        ("Aus urheberrechtlichen Gründen nur in Österreich verfügbar.", "media"),
        ("Die eingebettete Grafik erscheint erst nach Ihrer Zustimmung.", "cookie"),
        ("Klicken Sie auf einen Stadtteil, um die Ergebnisse zu sehen.", "media"),
        ("Leserdiskussion zu diesem Thema beendet.", "comments"),
        ("Dieser Artikel ist Teil unserer Serie „Wohnen im Wandel“.", "related"),
        ("Alle Folgen finden Sie auf unserer Themenseite.", "related"),
        ("Zum Vertiefen: Was die neue Grundsteuer für Mieter bedeutet", "related"),
        ("Leserfrage des Tages: Soll die Innenstadt autofrei werden?", "poll"),
        ("Braucht die Stadt ein Hallenbad? Ja 58 % | Nein 35 % | Egal 7 %", "poll"),
        ("Zuletzt ergänzt: vor 2 Std.", "dateline"),
        ("Alle Ergebnisse vorläufig.", "disclaimer"),
        ("Abweichungen vom amtlichen Ergebnis sind möglich.", "disclaimer"),
    ],
)
def test_furniture_families_have_their_cue(line: str, reason: str) -> None:
    assert reason in _cues(line)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Das Transkript des Notrufs liegt der Polizei vor.", "media"),
        ("Ein Transkript der Sitzung veröffentlichte die Stadt am Montag.", "media"),
        ("Die Akkus der Busse werden nachts im Depot aufgeladen.", "media"),
        ("Wenn der Strom ausfällt, starten die Pumpen nicht von selbst.", "media"),
        (
            "Aus lizenzrechtlichen Gründen darf der Sender die Spiele nur in Deutschland zeigen.",
            "media",
        ),
        ("Externe Dienstleister beginnen erst nach Freigabe durch das Ministerium.", "cookie"),
        ("Klicken Sie auf „Speichern“ und schließen Sie das Fenster.", "media"),
        ("Die Debatte im Landtag wurde am Abend geschlossen.", "comments"),
        ("Die Kirche gehört zu einer Reihe romanischer Bauten im Tal.", "related"),
        ("Der Film ist Teil der Reihe „Kino am Fluss“ im Stadtpark.", "related"),
        ("Zum Weiterlesen fehlte vielen die Zeit, sagte die Bibliothekarin.", "related"),
        ("58 Prozent der Befragten sagen Ja, 35 Prozent Nein.", "poll"),
        ("Der Antrag wurde vor 2 Wochen bearbeitet.", "dateline"),
        ("Alle Zahlen seien vorläufig, sagte der Kreiswahlleiter.", "disclaimer"),
        ("Die Methode der Forscher gilt unter Fachleuten als umstritten.", "disclaimer"),
    ],
)
def test_article_sentences_of_the_same_words_lack_the_cue(line: str, reason: str) -> None:
    assert reason not in _cues(line)


def test_labelled_method_note_goes_between_paragraphs() -> None:
    note = (
        "Hinweis zur Erhebung: Befragt wurden 1.012 Wahlberechtigte zwischen dem 2. und 5. Mai, "
        "telefonisch und online, die Fehlertoleranz liegt bei drei Punkten."
    )
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, note, _P3, _P4, _END))
    assert note not in kept
    for line in (_P1, _P2, _P3, _P4):
        assert line in kept, line


# --- metadata --------------------------------------------------------------------------------------


def test_a_length_under_its_label_is_no_time() -> None:
    assert find_published("12.04.2027 · Dauer 2:45\n\nText.\n") == ("2027-04-12", "day")
    assert find_published("12.04.2027 · Videolänge 2:45\n\nText.\n") == ("2027-04-12", "day")
    # a time under another label still counts
    assert find_published("12.04.2027 · Stand 9:45\n\nText.\n") == ("2027-04-12T09:45", "minute")


def test_the_domain_brand_over_its_company_copyright_is_the_outlet() -> None:
    paras = (_TITLE, _P1, _P2, _P3, _P4)
    footer = "© Nordblick Digital GmbH 2027 · Impressum · Datenschutz"
    page = _body("nordblick.de | Startseite · Videos · Politik · Sport", *paras, footer)
    assert find_outlet(page) == "Nordblick"
    # without the page's own domain the copyright's name stands
    assert find_outlet(_body(_MENU, *paras, footer)) == "Nordblick Digital"
