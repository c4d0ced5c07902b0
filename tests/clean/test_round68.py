"""Round 68 (heldout59: a news site's tech pages, a regional daily's county edition, a political
magazine's commentary pages, an e-mail provider's news portal). No article text was lost;
furniture it kept: the comment section (its heading with a count, readers' posts under a
handle, its rules), click-to-load consent of a player, a link to the whole of a comparison,
deal widgets (a price with a call to buy, a countdown), an advertiser speaking through the
outlet, a subscriber perk, the letters page, the own live page, the call to follow a live
blog, an opinion disclaimer, teasers under a label ("Lesen Sie ...", "Passend dazu"), notes
about the piece itself, supporters said to pay for the text, a starred ad footnote, horoscope
teasers, and the author's note at the end that opens with the byline's name. Metadata: a
company's trade word after the outlet's name in the copyright line, a statement given to the
name in an owner's place, "vorrechnete" and "vor Kurzem" after "wie", a survey a medium ran.
All lines are invented for these tests; each rule has a counter-example that must stay."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape
from lagebild.clean.cites import find_cites
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "Neues Hallenbad soll 2029 öffnen"
_P1 = "Der Stadtrat hat am Dienstag den Bau eines neuen Hallenbads beschlossen."
_P2 = "Das alte Bad an der Uferstraße ist seit zwei Jahren geschlossen."
_P3 = "Die Kosten werden auf rund 18 Millionen Euro geschätzt."
_P4 = "Der Schwimmverein begrüßte die Entscheidung als überfällig."


def _cut(line: str) -> bool:
    return line not in _kept(_body(_MENU, _TITLE, _P1, _P2, line, _P3, _P4, _END))


def _cut_at_start(line: str) -> bool:
    """The line under the headline, where a page sets its notes about the piece."""
    return line not in _kept(_body(_MENU, _TITLE, line, _P1, _P2, _P3, _P4, _END))


def _cut_at_end(line: str) -> bool:
    """The line after the text, where a page sets its comments and pointers."""
    return line not in _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, line, _END))


def _cue(line: str) -> float:
    return shape(line).cue_score


# --- the comment section ---------------------------------------------------------------------


def test_a_comment_heading_with_its_count_goes() -> None:
    assert _cut("Kommentare (17)")
    assert _cue("Leserforum (5): Beiträge erscheinen nach Prüfung.") >= 2.0


def test_a_count_in_brackets_inside_a_sentence_stays() -> None:
    assert _cue("Der Leser (52) aus Kranzdorf hatte den Fund gemeldet.") == 0.0
    assert not _cut("Der Leser (52) aus Kranzdorf hatte den Fund gemeldet.")


def test_a_readers_post_under_a_handle_goes() -> None:
    assert _cut_at_end("kiebitz_88 schrieb vor 4 Stunden: Das hätte man früher machen müssen.")
    assert _cue("Ottokar2000 antwortete vor 12 Minuten: Sehe ich genauso.") >= 2.0


def test_a_statement_written_by_a_named_person_stays() -> None:
    line = "Der Bürgermeister schrieb vor zwei Wochen: Wir brauchen das Bad."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_the_rules_of_the_comments_under_their_label_go() -> None:
    assert _cut("Regeln für die Kommentare: Beleidigungen werden nicht veröffentlicht.")


def test_rules_for_other_things_stay() -> None:
    assert _cue("Regeln für die Badegäste: Der Eintritt kostet künftig fünf Euro.") == 0.0


# --- consent, links and deals ------------------------------------------------------------------


def test_click_to_load_consent_goes() -> None:
    assert _cut("Mit dem Klick auf „Laden“ werden Daten an einen externen Dienst übertragen.")


def test_a_report_on_clicks_stays() -> None:
    line = "Mit einem Klick sollen Bürger künftig Termine im Rathaus buchen können."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_a_link_to_the_whole_comparison_goes() -> None:
    assert _cut("Zur kompletten Rangliste aller 30 Bäder")


def test_a_sentence_opening_the_same_way_stays() -> None:
    line = "Zum ganzen Bild gehört, dass der Bund die Hälfte der Kosten trägt."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_a_price_with_a_call_to_buy_goes() -> None:
    assert _cut("Badehose Delfin* jetzt für 24,95 € sichern")


def test_a_countdown_of_an_offer_goes() -> None:
    assert _cue("⏳ Deal endet in 01:45:10") >= 2.0


def test_a_price_in_a_report_stays() -> None:
    line = "Eine Jahreskarte soll jetzt 240 Euro kosten, Kinder zahlen die Hälfte."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_an_advertiser_speaking_through_the_outlet_goes() -> None:
    assert _cue("Unser Partner Bäderwelt bietet die Saunakarte zum Aktionspreis an.") >= 2.0


def test_a_company_quoting_its_partner_stays() -> None:
    assert _cue("„Unser Partner in Polen baut die Rutsche“, sagte der Architekt.") == 0.0


def test_a_subscriber_perk_goes() -> None:
    assert _cut("Alle Ergebnisse der Bezirksliga stehen online – für Abonnenten ohne Aufpreis.")


def test_the_letters_page_goes() -> None:
    assert _cut("Leserbriefe zum Hallenbad veröffentlichen wir gekürzt auf der Meinungsseite.")


def test_letters_in_a_report_stay() -> None:
    line = "Zahlreiche Leserbriefe hatten die Schließung des alten Bads kritisiert."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_the_own_live_page_kept_up_to_date_goes() -> None:
    assert _cut_at_end(
        "Staus und Sperrungen: Der Verkehrsticker des Boten wird laufend aktualisiert."
    )
    assert _cue("Alle Entwicklungen im Liveblog verfolgen") >= 2.0


def test_a_list_kept_up_to_date_by_an_authority_stays() -> None:
    line = "Die Liste der gesperrten Straßen werde laufend aktualisiert, teilte die Stadt mit."
    assert _cue(line) == 0.0


# --- notes about the piece -----------------------------------------------------------------------


def test_an_opinion_disclaimer_goes() -> None:
    line = (
        "Essays zeigen die Sicht des Verfassers und nicht notwendigerweise die Haltung des Hauses."
    )
    assert _cue(line) >= 2.0
    assert _cut_at_start(line)


def test_an_opinion_in_a_report_stays() -> None:
    line = "Die Meinung der Autorin ist im Stadtrat umstritten."
    assert _cue(line) == 0.0


def test_a_teaser_under_a_label_goes() -> None:
    line = "Zur Gegenrede: Lesen Sie die Antwort von Jan Beispiel – „Bäder sind Luxus“"
    assert _cue(line) >= 2.0
    assert _cut(line)
    assert _cut("Passend dazu im Archiv: Wie die Stadt ihre Bäder verlor")


def test_a_label_over_a_sentence_stays() -> None:
    line = "Die Begründung: Lesen können viele Kinder erst spät, sagt die Rektorin."
    assert _cue(line) == 0.0


def test_a_note_about_the_piece_itself_goes() -> None:
    assert _cut("Dieser Text ist eine Antwort auf den Gastbeitrag „Schwimmen lernt man im See“.")


def test_a_sentence_about_another_text_stays() -> None:
    line = "Der Antrag bezieht sich auf einen Beschluss aus dem Jahr 2019."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_supporters_paying_for_the_text_go() -> None:
    assert _cut("Möglich gemacht haben diesen Artikel Leserinnen und Leser, die uns unterstützen.")


def test_a_project_made_possible_by_donations_stays() -> None:
    line = "Ermöglicht hat den Umbau eine Spende der örtlichen Sparkasse."
    assert _cue(line) == 0.0
    assert not _cut(line)


def test_a_starred_ad_footnote_goes() -> None:
    line = "*Gesponserter Hinweis eines Partners. Für den Inhalt haftet der Anbieter."
    assert _cue(line) >= 2.0
    assert _cut(line)


def test_a_bulleted_item_on_advertising_stays() -> None:
    item = "* Werbung an Haltestellen soll künftig verboten werden."
    assert not _cut(item)


def test_a_horoscope_teaser_goes() -> None:
    assert _cut("Sternzeichen Waage: Heute lohnt sich Geduld.")
    assert _cue("Tageshoroskop: Was die Sterne heute sagen") >= 2.0


def test_a_report_on_horoscopes_stays() -> None:
    assert _cue("Horoskope sind bei Lesern beliebt, sagt eine Studie.") == 0.0


# --- the author's note that opens with the byline's name ----------------------------------------


_BYLINE = "Ein Gastbeitrag von Dr. Anna Beispiel · 3. Mai 2027"
_NOTE = "Anna Beispiel lehrt Stadtplanung an der Hochschule Musterstadt."


def test_the_authors_note_after_the_text_goes() -> None:
    kept = _kept(_body(_MENU, _TITLE, _BYLINE, _P1, _P2, _P3, _P4, _NOTE, _END))
    assert _NOTE not in kept
    assert _P4 in kept


def test_the_author_named_inside_the_text_stays() -> None:
    # the note is not the last kept paragraph: the text goes on after it
    kept = _kept(_body(_MENU, _TITLE, _BYLINE, _P1, _P2, _NOTE, _P3, _P4, _END))
    assert _NOTE in kept


def test_a_last_paragraph_on_another_person_stays() -> None:
    last = "Jan Muster ist Bademeister und arbeitet seit 30 Jahren im alten Bad."
    kept = _kept(_body(_MENU, _TITLE, _BYLINE, _P1, _P2, _P3, _P4, last, _END))
    assert last in kept


# --- metadata ------------------------------------------------------------------------------------


def test_a_trade_word_after_the_name_in_the_copyright_goes() -> None:
    text = _body(
        "Wolkenpost – Mail · News",
        _TITLE,
        _P1,
        _P2,
        "© 2027 Wolkenpost Internetdienste · Impressum · Datenschutz",
    )
    assert find_outlet(text) == "Wolkenpost"


def test_a_statement_given_to_the_owner_named_page_is_given_to_the_page() -> None:
    text = _body(
        "Uferbote",
        "Ausgabe Nord | Stadt | Land",
        _TITLE,
        _P1,
        _P2,
        "„Das Bad ist überfällig“, sagte der Vorsitzende dem Kreisanzeiger Nord.",
        "Der Kreisanzeiger Nord gehört zur Verlagsgruppe Musterland · Impressum · AGB",
    )
    assert find_outlet(text) == "Kreisanzeiger Nord"
    assert find_cites(text) == []


def test_a_separable_verb_after_wie_cites_the_medium() -> None:
    line = "Wie das Handelsblatt vor Kurzem vorrechnete, fehlen Milliarden."
    assert find_cites(line) == ["Handelsblatt"]


def test_a_survey_a_known_medium_ran_is_cited_and_a_pollster_is_not() -> None:
    assert find_cites("Von Reuters befragte Ökonomen hatten mehr erwartet.") == ["Reuters"]
    assert find_cites("Von Forsa befragte Bürger sehen das anders.") == []
