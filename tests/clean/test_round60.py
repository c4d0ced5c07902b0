"""Round 60 (heldout51: a national news site's opinion and world pages, a regional TV station's
site, a news aggregator app's web view, a press agency's regional service). Article text the
cleaner lost: a pro and a contra each under its heading and its author (the headings went with
the date line and the ad label above them), a comment's closing sentence speaking for everyone
("unsere Kinder"), a quotation given to its speaker with ", so X zu <outlet>", advice under a
label naming who gives it ("Die Stadt rät: ..."). Furniture: agency stamps, embargo and
follow-up notes, correction notices, opinion-page notes, feed and meter notes, app, audio and
newsletter lines; a status label in the page title. All lines are invented for these tests;
each rule has a counter-example that must stay as it was."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body
from samples import shape_reasons as _reasons

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import (
    _REPORTED_SPEECH,
    _collective_voice,
    _status_framed,
    bylined_headings,
)
from lagebild.clean.cites import find_cites

_HEAD = "Musterblatt | Politik | Wirtschaft | Meinung | Sport"
_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt\n"


# --- a pro and a contra, each under its heading and its author ------------------------------


_DEBATE = (
    _HEAD,
    "Soll die Innenstadt autofrei werden?",
    "12.05.2027 · Lesedauer 3 Minuten · 54 Kommentare",
    "Ja: Platz für Menschen statt für Blech",
    "Von Jana Mustermann",
    "Die Fußgängerzone hat den Händlern in Talheim mehr Kundschaft gebracht.",
    "Wer durch die Altstadt geht, sieht volle Cafés und keine Parkplatzsuche.",
    "Anzeige",
    "Nein: Der Handel braucht erreichbare Parkplätze",
    "Von Peter Beispiel",
    "Viele Kunden aus dem Umland kommen nur mit dem Auto in die Stadt.",
    "Ohne Parkhaus am Rand verliert die Innenstadt diese Kundschaft an die Einkaufszentren.",
    _END,
)


def test_part_headings_over_their_authors_stay() -> None:
    kept = _kept(_body(*_DEBATE))
    assert "Ja: Platz für Menschen statt für Blech" in kept
    assert "Nein: Der Handel braucht erreichbare Parkplätze" in kept
    assert "Von Jana Mustermann" not in kept
    assert "Anzeige" not in kept


def test_one_bylined_line_above_all_prose_is_the_headline() -> None:
    # counter-example: a single heading over a byline above the whole text is the headline,
    # not a part of the text; the rule does not protect it
    blocks = split_blocks(
        _body(
            "Ressort Vereine",
            "Chor sucht neue Stimmen",
            "Von Jana Mustermann",
            "Der Kirchenchor in Talheim hat bei seiner Versammlung Bilanz gezogen.",
            "Die Proben finden jeden Donnerstag im Gemeindehaus statt.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = ["navigation", "promo", "byline", None, None]
    scores = [0.0] * len(blocks)
    assert bylined_headings(blocks, shapes, reason, scores) == set()
    # the same line under kept prose opens a part of the text
    blocks2 = split_blocks(
        _body(
            "Der Kirchenchor in Talheim hat bei seiner Versammlung Bilanz gezogen.",
            "Zweite Stimme: Was der Jugendchor plant",
            "Von Peter Beispiel",
            "Die Jugendlichen wollen im Sommer ein eigenes Konzert geben.",
        )
    )
    shapes2 = [shape(b.text) for b in blocks2]
    assert bylined_headings(blocks2, shapes2, [None, "promo", "byline", None], [0.0] * 4) == {1}


def test_a_related_link_over_a_byline_without_kept_prose_is_not_protected() -> None:
    # counter-example: the prose under the byline is not kept (a teaser the rules cut)
    blocks = split_blocks(
        _body(
            "Der Kirchenchor in Talheim hat bei seiner Versammlung Bilanz gezogen.",
            "Mehr zum Thema Vereine im Kreis",
            "Von Peter Beispiel",
            "Lesen Sie jetzt alle Berichte aus den Vereinen mit unserem Abo.",
        )
    )
    shapes = [shape(b.text) for b in blocks]
    got = bylined_headings(blocks, shapes, [None, "related", "byline", "promo"], [0.0, 2.0, 0, 0])
    assert got == set()


# --- a comment's closing sentence in a voice for everyone -----------------------------------


def test_collective_voice_is_not_the_outlet() -> None:
    assert _collective_voice("Sonst zahlen unsere Enkel die Rechnung für die Schulen.")
    assert _collective_voice("Am Ende verlieren wir alle dabei.")
    # counter-examples: the outlet speaking of itself, or both voices in one line
    assert not _collective_voice("Dafür haben wir unsere Redaktion verstärkt.")
    assert not _collective_voice("Unsere Kinder lesen unseren Newsletter.")
    assert not _collective_voice("Die Gemeinde zahlt die Rechnung.")


def test_a_closing_consequence_in_a_voice_for_everyone_stays() -> None:
    body = _body(
        "Musterblatt | Nachrichten für ganz Deutschland",
        "Politik | Ausland | Meinung | Wirtschaft | Wissen | Podcasts | Abo",
        "Meinung › Kommentar",
        "Die Sanierung der Schulen duldet keinen Aufschub",
        "Ein Kommentar von Jana Mustermann",
        "12. Mai 2027 · 3 Min. Lesezeit",
        "Im Landkreis warten vierzehn Schulen seit Jahren auf neue Dächer und Fenster, und jedes "
        "Jahr wird die Liste länger.",
        "Der Kreistag hat die Sanierung erneut verschoben.",
        "Wer jetzt spart, zahlt später das Doppelte an Zinsen und Baukosten.",
        "Der Kreis sollte die Kredite deshalb in diesem Frühjahr aufnehmen.",
        "Sonst zahlen unsere Enkel doppelt: mit kaputten Klassenzimmern und mit höheren Zinsen.",
        "Zur Autorin",
        "Jana Mustermann leitet das Ressort Bildung von Musterblatt und schreibt über Schulen.",
        "Weitere Texte von Jana Mustermann",
        "Kita-Gebühren: Am Ende zahlen die Eltern",
        "87 Kommentare · Die Diskussion ist geschlossen",
        "© 2027 Musterblatt Medien · Rechtliches · Privatsphäre · Tracking-Auswahl",
    )
    kept = _kept(body, outlet="Musterblatt")
    assert "Sonst zahlen unsere Enkel" in kept
    assert "Weitere Texte von" not in kept


# --- a quotation given to its speaker names the outlet as the one spoken to ------------------


def test_a_quotation_given_to_its_speaker_is_reported_speech() -> None:
    assert _REPORTED_SPEECH.search("„Wir machen weiter“, so die Bürgermeisterin zum Musterblatt.")
    assert _REPORTED_SPEECH.search("„Das war knapp“, so Müller zum Boten.")
    # counter-example: a slogan of the outlet, no quotation given to anyone
    assert not _REPORTED_SPEECH.search("Musterblatt – so nah dran wie keiner.")


def test_a_closing_quote_to_the_own_outlet_stays() -> None:
    body = _body(
        _HEAD,
        "Talheim (mb) - Die Gemeinde Talheim schließt zum Jahresende ihr Hallenbad.",
        "Der Gemeinderat stimmte am Dienstag mit knapper Mehrheit für die Schließung.",
        "Die Sanierung hätte rund acht Millionen Euro gekostet.",
        "Der Schwimmverein will nun in das Bad der Nachbarstadt ausweichen.",
        "„Für unsere Kinder ist das ein bitterer Tag“, so Vereinschefin Anna Beispiel zu Musterblatt.",
        "Mehr aus der Region",
        _END,
    )
    assert "bitterer Tag" in _kept(body, outlet="Musterblatt")


# --- advice under a label naming who gives it -----------------------------------------------


def test_advice_under_a_speaker_label_is_no_call() -> None:
    sh = shape("Die Feuerwehr empfiehlt: Fenster schließen, Türen abdichten, Warnungen beachten.")
    assert not sh.imperative and "promo" not in sh.reasons
    # counter-example: the same call under a label of the page itself still counts
    call = shape("Unwetter-Warnungen aufs Handy: In der App die Mitteilungen einschalten.")
    assert call.imperative


# --- furniture: families of agency, opinion-page, aggregator and TV-site lines ----------------


def test_agency_stamps_are_signoffs() -> None:
    assert "signoff" in _reasons("xyz ab/cd 141436 Jan 28")
    assert "signoff" in _reasons("ab/cd 020815 Okt 27")
    assert "signoff" in _reasons("xyz ab/cd Mai 27 – berichtigte Wiederholung")
    # counter-example: a result with a slash and a month in a sentence
    assert "signoff" not in _reasons("Die Abstimmung endete 52/48 im Mai 27 Tage vor der Wahl.")


def test_agency_notes_to_editors_are_disclaimers() -> None:
    for line in (
        "SPERRFRIST 3. Mai 2028, 10.00 Uhr – Freigabe erst nach Ablauf.",
        "Vorabmeldung – die Zusammenfassung folgt gegen 16 Uhr.",
        "Hinweis: Die Meldung wird gegen 18.00 Uhr um Reaktionen aus dem Landtag ergänzt.",
    ):
        assert "disclaimer" in _reasons(line), line
    # counter-examples: a deadline in a report, a verb "folgen" with an object
    for line in (
        "Die Sperrfrist für Kündigungen läuft im Mai aus, sagte die Anwältin.",
        "Die Meldung folgt einer Anfrage der Opposition im Stadtrat.",
        "Das Gericht folgt der Fassung des Landes nicht.",
    ):
        assert "disclaimer" not in _reasons(line), line


def test_correction_notices_over_agency_copy() -> None:
    line = "KORREKTUR – In der Meldung „Neuer Kreisel“ muss es im zweiten Satz richtig heißen: 12 Meter."
    assert "corrections" in _reasons(line)
    # counter-example: a correction reported as news
    assert "corrections" not in _reasons(
        "Die Korrektur der Wahlkreise kostet den Kreis 20.000 Euro."
    )


def test_opinion_page_notes_are_disclosures() -> None:
    for line in (
        "Gastbeiträge geben die Sicht ihrer Autoren wieder und nicht die der Redaktion.",
        "Unsere Gastautoren vertreten hier ihre eigene Meinung.",
        "Die Redaktion teilt sie nicht zwingend.",
    ):
        assert "disclosure" in _reasons(line), line
    # counter-example: a survey that gives a view
    assert "disclosure" not in _reasons("Die Umfragen geben die Sicht der Bevölkerung gut wieder.")


def test_aggregator_notes() -> None:
    assert "disclaimer" in _reasons(
        "Die App ist für den Inhalt verlinkter Quellen nicht verantwortlich."
    )
    assert "paywall" in _reasons("Noch 3 freie Artikel in diesem Monat.")
    assert "navigation" in _reasons("Zieh nach unten, um die Liste zu aktualisieren.")
    assert "navigation" in _reasons("Der Ticker aktualisiert sich automatisch.")
    # counter-examples
    assert "disclaimer" not in _reasons("Der Minister sei für den Skandal nicht verantwortlich.")
    assert "paywall" not in _reasons("Noch 3 Artikel des Gesetzes sind strittig.")
    assert "navigation" not in _reasons("Die Preise ziehen nach unten, sagte der Händler.")


def test_app_audio_feed_and_newsletter_lines() -> None:
    assert "promo" in _reasons("Die Musterblatt-App schickt Eilmeldungen sofort aufs Smartphone.")
    assert "media" in _reasons("► Audio: Die Bürgermeisterin im Gespräch (4:12)")
    assert "media" in _reasons("▶ Podcast „Talheim hört hin“ – Folge 31: Der neue Kreisel")
    assert "related" in _reasons("LIVE Brand in Talheim: Feuerwehr im Einsatz – vor 5 Min.")
    assert "newsletter" in _reasons(
        "Talheim am Morgen: das Wichtigste aus der Stadt, werktags per Mail"
    )
    # counter-examples
    assert "promo" not in _reasons("Die Warn-App schickte am Sonntag keine Meldung.")
    assert "media" not in _reasons("Das Video zeigt den Unfall um 14:12 Uhr.")
    assert "related" not in _reasons("Die Feuerwehr traf vor 5 Minuten ein.")
    assert "newsletter" not in _reasons("Der Verein informiert wöchentlich per Mail über Termine.")


def test_notes_go_from_agency_copy() -> None:
    body = _body(
        "Startseite | Region | Landesdienst | Wirtschaft",
        "SPERRFRIST 12.04.2027, 06.00 Uhr – Freigabe erst nach Ablauf.",
        "Talheim (xyz) - Der Landkreis baut bis 2029 drei neue Realschulen.",
        "Das kündigte der Landrat am Montag an.",
        "Die Kosten liegen bei rund 90 Millionen Euro.",
        "xyz ab/cd 120600 Apr 27",
        _END,
    )
    kept = _kept(body)
    assert "SPERRFRIST" not in kept and "120600" not in kept
    assert "drei neue Realschulen" in kept and "90 Millionen" in kept


# --- a status label in the page title ----------------------------------------------------------


def test_a_status_label_frames_the_title() -> None:
    assert _status_framed("Berichtigung: Neuer Kreisel in Talheim", "Neuer Kreisel in Talheim")
    assert _status_framed("Update – Brücke gesperrt", "Brücke gesperrt")
    # counter-examples: a rubric is the headline's own; another line is no frame
    assert not _status_framed("Bundesliga: Talheim gewinnt", "Talheim gewinnt")
    assert not _status_framed("Berichtigung: Neuer Kreisel", "Neuer Kreisel in Talheim")


# --- cites: a survey of a medium, the perfect after "wie" --------------------------------------


def test_cites_of_a_survey_and_in_the_perfect() -> None:
    assert find_cites("Landesweit sind nach einer Erhebung der dpa derzeit 60 Bäder zu.") == ["dpa"]
    assert find_cites("Viele Kliniken sind betroffen, wie der Spiegel ermittelt hat.") == [
        "Spiegel"
    ]
    # counter-examples: a survey of an office, an inquiry of the police name no medium
    assert find_cites("Nach einer Erhebung des Statistischen Landesamts sind 40 Bäder zu.") == []
    assert find_cites("Wie die Polizei ermittelt hat, war der Fahrer betrunken.") == []
