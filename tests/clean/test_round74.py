"""Round 74 (heldout65: mainstream news written blind: a regional daily's event calendar, a
tabloid's celebrity pages, a news site's consumer-law rulings, agency sports copy on a results
portal). Article text it lost: a match report's line-ups and closing ranking under a betting ad
and its disclaimer (a team named with its club number, a line-up typed with plain hyphens, a
numbered ranking under the article's own lead-in); the tabloid's opening sentence under the
title, carried off by a kicker line above the title; a quotation told to the outlet ("sagte
uns"); an event section's heading under an ad. All lines are invented for these tests; each
rule has a counter-example (furniture that must still go, or text that must stay)."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import (
    _phrase_label,
    _told_us,
    resumed_sections,
    roster_line,
)
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterportal · Datenschutz · Impressum · Kontakt"
_MENU = "Fußball | Handball | Tennis | Mehr ▾"

# --- a match report's line-ups and ranking under a betting ad ---------------------------------

_REPORT = (
    "Kleinstadt (dpa) - Der SV Kleinstadt hat sein Heimspiel gegen den TuS Beispielhausen mit "
    "3:1 gewonnen und bleibt in der Bezirksliga oben dran."
)
_REPORT_2 = "Die Gäste hatten durch einen Foulelfmeter in der zwölften Minute geführt."
_REPORT_3 = "„Wir haben nie aufgehört, an uns zu glauben“, sagte Trainerin Petra Vogelsang."
_ODDS = (
    "Quoten zum nächsten Spiel: Kleinstadt 2,10 | X 3,40 | Gäste 3,30 – jetzt wetten bei Tippfix"
)
_AGE = "18+ | Spielen mit Verantwortung – Hilfe unter der Sucht-Hotline 0800 …"
_LINEUP_1 = (
    "SV Kleinstadt 07: Brückner - Albers, Kroll, Ehlers, Fink - Gräf (70. Lohse), Mahler - "
    "Timm, Sauer, Wolff"
)
_LINEUP_2 = (
    "TuS Beispielhausen: Ostrowski - Jahn, Peters, Brand, Kühn - Heise, Lorenz - Bauer, "
    "Schenk (75. Riedel), Thiele"
)
_CROWD = "Zuschauer: 1.850"
_RANK_LEAD = "So steht die Spitze nach dem 24. Spieltag:"
_RANKS = (
    "1. SV Kleinstadt 07 51 Punkte",
    "2. FC Neudorf 49 Punkte",
    "3. TuS Beispielhausen 46 Punkte",
)
_TABLE_WIDGET = (
    "Tabelle Bezirksliga | Pl. Verein Sp. Pkt. | 1 SV Kleinstadt 24 51 | 2 FC Neudorf 24 49"
)


def test_team_with_club_number_and_hyphen_lineup_is_a_roster_line() -> None:
    assert roster_line(_LINEUP_1)
    assert roster_line(_LINEUP_2)
    assert roster_line("1. FC Beispiel: Adam - Berg, Cordes, Dietz, Ernst - Franke, Golz")


def test_hyphenated_topic_lists_are_no_roster_line() -> None:
    # section names with plain hyphens and no defence line of commas: a menu, not a line-up
    assert not roster_line("Themen: Politik - Wirtschaft - Sport - Kultur - Reise - Wetter")
    assert not roster_line("Stand 2027: Das Angebot gilt nur in teilnehmenden Filialen.")


def test_lineups_and_ranking_under_a_betting_ad_stay() -> None:
    kept = _kept(
        _body(
            _MENU,
            _REPORT,
            _REPORT_2,
            _REPORT_3,
            _ODDS,
            _AGE,
            _LINEUP_1,
            _LINEUP_2,
            _CROWD,
            _RANK_LEAD,
            *_RANKS,
            _TABLE_WIDGET,
            _END,
        )
    )
    for line in (_REPORT_3, _LINEUP_1, _LINEUP_2, _CROWD, _RANK_LEAD, *_RANKS):
        assert line in kept, line
    for line in (_ODDS, _AGE, _TABLE_WIDGET, _END):
        assert line not in kept, line


def test_numbered_link_list_under_the_text_still_goes() -> None:
    # a numbered list of teaser titles under a label of the page's: no lead-in of the article
    items = ("1. Torjäger verlängert bis 2030", "2. Diese Stadien werden umgebaut")
    kept = _kept(_body(_MENU, _REPORT, _REPORT_2, _REPORT_3, "Meistgelesen", *items, _END))
    assert _REPORT_3 in kept
    for line in items:
        assert line not in kept, line


def test_picture_credit_with_counts_is_no_roster_line_kept() -> None:
    credit = "Bildnachweis: Agentur Nordlicht (4), Fotodienst Süd (12)"
    kept = _kept(_body(_MENU, _REPORT, _REPORT_2, _REPORT_3, credit, _END))
    assert _REPORT_3 in kept
    assert credit not in kept


# --- the tabloid's opening sentence under the title -------------------------------------------

_TAB_MENU = "News | Promis | Royals | TV | Sport | Ratgeber"
_KICKER = "Eilmeldung +++ Promi-News +++"
_TITLE = "Sorge um Sängerin Mira Falk: Klinik!"
_STAMP = "vor 20 Min."
_PHOTO = "Foto: Bilderdienst/Archiv"
_OPENER = "Große Sorge um Sängerin Mira Falk (58)!"
_T1 = "Die Künstlerin musste am Montagabend nach einem Auftritt in eine Klinik gebracht werden."
_T2 = "Nach Angaben ihres Managements geht es ihr inzwischen wieder besser."
_T3 = "Die geplanten Konzerte am Wochenende sollen dennoch stattfinden."
_TAB_END = "© Musterblatt Medien 2027 · Impressum · Privatsphäre"


def test_sentence_under_the_title_is_not_carried_off_by_a_kicker_above_it() -> None:
    kept = _kept(
        _body(_TAB_MENU, _KICKER, _TITLE, _STAMP, _PHOTO, _OPENER, _T1, _T2, _T3, _TAB_END),
        title=_TITLE,
    )
    assert _OPENER in kept
    assert _T1 in kept
    for line in (_KICKER, _STAMP, _PHOTO):
        assert line not in kept, line


def test_byline_and_time_stamp_under_the_title_still_go() -> None:
    # a heading over the title still carries the plain lines under it: no sentence opens there
    byline = "Johanna Beispiel"
    stamp = "neu seit 2 Std."
    kept = _kept(
        _body(_TAB_MENU, _KICKER, _TITLE, _STAMP, _PHOTO, byline, stamp, _T1, _T2, _T3, _TAB_END),
        title=_TITLE,
    )
    assert _T1 in kept
    assert byline not in kept
    assert stamp not in kept


# --- a quotation told to the outlet ---------------------------------------------------------


def test_quotation_told_to_the_outlet_is_a_report() -> None:
    assert _told_us("Der Bräutigam sagte uns: „Ich heirate nicht den Star, ich heirate sie.“")
    assert _told_us("„Das war knapp“, verriet sie uns nach dem Auftritt.")
    assert _told_us("Gegenüber uns betonte der Trainer: „Wir geben nicht auf.“")


def test_outlet_speaking_to_the_reader_is_no_quotation_report() -> None:
    assert not _told_us("Sagen Sie uns Ihre Meinung: „Hochzeit im Fernsehen – ja oder nein?“")
    assert not _told_us("Wir haben nachgefragt: „Wann kommt das neue Album?“, sagte der Sprecher.")


def test_quote_told_to_the_outlet_before_a_shop_link_stays() -> None:
    quote = "Der Bräutigam sagte uns: „Ich heirate nicht den Star. Ich heirate Lena.“"
    shop = "Das neue Album von Lena Sommer jetzt bei Tonladen bestellen*"
    note = "*Shoplink: Kommt über diesen Link ein Kauf zustande, erhält der Verlag eine Provision."
    kept = _kept(_body(_TAB_MENU, _TITLE, _T1, _T2, _T3, quote, shop, note, _TAB_END))
    assert quote in kept
    assert shop not in kept
    assert note not in kept


# --- an event section's heading under an ad --------------------------------------------------

_EV_INTRO = "Am langen Wochenende ist in der Region wieder eine Menge los."
_EV_INTRO_2 = "Wir haben die wichtigsten Termine für Sie zusammengestellt."
_SECTIONS = (
    (
        "Weinfest auf dem Burgplatz",
        "Freitag und Samstag, jeweils ab 17 Uhr, Eintritt frei",
        "Sechs Winzer aus dem Tal schenken aus, dazu spielt eine Blaskapelle.",
    ),
    (
        "Töpfermarkt im Schlosshof",
        "Sonntag, 10 bis 17 Uhr, Erwachsene 3 Euro",
        "Mehr als 40 Töpferinnen und Töpfer zeigen ihre Arbeiten im Innenhof.",
    ),
)
_AD = ("Anzeige", "Kartenhaus am Markt 3: Tickets für alle Feste – auch online rund um die Uhr")


def _calendar() -> list[str]:
    (h1, d1, p1), (h2, d2, p2) = _SECTIONS
    return [_EV_INTRO, _EV_INTRO_2, h1, d1, p1, *_AD, h2, d2, p2]


def test_section_heading_under_an_ad_resumes_the_calendar() -> None:
    lines = _calendar()
    blocks = split_blocks("\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    reason[5] = reason[6] = "promo"  # the ad label and its copy
    assert resumed_sections(blocks, shapes, reason) == {7}


def test_heading_under_an_ad_without_an_earlier_section_is_not_protected() -> None:
    # an article without sections of its own: a line under an ad is not a resumed section
    lines = [_EV_INTRO, _EV_INTRO_2, *_AD, *_SECTIONS[1]]
    blocks = split_blocks("\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    reason[2] = reason[3] = "promo"
    assert resumed_sections(blocks, shapes, reason) == set()


def test_calendar_sections_around_an_ad_stay() -> None:
    kept = _kept(_body("Region | Kultur | Freizeit | Service", *_calendar(), _END))
    for section in _SECTIONS:
        for line in section:
            assert line in kept, line
    assert _AD[1] not in kept


# --- a labelled legal note after the article ---------------------------------------------------

_LEGAL = (
    "Rechtlicher Hinweis: Die Urteilsmeldungen auf dieser Seite geben Entscheidungen nur "
    "verkürzt wieder. Wer selbst betroffen ist, sollte sich anwaltlich beraten lassen."
)
_R1 = "Wer wegen eines Streiks seinen Flug verpasst, kann Anspruch auf Ausgleich haben."
_R2 = "Das hat das Landgericht Musterstadt in einem jetzt veröffentlichten Urteil entschieden."
_R3 = "Die Fluggesellschaft hatte sich auf außergewöhnliche Umstände berufen."
_R4 = "Das Urteil ist noch nicht rechtskräftig, die Airline kann Berufung einlegen."


def test_note_under_a_phrase_label_counts_its_phrase() -> None:
    assert _phrase_label(_LEGAL, shape(_LEGAL))
    # a report about such a note has no label of the page's
    told = "Die Kammer erteilte der Klägerin einen rechtlichen Hinweis zu den Fristen."
    assert not _phrase_label(told, shape(told))


def test_labelled_legal_note_after_the_article_goes() -> None:
    more = (
        "Weitere Urteile",
        "Lärm im Treppenhaus: Was Mieter hinnehmen müssen",
        "Zu spät geliefert: Darf ich vom Kauf zurücktreten?",
    )
    menu = "Politik | Geld & Recht | Panorama"
    for tail in ((), more):
        kept = _kept(_body(menu, _R1, _R2, _R3, _R4, _LEGAL, *tail, _END))
        assert _R4 in kept
        assert _LEGAL not in kept


def test_reported_legal_note_inside_the_article_stays() -> None:
    inside = (
        "Ein Hinweis: Die Entscheidungen auf dieser Seite des Gerichts sind anonymisiert, "
        "sagte eine Sprecherin des Landgerichts am Dienstag."
    )
    kept = _kept(_body("Politik | Geld & Recht | Panorama", _R1, _R2, inside, _R3, _R4, _END))
    assert inside in kept


# --- phrase cues -----------------------------------------------------------------------------


def test_picture_series_labels_carry_a_media_cue() -> None:
    for line in (
        "Bildstrecke: Die Brautkleider des Sommers",
        "Bilderstrecke (18): So feierte das Dorf",
        "Galerie: Die Kandidaten der letzten Staffel – wer ist noch ein Paar?",
        "Video: Wie gefährlich ist der Gletscherabbruch?",
    ):
        assert "media" in shape(line).reasons, line


def test_gallery_named_in_prose_has_no_media_cue() -> None:
    for line in (
        "Galerie: Die Ausstellung zeigt 40 Werke aus drei Jahrhunderten. Wer kommt?",
        "Die Bildstrecke des Fotografen wurde mit einem Preis ausgezeichnet.",
        "Im Video erklärt die Forscherin, wie gefährlich der Gletscher ist.",
    ):
        assert "media" not in shape(line).reasons, line


def test_discussion_switched_off_carries_a_comments_cue() -> None:
    for line in (
        "Unter diesem Beitrag ist die Diskussion deaktiviert.",
        "Zu diesem Artikel ist die Kommentierung geschlossen.",
        "Die Diskussion wurde abgeschaltet.",
    ):
        assert "comments" in shape(line).reasons, line


def test_a_debate_that_ended_has_no_comments_cue() -> None:
    for line in (
        "Die Diskussion ist beendet, sagte der Ausschussvorsitzende am Abend.",
        "Die Diskussion im Stadtrat wurde nach zwei Stunden geschlossen.",
    ):
        assert "comments" not in shape(line).reasons, line


# --- metadata --------------------------------------------------------------------------------


def test_masthead_in_capitals_alone_takes_a_capital_initial() -> None:
    text = (
        "ABENDPOSTILLE\nNews | Promis | Sport\nEin Text.\n© ABENDPOSTILLE Medien 2027 · Impressum"
    )
    assert find_outlet(text) == "Abendpostille"


def test_capitalised_word_beside_lower_case_words_stays() -> None:
    text = "BLITZ Musterland\nNews | Sport\nEin Text.\n© 2027 BLITZ Musterland · Impressum"
    assert find_outlet(text) == "BLITZ Musterland"


def test_time_before_the_date_in_a_labelled_segment() -> None:
    line = "Karla Beispiel | veröffentlicht 09:12, Mi. 7. Juli 2027"
    assert find_published(line) == ("2027-07-07T09:12", "minute")


def test_price_segment_before_a_date_gives_no_time() -> None:
    got = find_published("Markt | Preis 14,37 | 2. Juli 2027")
    assert got is not None
    assert got[0] == "2027-07-02"


def test_nationality_before_a_medium_is_cited() -> None:
    assert find_cites("Die britische „Morning Tribune“ hatte ein Foto veröffentlicht.") == [
        "Morning Tribune"
    ]
    assert find_cites("Der britische Guardian berichtete darüber.") == ["Guardian"]


def test_nationality_before_an_institution_cites_nothing() -> None:
    assert find_cites("Die britische Regierung hatte ein Foto veröffentlicht.") == []


def test_bare_plural_subject_is_no_medium() -> None:
    assert find_cites("Zuvor hatten Beobachter über eine Trennung spekuliert.") == []


def test_medium_with_article_or_two_media_in_the_plural_are_cited() -> None:
    assert find_cites("Zuvor hatte der Beobachter darüber berichtet.") == ["Beobachter"]
    assert find_cites("Zuvor hatten NDR und WDR darüber berichtet.") == ["NDR", "WDR"]
