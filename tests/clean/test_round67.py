"""Round 67 (heldout58: mainstream news written blind: a national weekly's site, a regional TV
station, a health portal, a neighbourhood blog). Article text it lost: a sentence naming a
news portal by its domain as the source, the verb of reporting at the sentence's end, which the
domain made read as a link. Furniture it kept: the page speaking about its own pieces (print
origin, reproduction notice, a control on a box), its tools and limits (a checker under its
label, a guide's disclaimer), its programme and newsletter, and its readers (thanks to
supporters, a call to write in, a funding appeal, comments closed). Metadata: an edition line
"Aus der <Paper> Nr. 23/2027, <date>", a separable verb's particle read as a cited name, the
company behind a station read as the outlet's fuller name. All lines are invented for these
tests; each rule has a counter-example (text that must stay)."""

from __future__ import annotations

from samples import cue_reasons as _cues
from samples import kept_text as _kept
from samples import paragraphs as _body

from lagebild.clean.blocks import shape
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import _COMPANY_WORD, find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"
_MENU = "Startseite | Lokales | Sport | Kultur | Wirtschaft"
_TITLE = "Stadtwerke erhöhen die Preise für Fernwärme"
_P1 = "Die Stadtwerke Auenfeld erhöhen zum Juli die Preise für Fernwärme um rund zwölf Prozent."
_P2 = "Betroffen sind etwa 9.000 Haushalte in den Neubauvierteln im Osten der Stadt."
_P3 = "Als Grund nennt der Versorger höhere Kosten für Gas und für neue Leitungen."
_P4 = "Der Mieterverein kündigte an, die Abrechnungen genau prüfen zu lassen."


# --- article loss: a portal named by its domain, its reporting verb at the end -------------


def test_portal_domain_with_late_reporting_verb_is_no_link() -> None:
    line = "Das Portal tal-aktuell.de hatte am Morgen als Erstes über den Wechsel berichtet."
    assert not shape(line).linkish
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, line, "Mehr Videos", _END))
    assert line in kept


def test_domain_without_a_report_stays_a_link() -> None:
    assert shape("Alle Termine finden Sie auf der Seite tal-aktuell.de im Kalender.").linkish
    assert shape("Das Portal tal-aktuell.de bietet Tickets für alle Spiele an.").linkish


# --- the page about its own pieces ------------------------------------------------------


def test_own_print_origin_with_issue_goes() -> None:
    for line in (
        "Dieser Text erschien in der gedruckten Auenpost Nr. 14/2027.",
        "Dieses Gespräch ist in der Ausgabe 9/2027 erschienen.",
        "Vorab aus der aktuellen Ausgabe",
    ):
        assert "credit" in _cues(line), line
    # another medium's piece, no issue named; a sentence about a magazine's issue
    assert "credit" not in _cues("Der Text erschien zuerst im Auenfelder Kurier.")
    assert "credit" not in _cues("Aus der neuen Ausgabe des Magazins stammt auch dieses Zitat.")


def test_box_control_line_goes_a_sentence_stays() -> None:
    for line in ("Zitat teilen", "Karte vergrößern", "Bildergalerie öffnen"):
        assert "widget" in _cues(line), line
    assert "widget" not in _cues("Die Karte zeigt, wie stark die Preise gestiegen sind.")
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, "Grafik vergrößern", _P3, _P4, _END))
    assert "Grafik vergrößern" not in kept
    assert _P3 in kept


def test_reproduction_notice_naming_the_publisher_goes() -> None:
    line = "Nachdruck und Weitergabe bedürfen der Zustimmung des Verlags."
    assert "credit" in _cues(line)
    report = "Die Veröffentlichung des Gutachtens bedarf der Zustimmung des Stadtrats."
    assert "credit" not in _cues(report)


# --- programme, tools, limits and newsletter ---------------------------------------------


def test_station_slot_pointer_goes_a_meeting_stays() -> None:
    slot = "Mehr dazu heute Abend im Auenjournal ab 19:30 Uhr."
    assert "media" in _cues(slot)
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, slot, _P3, _P4, _END))
    assert slot not in kept
    assert _P3 in kept
    assert "media" not in _cues("Mehr dazu will der Bürgermeister um 18 Uhr im Rat sagen.")


def test_tool_under_its_label_with_a_question_goes() -> None:
    line = "Allergie-Check: Was plagt Sie im Frühjahr? Geben Sie Ihre Beschwerden ein."
    assert "widget" in _cues(line)
    assert "widget" not in _cues("Test: Die Forscher baten die Teilnehmer, Zahlen einzugeben.")


def test_guides_own_limits_go_a_reported_limit_stays() -> None:
    for line in (
        "Hinweis: Dieser Ratgeber eignet sich nicht zur Diagnose im Einzelfall.",
        "Einen Termin bei Ihrem Hausarzt ersetzen sie nicht.",
        "Ob Sie Tabletten brauchen, entscheidet nur Ihr Arzt.",
    ):
        assert "disclaimer" in _cues(line), line
    # the article reports a test's limits, a doctor is quoted
    assert "disclaimer" not in _cues("Die Schnelltests eignen sich nicht zur Diagnose, sagt sie.")
    assert "disclaimer" not in _cues("Ob er operiert wird, entscheidet nur sein Arzt.")


def test_newsletter_under_its_name_goes_a_report_stays() -> None:
    line = "Auenpost Familie als Newsletter: Jeden Montag Tipps für Eltern."
    kept = _kept(_body(_MENU, _TITLE, _P1, _P2, _P3, _P4, line, _END))
    assert line not in kept
    assert _P4 in kept
    assert "newsletter" not in _cues("Den Newsletter der Stadt lesen inzwischen 4.000 Menschen.")


# --- the page and its readers ----------------------------------------------------------


def test_thanks_to_supporters_go_thanks_in_a_report_stay() -> None:
    line = "Ein großes Dankeschön an unsere neuen Unterstützer im Mai: Familie Brandt und Ole K."
    assert "donation" in _cues(line)
    assert "donation" not in _cues("Dank der Spender kann der Verein nun ein neues Dach bauen.")
    assert "donation" not in _cues("Der Vorsitzende dankte allen Helfern für ihren Einsatz.")


def test_call_to_write_in_goes_a_quoted_call_stays() -> None:
    line = "Wer beim nächsten Frühjahrsputz mithelfen möchte, schreibt uns einfach eine Mail."
    assert "contact" in _cues(line)
    quoted = "„Wer mithelfen möchte, meldet sich bei uns“, sagt die Vorsitzende."
    assert "contact" not in _cues(quoted)
    assert "contact" not in _cues("Wer helfen möchte, meldet sich bei der Gemeinde.")


def test_funding_appeal_goes_a_report_about_ads_stays() -> None:
    line = "Ohne Werbung und ohne Paywall: Das klappt nur, wenn ihr uns ein paar Euro gebt."
    assert "donation" in _cues(line)
    report = "Der Sender zeigt keine Werbung mehr vor 20 Uhr, teilte die Intendantin mit."
    assert "donation" not in _cues(report)


def test_comments_closed_told_to_the_reader_go() -> None:
    assert "comments" in _cues("Unter Rezepten könnt ihr leider nicht kommentieren.")
    assert "comments" not in _cues("Der Stadtrat will den Plan vorerst nicht kommentieren.")


# --- metadata ----------------------------------------------------------------------------


def test_edition_line_dates_the_page_a_sentence_does_not() -> None:
    body = "Titel\nAus der Auenpost Nr. 14/2027, 8. April 2027 · Lesezeit 6 Minuten\nText."
    assert find_published(body) == ("2027-04-08", "day")
    prose = "Titel\nAus der Stadt kam am 8. April 2027 die Nachricht vom Ende.\nText."
    assert find_published(prose) is None


def test_separable_verb_particle_is_no_cited_name() -> None:
    assert find_cites("Die Ökonomin rechnet vor, dass die Lücke wächst.") == []
    assert find_cites("Die Kosten steigen, berichtet golem.de.") == ["golem.de"]


def test_station_company_is_not_the_outlets_fuller_name() -> None:
    lines = [
        "TVS Talsberg – Ihr Fernsehen für das Tal",
        "Nachrichten | Sport | Wetter | Sendungen | Mediathek",
        "Brauerei baut 40 Stellen ab",
        "vor 2 Stunden | Lesedauer 2 Min.",
        "Die Brauerei Kessel in Talsberg will in den nächsten zwei Jahren 40 Stellen abbauen.",
        "„Die Leute sind enttäuscht“, sagte er TVS Talsberg.",
        "Die TVS-App schickt Ihnen Meldungen aus Ihrem Ort aufs Smartphone – gratis.",
        "Der Bürgermeister will mit der Geschäftsführung sprechen.",
        "Diese Videos wurden oft angesehen",
        "▶ 2:40 | Neue Ortsmitte",
        "TVS Talsberg Fernsehgesellschaft mbH 2027 · Impressum · Datenschutzhinweise",
    ]
    assert find_outlet("\n".join(lines)) == "TVS Talsberg"
    # a fuller name that is no company's stays fuller
    assert _COMPANY_WORD.search(" Talsberg Fernsehgesellschaft")
    assert not _COMPANY_WORD.search(" Talsberg Nachrichten")
