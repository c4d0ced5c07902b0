"""Round 58 (heldout49: mainstream news, a national daily's economy pages, a regional public
broadcaster, a city news portal, a celebrity content farm). Article text the cleaner lost: a
person's name under "Ihr Name:" (the possessive is "her", not the reader's widget). Furniture
it kept: ads under a compound label or with their tag at the line's end, link teasers closed
by a pointer sign, clips and episodes under their media label, the broadcaster's own library,
pointers to the outlet's own service, a heading telling the reader what not to miss, app and
donation calls, readers' photos, notes that the piece was edited, the site's comment rules and
contact form, an author's note in the third person, teasers left under a cut list heading at
the end of the text; the outlet's initials over its full name. All lines are invented for
these tests; each rule has a counter-example that must stay as it was."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape
from lagebild.clean.boilerplate import decide
from lagebild.clean.outlets import find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "Turnhalle wird für vier Millionen Euro saniert"
_P1 = "Die Stadt hat am Montag die Sanierung der Turnhalle am Gymnasium beschlossen."
_P2 = "Die Arbeiten sollen im Herbst beginnen und rund ein Jahr dauern."
_P3 = "Der Förderverein sammelt seit Wochen Spenden für neue Geräte."
_P4 = "Die Schulleitung rechnet damit, dass der Sportunterricht so lange ausweicht."


def _cut(line: str) -> bool:
    return line not in _kept(_body(_MENU, _TITLE, _P1, _P2, line, _P3, _P4, _END))


# --- a person's name under "Ihr Name:" -------------------------------------------------------


def test_a_name_under_her_name_label_stays() -> None:
    assert not _cut("Ihr Name: Marlene Sophie.")


def test_the_readers_widget_under_a_possessive_label_still_goes() -> None:
    assert shape("Ihr Tageshoroskop: Steinbock – ein ruhiger Tag.").cue_score >= 2.0


# --- ads under a compound label or with their tag at the end ---------------------------------


def test_an_ad_under_a_compound_label_goes() -> None:
    assert _cut("Partneranzeige: Gartencenter Ahlborn – Ihr Fachmarkt im Westen")
    assert _cut("Kleinanzeige: Zwei-Zimmer-Wohnung am Markt, 54 m², 610 € warm")


def test_an_ad_with_its_tag_at_the_end_goes() -> None:
    assert _cut("Stromtarif prüfen und wechseln – Angebot unseres Partners Voltwerk, Werbung")


def test_a_report_on_an_ad_stays() -> None:
    assert not _cut("Die Firma hatte im Frühjahr eine ganzseitige Anzeige geschaltet.")
    assert shape("Strafanzeige: Die Polizei ermittelt gegen zwei Männer.").cue_score == 0


# --- a link teaser closed by a pointer sign --------------------------------------------------


def test_a_teaser_closed_by_a_pointer_sign_goes() -> None:
    assert _cut("Traumhafte Bilder! So schön war das Fest – hier alle Fotos ›")


def test_a_swiss_quotation_closed_by_a_single_guillemet_stays() -> None:
    assert shape("Er nannte das Projekt ‹eine Chance für alle›").cue_score == 0


# --- clips and episodes under their media label ----------------------------------------------


def test_a_clip_with_its_running_time_goes() -> None:
    assert _cut("Video: Die Turnhalle von innen (1:48 Min.) – verfügbar bis 12.10.")


def test_an_episode_under_its_podcast_title_goes() -> None:
    assert _cut(
        "Podcast „Tatort Kreis“: Der ganze Fall in vier Folgen – überall, wo es Podcasts gibt"
    )


def test_a_sentence_about_a_video_stays() -> None:
    assert not _cut("Ein Video zeigt, wie die Decke der Halle im Winter nachgegeben hatte.")


# --- the broadcaster's own library, the outlet's own service ---------------------------------


def test_the_own_library_as_where_to_find_a_piece_goes() -> None:
    assert _cut("Die Sendung vom Dienstag können Sie in der NRS-Mediathek abrufen.")


def test_another_bodys_library_stays() -> None:
    assert not _cut(
        "Die Mitschnitte sollen in der Mediathek ebenso lange abrufbar sein wie bisher."
    )


def test_a_pointer_to_the_own_service_goes() -> None:
    assert _cut("Baustellen aktuell: Alle Sperrungen im Kreis in unserer Baustellenübersicht")


def test_a_sentence_with_our_service_inside_stays() -> None:
    assert not _cut("Die Sperrungen wurden in unserer Übersicht nicht erfasst, sagte der Sprecher.")


# --- a heading telling the reader what not to miss -------------------------------------------


def test_a_not_to_miss_heading_goes() -> None:
    assert shape("Das solltest du nicht verpassen").cue_score >= 2.0
    assert shape("Das sollten Sie auch lesen").cue_score >= 2.0


def test_a_heading_over_facts_for_the_reader_stays() -> None:
    assert shape("Das sollten Sie wissen:").cue_score == 0


# --- app, donation, readers' photos, edit notes, comment rules, contact form ----------------


def test_an_app_call_goes() -> None:
    assert shape("Warnungen aufs Handy: Aktivieren Sie den Alarm in der NRS-App.").cue_score >= 2.0


def test_an_app_in_a_report_stays() -> None:
    assert (
        shape("Die Stadt hat eine eigene Müll-App entwickelt, die Termine anzeigt.").cue_score == 0
    )


def test_a_donation_appeal_for_the_outlets_journalism_goes() -> None:
    line = "Mit einem kleinen Monatsbeitrag hilfst du, dass Lokaljournalismus frei bleibt."
    assert shape(line).cue_score >= 2.0


def test_a_report_on_funding_journalism_stays() -> None:
    line = "Die Stiftung unterstützt Lokaljournalismus in drei Landkreisen mit 2 Millionen Euro."
    assert shape(line).cue_score == 0


def test_a_readers_photo_goes() -> None:
    assert shape("Bild des Tages: Nebel über dem Stausee, eingesandt von Petra K.").cue_score >= 2.0


def test_an_edit_note_goes_and_an_update_with_news_stays() -> None:
    assert (
        shape("Nachtrag, 3.5., 10 Uhr: Die Antwort des Landkreises wurde ergänzt.").cue_score >= 2.0
    )
    assert shape("Update, 16 Uhr: Die Polizei hat den Mann inzwischen gefasst.").cue_score == 0


def test_the_sites_comment_rule_goes() -> None:
    assert (
        shape("Kommentieren ist nur nach Anmeldung möglich. Beleidigungen löschen wir.").cue_score
        >= 2.0
    )


def test_a_report_on_comment_rules_stays() -> None:
    line = "Auch im Forum wird umgestellt: Kommentieren können künftig nur registrierte Nutzer."
    assert shape(line).cue_score == 0


def test_the_contact_form_for_the_reader_goes() -> None:
    line = "Ihre Fragen an die Redaktion stellen Sie über das Kontaktformular."
    assert shape(line).cue_score >= 2.0


def test_a_contact_form_in_a_report_stays() -> None:
    line = "Die Behörde nahm das Kontaktformular nach dem Angriff vom Netz."
    assert shape(line).cue_score == 0


# --- an author's note in the third person ----------------------------------------------------


def test_an_authors_note_goes() -> None:
    line = "Jana Oltrop und Bernd Kessel sind Redakteure im Ressort Wirtschaft des Musterblatts."
    assert shape(line).cue_score >= 2.0


def test_a_person_with_a_job_in_a_report_stays() -> None:
    line = "Der frühere Redakteur arbeitet heute als Sprecher im Rathaus."
    assert shape(line).cue_score == 0


# --- teasers under a cut list heading at the end ---------------------------------------------


def test_teasers_under_a_cut_list_heading_at_the_end_go() -> None:
    kept = _kept(
        _body(
            _MENU,
            _TITLE,
            _P1,
            _P2,
            _P3,
            _P4,
            "Auch spannend für dich:",
            "Sie hat es geschafft! Was macht die Siegerin von 2015 heute?",
            "Stimm ab: Wer soll das Finale gewinnen? Schreib es uns!",
            _END,
        )
    )
    assert "Siegerin" not in kept
    assert "Stimm ab" not in kept
    assert _P4 in kept


def test_a_closing_question_on_the_articles_subject_stays_under_the_rule() -> None:
    # the rule leaves a run that shares a content word with the text above it
    d = decide(
        _body(
            _MENU,
            _TITLE,
            _P1,
            _P2,
            _P3,
            "Auch spannend für dich:",
            "Und die Turnhalle? Sie soll ab dem Herbst wieder genutzt werden!",
            _END,
        )
    )
    assert d is not None
    texts = [b.text for b in d.blocks]
    assert (
        d.reason[texts.index("Und die Turnhalle? Sie soll ab dem Herbst wieder genutzt werden!")]
        is None
    )


# --- the outlet's initials over its full name ------------------------------------------------


def test_initials_over_the_full_name_give_the_full_name() -> None:
    text = _body(
        "NRS – Nordrand Sender | Nachrichten aus dem Norden",
        _TITLE,
        _P1,
        _P2,
        "© Nordrand Sender 2027 · Impressum · Datenschutz",
    )
    assert find_outlet(text) == "Nordrand Sender"


def test_a_title_over_its_operator_still_gives_the_title() -> None:
    text = _body(
        "Kreisbote – Nordrand Sender | Nachrichten aus dem Norden",
        _TITLE,
        _P1,
        _P2,
        "© Nordrand Sender 2027 · Kreisbote · Impressum · Datenschutz",
    )
    assert find_outlet(text) == "Kreisbote"
