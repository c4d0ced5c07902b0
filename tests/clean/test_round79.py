"""Round 79 (heldout70: mainstream news written blind: a news site's data-journalism pieces, a
regional daily's restaurant and nightlife reviews, a national site's EU correspondent pages, a
news site's traffic-law and fines pages). Article text it lost: tables of the article's own
whose prose went on only past the table's footnote, its source line or a control placeholder;
a starred row read as a shop's price mark; a lead-in of steps under an empty ad slot; a review's
closing advice under "Unser Rat:"; a review's venue box (address, opening hours, prices). Also
titles: a headline asking in a full sentence, and a headline in a head cut whole by its edge.
All lines are invented for these tests; each rule has a counter-example (furniture that must
still go, or text that must stay)."""

from __future__ import annotations

from samples import cue_reasons
from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.dates import find_published

_MENU = "Start | Politik | Regional | Service | Kontakt"
_END = "© 2027 Musterportal · Datenschutz · Impressum · Kontakt"
_P1 = "Die Stadtwerke Talheim haben im vergangenen Jahr deutlich mehr Wasser verkauft als geplant."
_P2 = "Grund war vor allem der trockene Sommer, in dem viele Gärten täglich bewässert wurden."
_P3 = "Der Verbrauch lag in den Monaten Juli und August fast doppelt so hoch wie im Winter."
_P4 = "Für das kommende Jahr rechnet der Versorger wieder mit normalen Mengen, sagte ein Sprecher."
_P5 = "Die Preise sollen trotz der höheren Kosten für die Pumpen stabil bleiben."

# --- a table whose prose goes on past its footnote, source and a control line ---------------

_LEAD = "Die Gebühren für Anwohnerparkausweise im Vergleich:"
_HEAD = "Zone | Gebühr | Laufzeit"
_ROWS = (
    "Innenstadt | 120 Euro | 12 Monate",
    "Bahnhof | 90 Euro | 12 Monate",
    "Altstadt | 150 Euro | 6 Monate*",
)
_NOTE = "* In der Altstadt gilt die kürzere Laufzeit wegen der Umbauarbeiten am Marktplatz."
_SOURCE = "Quelle: Ordnungsamt Talheim, Stand Januar 2027"
_SEARCH = "[Suchfeld: Geben Sie Ihre Straße ein]"
_CALC = "Gebührenrechner: Zone [ ] · Fahrzeug [ ] · [Berechnen]"


def test_table_rows_footnote_and_source_stay_past_a_control_line() -> None:
    kept = _kept(
        _body(_MENU, _P1, _P2, _LEAD, _HEAD, *_ROWS, _NOTE, _SOURCE, _SEARCH, _P3, _P4, _P5, _END)
    )
    for line in (_LEAD, _HEAD, *_ROWS, _NOTE, _SOURCE, _P3):
        assert line in kept, line
    for line in (_SEARCH, _END):
        assert line not in kept, line


def test_table_prose_goes_on_past_its_footnote_and_a_calculator() -> None:
    kept = _kept(_body(_MENU, _P1, _P2, _LEAD, _HEAD, *_ROWS, _NOTE, _CALC, _P3, _P4, _END))
    for line in (_HEAD, *_ROWS, _NOTE, _P3):
        assert line in kept, line
    assert _CALC not in kept


def test_shop_small_print_under_starred_prices_is_no_table_footnote() -> None:
    # the outlet earning from the links under a price table: the shop's, not the article's
    small = "* Beim Kauf über diese Links erhalten wir eine Provision vom Händler."
    kept = _kept(_body(_MENU, _P1, _P2, _LEAD, _HEAD, *_ROWS, small, _P3, _P4, _END))
    assert small not in kept
    assert _P3 in kept


# --- a lead-in of steps under an empty ad slot ------------------------------------------------

_STEPS_LEAD = "So melden Sie einen Wasserschaden richtig:"
_STEP_1 = "Stellen Sie zuerst den Haupthahn im Keller ab."
_STEP_2 = "Danach fotografieren Sie die Schäden, bevor etwas weggeräumt wird."


def test_lead_in_under_an_empty_ad_slot_stays() -> None:
    kept = _kept(_body(_MENU, _P1, _P2, _P3, "Anzeige", _STEPS_LEAD, _STEP_1, _STEP_2, _P4, _END))
    for line in (_STEPS_LEAD, _STEP_1, _STEP_2):
        assert line in kept, line
    assert "Anzeige" not in kept


def test_ad_copy_ending_in_a_colon_still_goes() -> None:
    ad = "Jetzt sparen Sie mit unserem Partner doppelt:"
    kept = _kept(_body(_MENU, _P1, _P2, _P3, "Anzeige", ad, _P4, _P5, _END))
    assert ad not in kept
    assert _P4 in kept


# --- a review's closing advice and its venue box ----------------------------------------------

_R1 = "Das Gasthaus Linde in Oberdorf hat seit dem Frühjahr einen neuen Koch."
_R2 = "Die Forelle aus dem eigenen Teich kam auf den Punkt gegart an den Tisch (18,50 Euro)."
_R3 = "Beim Nachtisch ließ die Küche nach, der Apfelstrudel war lauwarm und zu süß."
_R4 = "Am Wochenende ist der Gastraum schnell voll, unter der Woche bleibt es ruhig."
_ADVICE = "Unser Rat: Reservieren Sie am Wochenende rechtzeitig."
_ADDRESS = "Gasthaus Linde, Kirchweg 4, Oberdorf"
_HOURS = "Geöffnet Donnerstag bis Montag ab 11.30 Uhr"
_PRICES = "Hauptgerichte 14 bis 26 Euro"
_STARS = "Redaktionswertung: ★★★★☆"


def test_review_closing_advice_under_its_label_stays() -> None:
    kept = _kept(_body(_MENU, _R1, _R2, _R3, _R4, _ADVICE, _STARS, _END))
    assert _ADVICE in kept
    assert _STARS not in kept


def test_advice_label_selling_something_still_goes() -> None:
    shop = "Unser Rat: Sichern Sie sich jetzt den Gutschein für 29,90 €."
    kept = _kept(_body(_MENU, _R1, _R2, _R3, _R4, shop, _END))
    assert shop not in kept


def test_review_venue_box_under_the_text_stays() -> None:
    kept = _kept(_body(_MENU, _R1, _R2, _R3, _R4, _ADDRESS, _HOURS, _PRICES, _STARS, _END))
    for line in (_ADDRESS, _HOURS, _PRICES):
        assert line in kept, line
    assert _STARS not in kept


def test_event_box_without_an_address_line_is_not_a_venue_box() -> None:
    # an event notice's trailing box: no venue address opens it, so the rules leave it alone
    hours = "Öffnungszeiten: täglich 10 bis 18 Uhr"
    kept = _kept(_body(_MENU, _P1, _P2, _P3, _P4, hours, "Eintritt: 5 Euro", _END))
    assert _P4 in kept


# --- titles -----------------------------------------------------------------------------------


def test_headline_asking_in_a_full_sentence_is_the_title() -> None:
    title = "Neues Freibad in Talheim: Lohnt sich der weite Weg wirklich?"
    body = _body(_MENU, "Freizeit › Baden", title, "12. Juni 2027 | 3 Min.", _P1, _P2, _P3, _END)
    kept = _kept(body, title=title)
    assert title not in kept
    assert _P1 in kept


def test_headline_in_a_head_cut_whole_is_found() -> None:
    from lagebild.clean.boilerplate import clean_body

    title = "Gasthaus Linde: Forelle gut, Nachtisch schwach"
    body = _body("Menü", "Login | Abo", "Kritik", title, "Lesezeit: 4 Minuten", _R1, _R2, _R3, _R4)
    assert clean_body(body).title == title


# --- furniture families -----------------------------------------------------------------------


def test_round79_cue_families() -> None:
    for line, reason in (
        ("Jan Muster, Eva Beispiel – 02.02.2027 – rund acht Minuten zu lesen", "navigation"),
        ("[Video: So lief der Einsatz am Hafen – 1:52 Min.]", "media"),
        ("[Interaktive Karte: Pegelstände – bitte JavaScript aktivieren]", "media"),
        ("Grafik 3 von 5: Einwohner je Quadratkilometer", "media"),
        ("Dieses Modul ist nur auf Desktop-Geräten verfügbar.", "media"),
        ("Alle Ergebnisse als Karte: nur in der Vollansicht abrufbar", "media"),
        ("Noch 2 Gratis-Artikel in diesem Monat – danach mit Abo weiterlesen.", "paywall"),
        ("Ebenfalls im Ressort Sport: Der Trainer bleibt bis 2029", "related"),
        ("Stadtanzeiger bei Instagram: Bilder aus dem Landkreis.", "social"),
        ("Der Wochenendtipp per Stadtanzeiger-App aufs Smartphone.", "promo"),
        ("Unsere Testerinnen und Tester besuchen Cafés unangemeldet.", "disclaimer"),
        ("Die Redaktion von Musterportal ist unabhängig.", "disclaimer"),
        ("Haftungsausschluss: Die Angaben ersetzen keine Beratung.", "disclaimer"),
        ("Dieser Ratgeber dient lediglich der allgemeinen Information.", "disclaimer"),
        ("Die Sitzung wird ab 9 Uhr übertragen – Erinnerung aktivieren", "widget"),
    ):
        assert reason in cue_reasons(line), line


def test_round79_cue_counter_examples() -> None:
    for line in (
        "Die Polizei brauchte rund sieben Minuten, um den Ort zu erreichen.",
        "Das Video zeigt, wie der Einsatz am Hafen ablief.",
        "Auf Grafik 3 ist der Anstieg seit 2020 gut zu erkennen.",
        "Viele Funktionen sind nur auf Desktop-Geräten verfügbar, kritisieren Verbraucherschützer.",
        "Noch zwei Spiele bis zum Saisonende – danach beginnt die Sommerpause.",
        "Der Trainer sprach im Ressortgespräch über seine Zukunft.",
        "Die Polizei warnte bei Instagram vor falschen Gewinnspielen.",
        "Die Tester prüften die Geräte im Labor über mehrere Wochen.",
        "Der Rat ist nach eigener Aussage unabhängig von der Verwaltung.",
        "Die Ausstellung dient der Erinnerung an die Opfer des Hochwassers.",
    ):
        assert not {"navigation", "media", "paywall", "related", "social", "disclaimer"} & set(
            cue_reasons(line)
        ), line


def test_reading_time_in_words_beside_a_dateline() -> None:
    assert find_published("Jan Muster – 02.02.2027 – 07:45 – rund acht Minuten zu lesen") == (
        "2027-02-02T07:45",
        "minute",
    )
    assert find_published("Am 02.02.2027 brauchte er rund acht Minuten zu lesen") is None
