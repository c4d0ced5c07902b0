"""Round 53 (heldout44) rules. Article loss: a table under a labelled caption ("Tabelle: ...")
between two kept paragraphs is the article's own. Furniture: marked rows under a cut heading at
the end of the text (an event box, a league table), a press release's profile box under a
heading that names nobody, _ROUND53 cue families (paid edition, shop teaser, copy notes, a
distribution portal's offers, the digital edition, newsletter pitch, consent notices and
buttons, betting ads, ticker bars, section labels). Metadata: the
publisher's or newsroom's word before the outlet's name, an agency's copyright under its copy,
a legal link run into the footer's name, a section of two ordinary words in the breadcrumb, a
press release's sender behind a dash after the time, media as the subject of a portrait or an
interview, a lower-case medium after "wie der", speech "bei" a broadcaster. All lines are
invented for these tests."""

from __future__ import annotations

from samples import cue_reasons as _reasons

from lagebild.clean.blocks import Block, shape, split_blocks
from lagebild.clean.boilerplate import clean_body, introduced_data, tail_boxes
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet


def _blocks(lines: list[str]) -> tuple[list[Block], list]:  # type: ignore[type-arg]
    blocks = split_blocks("\n\n".join(lines))
    return blocks, [shape(b.text) for b in blocks]


# --- article text ------------------------------------------------------------------------

_CAPTIONED = [
    "Die Stadtwerke Talheim stellen zum Jahreswechsel auf einen neuen Stromtarif um.",
    "Tabelle: Alter und neuer Tarif im Vergleich",
    "Grundpreis | 9,80 € | 10,40 €",
    "Arbeitspreis | 31 ct | 29 ct",
    "Laufzeit | 12 Monate | 24 Monate",
    "Kundinnen und Kunden müssen nichts tun, der Wechsel geschieht automatisch.",
]


def test_a_table_under_its_caption_between_paragraphs_is_article_text() -> None:
    blocks, shapes = _blocks(_CAPTIONED)
    reason: list[str | None] = [None, "learned", "dateline", "dateline", "dateline", None]
    assert introduced_data(blocks, shapes, reason) == {1, 2, 3, 4}
    kept = clean_body("\n\n".join(_CAPTIONED)).text
    assert "Arbeitspreis | 31 ct | 29 ct" in kept
    assert "Tabelle: Alter und neuer Tarif im Vergleich" in kept


def test_a_caption_whose_prose_does_not_resume_protects_nothing() -> None:
    lines = [*_CAPTIONED[:-1], "Impressum | Datenschutz | Kontakt"]
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, "learned", "dateline", "dateline", "dateline", "navigation"]
    assert introduced_data(blocks, shapes, reason) == set()
    # nor does a call to the reader in the caption's place
    lines = [_CAPTIONED[0], "Lesen Sie auch: Tarife im Vergleich", *_CAPTIONED[2:]]
    blocks, shapes = _blocks(lines)
    assert 1 not in introduced_data(blocks, shapes, [None, "related", *["dateline"] * 3, None])


# --- furniture: boxes and profiles -------------------------------------------------------


def test_rows_under_a_cut_heading_at_the_end_go_with_it() -> None:
    lines = [
        "Der Ortschaftsrat hat den neuen Spielplatz am Mühlbach einstimmig beschlossen.",
        "Veranstaltungen in Talheim",
        "03.06. Sommerfest am Sportplatz",
        "07.06. Sprechstunde des Ortsvorstehers, 17–19 Uhr",
        "© Talheimer Bote, alle Rechte vorbehalten",
    ]
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, "learned", None, None, "signoff"]
    tail_boxes(blocks, shapes, reason)
    assert reason[2:4] == ["related", "related"]


def test_marked_rows_followed_by_kept_text_stay() -> None:
    lines = [
        "Der Ortschaftsrat hat den neuen Spielplatz am Mühlbach einstimmig beschlossen.",
        "Die nächsten Schritte",
        "1. Ausschreibung der Arbeiten",
        "2. Auftragsvergabe im Herbst",
        "Baubeginn soll im Frühjahr sein, sagte der Ortsvorsteher.",
    ]
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, "learned", None, None, None]
    tail_boxes(blocks, shapes, reason)
    assert reason[2:4] == [None, None]


def test_a_profile_box_without_a_name_goes_under_a_press_release() -> None:
    body = (
        "Die Musterwerk GmbH eröffnet im Mai eine zweite Halle in Talheim.\n\n"
        "Dort sollen 40 neue Arbeitsplätze entstehen, sagte Geschäftsführerin Anna Roth.\n\n"
        "Die Halle kostet rund zwölf Millionen Euro.\n\n"
        "Unternehmensprofil\n\n"
        "Die Musterwerk GmbH fertigt seit 1952 Pumpen für die Landwirtschaft und beschäftigt "
        "280 Menschen.\n\n"
        "Pressekontakt: Lena Beispiel, presse@musterwerk.example\n"
    )
    kept = clean_body(body).text
    assert "fertigt seit 1952" not in kept
    assert "Die Halle kostet" in kept


def test_a_profile_heading_inside_the_article_takes_nothing() -> None:
    body = (
        "Die Musterwerk GmbH eröffnet im Mai eine zweite Halle in Talheim.\n\n"
        "Unternehmensprofil\n\n"
        "Die Musterwerk GmbH fertigt seit 1952 Pumpen für die Landwirtschaft und beschäftigt "
        "280 Menschen.\n\n"
        "Die neue Halle soll im Herbst den Betrieb aufnehmen, sagte Geschäftsführerin Anna "
        "Roth am Montag bei der Vorstellung der Pläne.\n"
    )
    assert "fertigt seit 1952" in clean_body(body).text


# --- furniture: cue families -------------------------------------------------------------


def test_the_paid_edition_offer_is_furniture() -> None:
    assert "paywall" in _reasons("Sie lesen die kostenlose Ausgabe. Werbefrei ab 2,99 € im Monat.")
    assert "paywall" in _reasons("Ohne Werbung lesen für 4,90 € monatlich")
    assert "paywall" not in _reasons(
        "Die Zeitung kostet ohne Werbung mehr, sagte der Verleger bei der Vorstellung."
    )


def test_a_shop_teaser_tail_is_furniture() -> None:
    assert "promo" in _reasons("Radkarte Oberland: 20 Touren für Familien – jetzt im Onlineshop")
    assert "promo" not in _reasons("Der Laden verkauft seine Waren künftig auch im Onlineshop.")


def test_notes_on_how_the_copy_was_handled_are_furniture() -> None:
    assert "disclaimer" in _reasons("Zu diesem Beitrag: Wir haben die Meldung um Zahlen ergänzt.")
    assert "disclaimer" in _reasons(
        "Die Redaktion hat die Agenturmeldung um eine Stellungnahme der Stadt ergänzt."
    )
    assert "disclaimer" in _reasons(
        "Dieser Text stammt vom Evangelischen Pressedienst und wurde unverändert übernommen."
    )
    assert "disclaimer" not in _reasons(
        "Zu diesem Ergebnis kam der Gutachter nach drei Monaten Prüfung."
    )
    assert "disclaimer" not in _reasons("Die Idee stammt von einer Schülerin aus Talheim.")


def test_a_distribution_portals_offers_are_furniture() -> None:
    assert "promo" in _reasons("Ihre Pressemitteilung bei uns veröffentlichen: ab 49 € zzgl. MwSt.")
    assert "promo" in _reasons("Buchen Sie für diese Mitteilung die Verbreitung an Fachmedien.")
    assert "promo" not in _reasons(
        "Der Verband will seine Mitteilung am Freitag veröffentlichen, sagte die Sprecherin."
    )


def test_the_digital_edition_under_its_label_is_furniture() -> None:
    assert "paywall" in _reasons("Ihr Talbote auf dem Smartphone: Die Ausgabe kommt um 5 Uhr.")
    assert "paywall" in _reasons("Zum E-Paper: Alle Lokalteile als digitale Ausgabe lesen")
    assert "paywall" not in _reasons("Sie las die Nachricht auf dem Tablet ihres Sohnes.")


def test_a_newsletter_pitch_is_furniture() -> None:
    assert "newsletter" in _reasons("Der Abendgruß kommt jeden Freitag – anmelden lohnt sich.")
    assert "newsletter" not in _reasons("Ein Besuch im Museum lohnt sich, sagt die Leiterin.")


def test_a_consent_notice_and_its_buttons_are_furniture() -> None:
    assert "cookie" in _reasons(
        "Eingebettete Karten bleiben blockiert, bis Sie externe Inhalte zulassen."
    )
    assert "cookie" in _reasons("Wir messen Seitenaufrufe mit Tracking. Details | Einverstanden")
    assert "cookie" not in _reasons("Das Gericht hat die Klage als unbegründet abgelehnt.")
    assert "cookie" not in _reasons(
        "Externe Gutachter hatten die Statik des Gebäudes geprüft und freigegeben."
    )


def test_a_betting_ads_call_and_small_print_are_furniture() -> None:
    assert "promo" in _reasons("Jetzt wetten auf das Derby – Quote 2,10")
    assert "promo" in _reasons(
        "Neukunden: erste Einzahlung verdoppelt. Verantwortungsvoll spielen."
    )
    assert "promo" not in _reasons("Der Trainer lobte die Spieler nach dem Derby.")


def test_a_ticker_bar_and_a_section_label_are_furniture() -> None:
    assert "related" in _reasons("EILMELDUNG: Bahnstrecke gesperrt +++ Unwetterwarnung")
    assert "navigation" in _reasons("Kategorie: Wirtschaft & Handel")
    assert "related" not in _reasons("Die Mannschaft gewann 3:1 und steht jetzt auf Platz drei.")
    assert "navigation" not in _reasons(
        "Kategorie und Ressort sind bei uns dasselbe, sagt er: nichts."
    )


def test_a_kept_short_heading_over_three_rows_at_the_end_is_a_box() -> None:
    lines = [
        "Der Aufsteiger gewann am Sonntag mit 3:0 und klettert in der Tabelle.",
        "Landesliga Süd (Auszug)",
        "4. SV Talheim 21 Sp. 40 Pkt.",
        "5. FC Oberdorf 21 Sp. 38 Pkt.",
        "6. TSV Mühlbach 21 Sp. 37 Pkt.",
        "© 2027 Talsport | Impressum",
    ]
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, None, None, None, None, "signoff"]
    tail_boxes(blocks, shapes, reason)
    assert reason[1:5] == ["related"] * 4


def test_a_kept_lead_in_or_two_rows_or_kept_text_after_keep_the_list() -> None:
    lines = [
        "Der Aufsteiger gewann am Sonntag mit 3:0 und klettert in der Tabelle.",
        "Die Torschützen:",
        "1. Lena Roth",
        "2. Mia Kern",
        "3. Ida Brandt",
        "© 2027 Talsport | Impressum",
    ]
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, None, None, None, None, "signoff"]
    tail_boxes(blocks, shapes, reason)
    assert reason[:5] == [None] * 5
    # a kept heading over two rows only, or the article going on under the rows
    lines[1] = "Die Torschützen"
    blocks, shapes = _blocks([*lines[:4], lines[5]])
    reason = [None, None, None, None, "signoff"]
    tail_boxes(blocks, shapes, reason)
    assert reason[:4] == [None] * 4
    blocks, shapes = _blocks([*lines[:5], "Am Samstag geht es nach Oberdorf, sagte der Trainer."])
    reason = [None] * 6
    tail_boxes(blocks, shapes, reason)
    assert reason == [None] * 6


# --- metadata ----------------------------------------------------------------------------


def test_the_publishers_word_before_the_outlets_name_goes() -> None:
    text = (
        "Talheimer Bote – Ihre Zeitung seit 1890\n"
        "Der Ortschaftsrat tagt am Montag.\n"
        "© Verlag Talheimer Bote, Nachdruck nur mit Erlaubnis"
    )
    assert find_outlet(text) == "Talheimer Bote"


def test_an_agency_copyright_under_its_copy_is_not_the_outlet() -> None:
    text = (
        "Berlin (dpa) - Die Regierung hat am Mittwoch ein Gesetz beschlossen.\n"
        "Es soll im Herbst in Kraft treten.\n"
        "© dpa-infocom, dpa:270101-99-000001/2\n"
        "Mitarbeit: Redaktion Talblick Online\n"
        "© 2027 Talblick Online GmbH · Impressum · Datenschutz"
    )
    assert find_outlet(text) == "Talblick Online"
    assert find_cites(text) == ["dpa"]


def test_a_legal_link_run_into_the_footers_name_goes() -> None:
    text = "Der Verein gewann 2:1.\nTorblick24 Impressum | Datenschutz | Jugendschutz"
    assert find_outlet(text) == "Torblick24"


def test_a_breadcrumb_section_of_two_ordinary_words_is_no_outlet() -> None:
    text = "Bau & Wohnen › Energie\nDie Stadt fördert neue Heizungen."
    assert find_outlet(text) is None


def test_a_press_release_sender_behind_a_dash_after_the_time() -> None:
    text = "12.03.2027 · 10.15 Uhr – Beispiel Wasserwerke GmbH & Co. KG\nDer Text beginnt hier."
    assert find_published(text) == ("2027-03-12T10:15", "minute")
    # a lead behind the dash is a sentence, not a date line
    lead = "Talheim, 12.03.2027, 10.15 Uhr – Die Stadt hat heute den Haushalt beschlossen"
    assert find_published(lead + "\nMehr dazu.") is None


def test_media_portraying_interviewing_or_spoken_to_are_cited() -> None:
    assert find_cites("Der NDR hatte sie im Frühjahr für eine Reportage porträtiert.") == ["NDR"]
    assert find_cites("Wie der kicker berichtet, ist der Wechsel perfekt.") == ["kicker"]
    assert find_cites("„Wir bleiben ruhig“, sagte der Trainer bei Sky.") == ["Sky"]
    assert find_cites("Gegenüber Sport1 sagte er: „Das war verdient.“") == ["Sport1"]
    # not media: a club that accompanied him, a company he spoke at, a lower-case noun
    assert find_cites("Der Verein hatte ihn jahrelang begleitet.") == []
    assert find_cites("Das sagte er bei Siemens.") == []
    assert find_cites("Wie der verein berichtet, ist alles gut.") == []
