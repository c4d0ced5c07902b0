"""Round 78 (heldout69: mainstream news written blind: a national news site's migration pages,
a news site's fashion and lifestyle pages, a regional TV station's weather page, a free local
advertiser weekly). Article text it lost: the article's own enumeration inside its text between
a gallery line and a shop link; a list of safety tips under a lead-in that speaks to the reader;
a commentary's three-word closing sentence; an expert's rule of thumb under "Ihre" ("her"); a
call-labelled fact inside an event calendar; a short closing sentence of advice under a run of
advice. The title: a page title with a genre label before the headline and the outlet after it.
All lines are invented for these tests; each rule has a counter-example (furniture that
must still go, or text that must stay)."""

from __future__ import annotations

from samples import cue_reasons as _cues
from samples import kept_text as _kept
from samples import paragraphs as _body

_END = "© 2027 Musterportal · Datenschutz · Impressum · Kontakt"
_MENU = "Politik | Wirtschaft | Leben | Sport | Wetter"

_P1 = "Leinen ist in diesem Sommer das Material der Stunde, berichten mehrere Modehäuser."
_P2 = "Vor allem weite Hosen und lange Hemden in Naturtönen werden gut verkauft."
_P3 = "Eine Einkäuferin aus Hamburg rät, das Leinen nicht zu bügeln, sondern auszuhängen."
_P4 = "Wer mag, kombiniert es mit groben Sandalen oder schlichten Turnschuhen."

# --- the article's enumeration inside its text, between two inserts ---------------------------

_GALLERY = "Bildergalerie: 12 Sommerlooks aus der Innenstadt – Bild 1 von 12 ▸"
_LEAD = "Vier Stücke, die in keinem Schrank fehlen sollten:"
_ITEMS = (
    "- Leinenhemd von Nordfaden, 49,95 Euro",
    "- Weite Hose von Sandkorn Berlin, 79 Euro",
    "- Sommerkleid von Uferwerk, 99 Euro",
)
_SHOP = "Hier einkaufen* ›"


def test_enumeration_between_gallery_and_shop_link_stays() -> None:
    kept = _kept(_body(_MENU, _P1, _P2, _GALLERY, _LEAD, *_ITEMS, _SHOP, _P3, _P4, _END))
    for line in (_P1, _P2, _LEAD, *_ITEMS, _P3, _P4):
        assert line in kept, line
    for line in (_GALLERY, _END):
        assert line not in kept, line


def test_link_list_between_inserts_still_goes() -> None:
    # teaser titles under a label of the page's: no lead-in sentence of the article's own
    items = ("- Die fünf Trendfarben des Sommers", "- Strohhüte richtig pflegen")
    kept = _kept(_body(_MENU, _P1, _P2, _GALLERY, "Mehr zum Thema:", *items, _SHOP, _P3, _END))
    assert _P3 in kept
    for line in items:
        assert line not in kept, line


# --- tips under a lead-in that speaks to the reader --------------------------------------------

_W1 = "Am Nachmittag ziehen von Süden kräftige Schauer und Gewitter auf."
_W2 = "In der Nacht kühlt es auf zwölf Grad ab, am Sonntag wird es wieder sonnig."
_TIP_LEAD = "So bereiten Sie Ihren Garten auf Hagel vor:"
_TIPS = (
    "- empfindliche Pflanzen mit Vlies abdecken",
    "- Gartenmöbel in den Schuppen stellen",
    "- Regenrinnen vorher von Laub befreien",
)


def test_reader_lead_in_with_plain_items_under_the_text_stays() -> None:
    kept = _kept(_body(_MENU, _W1, _W2, _TIP_LEAD, *_TIPS, "Werbung", _END))
    for line in (_W1, _W2, _TIP_LEAD, *_TIPS):
        assert line in kept, line
    assert _END not in kept


def test_reader_lead_in_over_link_items_still_goes() -> None:
    # a lead-in with a phrase of the page's and link-shaped items: a link list
    items = ("- Regenradar: Wo es gerade regnet ›", "- Pollenflug: Die Vorhersage ›")
    lead = "Das könnte Sie auch interessieren:"
    kept = _kept(_body(_MENU, _W1, _W2, lead, *items, "Werbung", _END))
    assert _W2 in kept
    for line in (lead, *items):
        assert line not in kept, line


# --- a commentary's short closing sentence -----------------------------------------------------

_C1 = "Die Stadt hat in diesem Jahr mehr Radwege gebaut als in den fünf Jahren davor zusammen."
_C2 = "Das ist unspektakulär, aber genau die Arbeit, die man von einer Verwaltung erwartet."
_CLOSE = "Das reicht nicht."


def test_three_word_closing_sentence_stays() -> None:
    kept = _kept(_body(_MENU, _C1, _C2, _CLOSE, _END))
    for line in (_C1, _C2, _CLOSE):
        assert line in kept, line


def test_edit_stamp_with_a_part_of_the_day_goes() -> None:
    for line in ("Aktualisiert am Nachmittag.", "Zuletzt geändert in der Nacht"):
        assert "dateline" in _cues(line), line
        kept = _kept(_body(_MENU, _C1, _C2, line, "Weitere Kommentare", _END))
        assert line not in kept, line
        assert _C2 in kept


# --- "Ihre" of a quoted woman between the article's prose -------------------------------------

_HER = "Ihre Faustregel: zwei Drittel helle Flächen, ein Drittel kräftige Farbe."


def test_her_label_between_prose_stays() -> None:
    kept = _kept(_body(_MENU, _P1, _P3, _HER, _P4, _END))
    for line in (_P1, _P3, _HER, _P4):
        assert line in kept, line


def test_reader_widget_label_is_no_her_label() -> None:
    from lagebild.clean.blocks import shape, split_blocks
    from lagebild.clean.boilerplate import her_labels

    # the reader's widget talks to the reader, promotes, or sits at the page's edge
    for widget in (
        "Ihr Vorteil: Sie sparen mit dem Jahresabo 30 Prozent.",
        "Ihr Horoskop: Steinbock – ein guter Tag für neue Pläne.",
    ):
        blocks = split_blocks(_body(_P1, widget, _P4))
        shapes = [shape(b.text) for b in blocks]
        assert not her_labels(blocks, shapes, [None, "promo", None]), widget
    blocks = split_blocks(_body(_P1, _HER, _P4))
    shapes = [shape(b.text) for b in blocks]
    assert her_labels(blocks, shapes, [None, "promo", None]) == {1}
    assert not her_labels(blocks, shapes, [None, "promo", "related"])
    edge = "Ihr Horoskop: Steinbock – ein guter Tag für neue Pläne."
    assert edge not in _kept(_body(_MENU, _P1, _P3, _P4, edge, _END))


# --- a call-labelled fact inside an event calendar ---------------------------------------------

_E0 = "Ein Konzert, ein Markt und ein Lauf: In der Gemeinde ist in dieser Woche einiges los."
_E1 = "Freitag, 4. Juli: Sommerkonzert des Posaunenchors in der Kirche, 19 Uhr"
_E2 = "Samstag, 5. Juli: Bauernmarkt auf dem Rathausplatz, 8 bis 13 Uhr"
_NOTE = "Bitte beachten: Der Bauernmarkt zieht wegen Bauarbeiten in die Schulstraße um."
_AD = "Anzeige"
_AD_COPY = "Landgasthof Krone – Mittagstisch jeden Tag, Reservierung erbeten"
_E3 = "Alle Termine beruhen auf Angaben der Veranstalter."


def test_call_labelled_fact_inside_the_calendar_stays() -> None:
    kept = _kept(_body(_MENU, _E0, _E1, _E2, _NOTE, _AD, _AD_COPY, _E3, _END))
    for line in (_E0, _E1, _E2, _NOTE, _E3):
        assert line in kept, line
    assert _AD not in kept


def test_call_labelled_offer_still_goes() -> None:
    offer = "Jetzt sichern: Nur heute gibt es 20 Prozent auf alle Karten!"
    kept = _kept(_body(_MENU, _E0, _E1, _E2, offer, _AD, _AD_COPY, _E3, _END))
    assert _E3 in kept
    assert offer not in kept


def test_service_note_under_the_last_prose_still_goes() -> None:
    # under the article's last lines, a labelled service note belongs to the page's box
    note = "Fahrplan beachten: Wegen einer Baustelle entfällt die Haltestelle am Markt."
    kept = _kept(_body(_MENU, _E0, _E1, _E2, note, "Teilen: WhatsApp · E-Mail", _END))
    assert note not in kept


# --- a short closing sentence of advice ----------------------------------------------------

_A0 = "Im Test überzeugte vor allem die günstigste Creme, sie zieht schnell ein."
_A1 = "Tragen Sie die Creme morgens als letzten Schritt der Pflege auf."
_A2 = "Erneuern Sie den Schutz nach dem Baden oder Abtrocknen."
_A3 = "Und denken Sie an Ohren und Füße."


def test_short_advice_under_an_advice_run_is_protected() -> None:
    from lagebild.clean.blocks import shape, split_blocks
    from lagebild.clean.boilerplate import closing_advice

    lines = (_A0, _A1, _A2, _A3, _END)
    blocks = split_blocks(_body(*lines))
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None, None, None, None, "credit"]
    assert len(blocks) == len(lines)
    assert 3 in closing_advice(blocks, shapes, reason)
    # a short sentence to the reader with nothing of advice above it is no such run
    lone = split_blocks(_body(_A0, "Hallo, hier ist was.", _A3, _END))
    lone_shapes = [shape(b.text) for b in lone]
    assert 2 not in closing_advice(lone, lone_shapes, [None, None, None, "credit"])


# --- page furniture ----------------------------------------------------------------------------


def test_furniture_families() -> None:
    lines = {
        "related": "Mehr erklärt: Pflege, Rente, Grundsicherung – unser Glossar zum Sozialrecht",
        "comments": "Kommentieren können registrierte Nutzer nach der Anmeldung.",
        "disclaimer": "Bei Bestellungen über Links dieser Seite erhalten wir eine Provision.",
        "newsletter": "Erscheint freitags, Abmeldung jederzeit über den Link im Postfach.",
        "media": "Webcam Hafenmole – jetzt live schauen",
        "promo": "Ihr Vereinsbericht im Blatt? Text mit Foto an die Redaktion – Annahmeschluss montags.",
    }
    for reason, line in lines.items():
        assert reason in _cues(line), line
    assert "disclaimer" in _cues("Preise zuletzt aktualisiert am Morgen, Preisänderungen möglich.")
    assert "disclaimer" in _cues("Für Angaben der Veranstalter haftet der Verlag nicht.")


def test_furniture_families_spare_reports() -> None:
    reports = (
        # a third party's newsletter reported in a sentence
        "Der Verband verschickt den Newsletter monatlich, eine Abmeldung ist jederzeit möglich.",
        # a court's liability ruling about someone else
        "Das Gericht entschied, dass der Vermieter für den Schaden nicht haftet.",
        # prices reported as news
        "Die Preise für Heizöl sind im Mai erneut gestiegen.",
        # a live broadcast reported
        "Das Finale war im Fernsehen live zu sehen, mehr als acht Millionen schalteten ein.",
    )
    for line in reports:
        assert _cues(line) == [], line


# --- a page title with a genre label before the headline and the outlet after it -------------


def test_genre_label_and_outlet_frame_the_headline() -> None:
    from lagebild.clean.boilerplate import _site_framed

    line = "Warum die Stadt mehr Radwege braucht"
    assert _site_framed(f"Kommentar: {line} – Musterblatt", line, "musterblatt")
    # a rubric alone, without the outlet's frame, is no frame
    assert not _site_framed(f"Kommentar: {line}", line, "musterblatt")
    assert not _site_framed(f"Kommentar: {line} – Anderes Blatt", line, "musterblatt")
