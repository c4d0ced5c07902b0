"""Round 56 (heldout47: a news site's live blog, an economic newswire on a finance portal, an
automated rewrite network, a digital local news startup). Article text the cleaner lost: a live
blog's entries under an ad label (the stamp's dash read as a teaser dash), a last paragraph
closing on an agency tag "(dpa)" (not read as a sentence), a list under a question sub-heading.
Furniture: search-phrase decks under the head, live-blog notices of new entries, quote rows,
notes that a wire item was loaded without an editor, a member-funded outlet's appeals, comment
box rules, author boxes and funding notes; a capitals kicker ("LIVE") over the headline. All
lines are invented for these tests; each rule has a counter-example that must stay as it was."""

from __future__ import annotations

from samples import kept_text as _kept
from samples import paragraphs as _body
from samples import shape_reasons as _reasons

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import (
    _keyword_deck,
    _question_lead_in,
    clean_body,
    live_entries,
)

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt\n"


# --- live blog entries ----------------------------------------------------------------------


_BLOG = (
    "18:40 Uhr – Die Polizei hat die Kreuzung am Marktplatz wieder freigegeben.",
    "Der Verkehr fließt seit einigen Minuten wieder normal.",
    "18:05 Uhr – Ein Lastwagen hat auf der Umgehungsstraße Öl verloren.",
    "Anzeige",
    "17:50 Uhr – Die Feuerwehr streut Bindemittel, lesen Sie gleich mehr dazu.",
    "17:30 Uhr – Wir berichten hier laufend über die Lage in der Innenstadt.",
)


def test_a_live_blog_entry_under_an_ad_label_stays() -> None:
    kept = _kept(_body(*_BLOG, _END))
    assert "17:50 Uhr – Die Feuerwehr streut Bindemittel" in kept
    assert "18:05 Uhr – Ein Lastwagen" in kept
    assert "Anzeige" not in kept


def test_ad_copy_under_a_label_outside_a_live_blog_still_goes() -> None:
    body = _body(
        "Die Stadt hat die Sanierung der Turnhalle am Gymnasium beschlossen.",
        "Die Arbeiten sollen im Herbst beginnen und rund ein Jahr dauern.",
        "Anzeige",
        "Sommerreifen – jetzt bis zu 20 Prozent günstiger bei Reifen Muster.",
        "Der Schulsport zieht für die Zeit in die Halle der Realschule um.",
        _END,
    )
    kept = _kept(body)
    assert "Sommerreifen" not in kept
    assert "Der Schulsport zieht" in kept


def test_live_entries_need_a_run_of_stamps_and_a_sentence() -> None:
    blocks = split_blocks(_body(*_BLOG))
    shapes = [shape(b.text) for b in blocks]
    entries = live_entries(blocks, shapes)
    assert {0, 2, 4, 5} <= entries
    assert 1 not in entries and 3 not in entries
    # a bare stamp over the entry's first sentence (the stamp line itself is no entry)
    bare = split_blocks(
        _body(
            "14:10 Uhr",
            "Der Landrat hat die Sperrung der Brücke verlängert.",
            "13:45 Uhr",
            "Die Gutachter sind am Vormittag eingetroffen.",
            "13:02 Uhr",
            "Seit dem Morgen ist die Brücke für Autos gesperrt.",
        )
    )
    got = live_entries(bare, [shape(b.text) for b in bare])
    assert got == {1, 3, 5}
    # counter-examples: two stamps are no live blog; an event listing with a middle dot and
    # datelines with a date before the time open no entry
    two = split_blocks(_body(*_BLOG[:3]))
    assert live_entries(two, [shape(b.text) for b in two]) == set()
    events = split_blocks(
        _body(
            "19:30 Uhr · Lesung in der Stadtbücherei",
            "20:00 Uhr · Quizabend im Bürgerhaus",
            "21:00 Uhr · Konzert auf dem Marktplatz",
            "12.03.2027, 14:05 Uhr – Von Anna Beispiel",
        )
    )
    assert live_entries(events, [shape(b.text) for b in events]) == set()


def test_a_capitals_kicker_over_the_headline_is_skipped() -> None:
    body = _body(
        "Musterblatt | Nachrichten aus der Region",
        "Region | Wahl 2027",
        "LIVE",
        "Landratswahl im Kreis: Knappes Rennen erwartet",
        "20. April 2027 · Liveblog der Redaktion",
        "20:10 Uhr – Die ersten Wahlbezirke sind ausgezählt.",
        "20:25 Uhr – Die Amtsinhaberin liegt nach der Hälfte der Bezirke vorn.",
        "20:40 Uhr – Die Wahlbeteiligung liegt bei gut 40 Prozent.",
        _END,
    )
    assert clean_body(body).title == "Landratswahl im Kreis: Knappes Rennen erwartet"


# --- a sentence closing on an agency tag ----------------------------------------------------


def test_a_sentence_with_an_agency_tag_is_prose() -> None:
    assert shape("Der Neubau soll im kommenden Frühjahr fertig werden. (dpa)").prose
    assert shape("Die Polizei ermittelt wegen Brandstiftung weiter. (AFP/red)").prose
    # counter-examples: a link title with a bracket, a caption without a sentence
    assert not shape("Mehr zum Thema Neubau (Video)").prose
    assert not shape("Blick auf die Baustelle am Hafen (Foto: Muster)").prose


def test_a_last_paragraph_with_an_agency_tag_stays() -> None:
    body = _body(
        "Der Zweitligist hat sich von seinem Sportdirektor getrennt.",
        "Die Entscheidung fiel nach einer Sitzung des Aufsichtsrats am Montag.",
        "▷ Lesetipp: Die Tabelle der Liga",
        "Der Verein dankte ihm für sieben gemeinsame Jahre. (dpa)",
        "▷ Lesetipp: Alle Transfers im Überblick",
        "Artikel teilen: Facebook | WhatsApp | E-Mail",
        _END,
    )
    kept = _kept(body)
    assert "Der Verein dankte ihm für sieben gemeinsame Jahre. (dpa)" in kept
    assert "Alle Transfers im Überblick" not in kept


# --- a list under a question sub-heading ----------------------------------------------------


def test_a_list_under_a_question_sub_heading_stays() -> None:
    body = _body(
        "Die Fluggesellschaft streicht im Winter ihre Verbindung nach Lissabon.",
        "Wer schon gebucht hat, bekommt den Preis erstattet.",
        "Lesen Sie auch: Die besten Reiseziele im Herbst",
        "Was müssen Reisende jetzt beachten?",
        "- Erstattung im Kundenportal anfordern",
        "- Alternativ einen Gutschein wählen",
        "- Fristen im Blick behalten",
        "Die Verbraucherzentrale rät, Belege gut aufzubewahren.",
        "Lesen Sie auch: Streik am Flughafen – Ihre Rechte",
        _END,
    )
    kept = _kept(body)
    assert "Was müssen Reisende jetzt beachten?" in kept
    assert "- Erstattung im Kundenportal anfordern" in kept
    assert "- Alternativ einen Gutschein wählen" in kept


def test_a_question_to_the_reader_opens_no_list() -> None:
    assert _question_lead_in(
        split_blocks("Was gilt jetzt für Mieter?")[0], shape("Was gilt jetzt für Mieter?")
    )
    q = "Was meinen Sie dazu?"
    assert not _question_lead_in(split_blocks(q)[0], shape(q))
    short = "Warum?"
    assert not _question_lead_in(split_blocks(short)[0], shape(short))


# --- search-phrase decks --------------------------------------------------------------------


def test_a_search_phrase_deck_is_recognised() -> None:
    assert _keyword_deck(
        "Glatteis heute, Glatteis aktuell Bayern, Unfall Glatteis: Alle Infos finden Sie hier."
    )
    assert _keyword_deck("Hitze Tipps, Hitzewelle heute, Hitze was tun – hier alle Antworten.")
    assert _keyword_deck("Bahnstreik Nord – Pendler warten – Bahnstreik aktuell: Das gilt jetzt.")
    # counter-examples: an enumeration without a repeated keyword, a figure of speech that
    # repeats a word of the sentence
    assert not _keyword_deck("Berlin, Hamburg, München: In allen drei Städten stiegen die Mieten.")
    assert not _keyword_deck("Kein Auto, kein Bus, kein Zug: Der Ort war drei Tage abgeschnitten.")
    assert not _keyword_deck("Äpfel, Birnen und Pflaumen wachsen auf der Streuobstwiese am Hang.")


def test_a_search_phrase_deck_under_the_head_goes() -> None:
    body = _body(
        "Musterportal – Nachrichten für alle",
        "Home / Panorama",
        "Sturm an der Küste: Fähren fallen aus",
        "04.06.2027 · 13:41",
        "Sturm Küste heute, Sturm aktuell Nordsee, Fähre Sturm: Hier erfahren Sie alles zum Thema.",
        "Wegen des Sturms fallen an der Nordsee am Freitag viele Fährverbindungen aus.",
        "Die Reedereien raten, sich vor der Fahrt über den Fahrplan zu informieren.",
        _END,
    )
    kept = _kept(body)
    assert "Sturm Küste heute" not in kept
    assert "Wegen des Sturms fallen" in kept


# --- phrase cues ----------------------------------------------------------------------------


def test_live_blog_notices_of_new_entries() -> None:
    assert "widget" in _reasons("4 neue Einträge")
    assert "widget" in _reasons("Neue Beiträge verfügbar – hier tippen")
    assert "widget" in _reasons("Neue Updates laden")
    assert not _reasons("Neue Einträge im Grundbuch sind seit Mai gebührenpflichtig.")


def test_a_wire_item_loaded_without_an_editor() -> None:
    assert "credit" in _reasons(
        "Diese Nachricht wurde automatisch aus dem Agenturdienst übernommen."
    )
    assert "credit" in _reasons("Eine redaktionelle Prüfung findet nicht statt.")
    assert not _reasons("Die Meldung wurde automatisch an die Leitstelle weitergeleitet.")


def test_a_quote_row() -> None:
    assert "widget" in _reasons("Muster Chemie AG  MCH  41,20 € +1,85 %")
    assert "widget" in _reasons("Bid 41,18 / Ask 41,22")
    assert not _reasons("Die Aktie schloss bei 41,20 € und damit 1,85 % höher.")


def test_a_member_funded_outlets_appeals() -> None:
    assert "donation" in _reasons("Werde Mitglied und sichere unabhängigen Lokaljournalismus.")
    assert "donation" in _reasons("Wir berichten aus jedem Ortsrat. Hilf uns, dass das so bleibt.")
    assert "donation" in _reasons("Wir leben allein von unseren Mitgliedern.")
    assert "donation" in _reasons("Wir zeigen keine Werbung und verkaufen keine Daten.")
    assert "donation" in _reasons("Dieser Artikel ist frei lesbar, weil viele uns unterstützen.")
    assert "paywall" in _reasons("Ein Jahr werbefrei lesen kostet dich nur 30 Euro.")
    # counter-examples: a report on a club's members, a police appeal, a quoted refusal
    assert not _reasons("Der Verein hat im vergangenen Jahr 40 neue Mitglieder gewonnen.")
    assert not _reasons("Die Polizei bittet Zeugen, sich zu melden.")
    assert not _reasons("„Ich werde nie Mitglied einer Partei“, sagte die Kandidatin.")


def test_comment_rules_author_box_and_funding_note() -> None:
    assert "comments" in _reasons("Schreibe einen Kommentar – wir lesen alles.")
    assert "comments" in _reasons("Kommentare erscheinen erst nach Prüfung durch die Redaktion.")
    assert "comments" in _reasons("Deine Meinung zählt: Diskutiere unter dem Text mit.")
    assert "credit" in _reasons("Hinter diesem Text: Max Muster berichtet seit 2024 aus dem Kreis.")
    assert "credit" in _reasons("Diese Recherche fördert die Stiftung Muster.")
    assert "credit" in _reasons("Die Stiftung hat keinen Einfluss auf die Auswahl der Themen.")
    assert "newsletter" in _reasons("Ihr fragt, wir antworten: Jede Woche eine Leserfrage.")
    # counter-examples: a report that names comments, an author named in the text
    assert not _reasons("Im Stadtrat gab es zu dem Antrag kaum Kommentare.")
    assert not _reasons("Die Autorin des Gutachtens hat die Zahlen im Mai vorgestellt.")


_ADVICE = (
    "Stadtwerke heben Gaspreis an\n"
    "Die Stadtwerke erhöhen zum Jahreswechsel den Gaspreis um acht Prozent, teilte das "
    "Unternehmen am Montag mit.\n"
    "Betroffen sind rund 40.000 Haushalte in der Stadt und den umliegenden Gemeinden.\n"
    "{lead}\n"
    "- Zählerstand zum Stichtag notieren\n"
    "- Fristen beachten: Widerspruch bis 15. Februar\n"
    "- Angebote anderer Versorger vergleichen\n"
    "Der Verband der Verbraucher rechnet mit weiteren Erhöhungen im Frühjahr.\n"
)


def test_calls_answering_the_articles_question_stay() -> None:
    res = clean_body(_ADVICE.format(lead="Was sollten Kunden jetzt tun?"))
    assert not any("Fristen" in r.text or "Versorger" in r.text for r in res.removed)


def test_a_question_put_to_the_reader_protects_no_calls() -> None:
    # "Sie" in the question: the reader is asked, the list may be an offer
    from lagebild.clean.blocks import Block

    lead = "Sie wollen jetzt handeln?"
    assert not _question_lead_in(Block(lead, 0, False), shape(lead))
    own = "Was sollten Kunden jetzt tun?"
    assert _question_lead_in(Block(own, 0, False), shape(own))
