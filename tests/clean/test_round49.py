"""Round 49 (heldout40) rules. Article loss: a job-ad word after an article ("für einen
Ausbildungsplatz") is a report, not an offer; a question the article puts to itself right
under its prose and the sentence answering it stay; a list item the model alone took out of a
kept list comes back. Furniture: the marked list under a box heading the model cut goes with
it; an offer as an infinitive call under a label; _ROUND49 cue families. Headlines under a short
section label over a paragraph in the outlet's voice, under the dateline below a note, and
under a widget's prompt. Metadata: a title's lower-case word before the legal form, a
breadcrumb that opens with a menu item, a dateline set apart by dashes with a reading time,
the medium as the agent of a passive. All lines are invented for these tests."""

from __future__ import annotations

from samples import cue_reasons as _reasons

from lagebild.clean.blocks import Block, Shape, shape, split_blocks
from lagebild.clean.boilerplate import clean_body, posed_questions
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published, is_date_line
from lagebild.clean.learned import REASON, _carry_lists, _give_back_siblings
from lagebild.clean.outlets import _menu_item, find_outlet

_MENU = "Start | Fahrplan | Tarife | Verein | Presse | Kontakt"


# --- article text ------------------------------------------------------------------------


def test_a_job_word_after_an_article_is_no_job_ad() -> None:
    assert "job" not in _reasons(
        "Wer sich für einen Ausbildungsplatz in der Gärtnerei bewirbt, braucht kein Zeugnis."
    )
    assert "job" not in _reasons("Sie hat ein Volontariat beim Stadtradio abgeschlossen.")
    # the offer itself still is one
    assert "job" in _reasons("Volontariat ab 1. Oktober – Bewerbungsschluss 30. Juni")
    assert "job" in _reasons("Freier Ausbildungsplatz: Jetzt Ausbildungsplatz sichern")


def test_the_apprentice_report_keeps_its_job_word_sentence() -> None:
    body = (
        "Die Bäckerinnung hat am Montag vier neue Lehrlinge begrüßt.\n\n"
        "Die Ausbildung dauert drei Jahre und beginnt mit einem Block in der Berufsschule.\n\n"
        "Wer sich für einen Ausbildungsplatz im nächsten Herbst interessiert, kann vorher "
        "eine Woche mitbacken.\n\n"
        "Obermeister Brandt rechnet mit weiteren Bewerbungen.\n"
    )
    assert "für einen Ausbildungsplatz" in clean_body(body).text


def _posed(lines: list[str]) -> set[int]:
    blocks = split_blocks("\n\n".join(lines))
    shapes = [shape(b.text) for b in blocks]
    return posed_questions(blocks, shapes, [None] * len(blocks))


_ARGUMENT = "Ohne feste Preise könnten kleine Läden kaum mit den Rabatten der Ketten mithalten."


def test_a_question_the_article_puts_to_itself_is_article_text() -> None:
    lines = [
        _ARGUMENT,
        "Was bedeutet das für Sie?",
        "Wenn Sie bei uns kaufen, zahlen Sie denselben Preis wie im Netz.",
    ]
    assert _posed(lines) == {1, 2}


def test_a_call_or_a_contact_after_the_question_is_no_answer() -> None:
    assert _posed([_ARGUMENT, "Noch Fragen?", "Schreiben Sie uns, wir antworten gern."]) == set()
    assert _posed([_ARGUMENT, "Noch Fragen?", "Wir sind unter 0761 23 45 67 für Sie da."]) == set()
    # no prose of the article right above: a footer's question
    assert _posed(["Teilen | Drucken", "Noch Fragen?", "Wir helfen Ihnen gern weiter."]) == set()


def test_the_answered_question_stays_above_the_shops_footer() -> None:
    body = (
        "Immer wieder fragen Kundinnen, ob Bücher im Netz billiger sind.\n\n"
        "In Deutschland legt der Verlag den Endpreis fest, für jede Verkaufsstelle.\n\n"
        "Das gilt für den kleinen Laden ebenso wie für den großen Versandhändler.\n\n"
        "Was heißt das für Sie?\n\n"
        "Wenn Sie bei uns bestellen, zahlen Sie keinen Cent mehr, und das Geld bleibt im Ort.\n\n"
        "Kommentare sind bei uns willkommen, wenn sie freundlich bleiben.\n\n"
        "© Buchladen Seeblick 2027 · Impressum · Datenschutz\n"
    )
    res = clean_body(body)
    assert "Was heißt das für Sie?" in res.text
    assert "zahlen Sie keinen Cent mehr" in res.text
    assert "Kommentare sind bei uns willkommen" not in res.text


def _blocks(lines: list[str]) -> tuple[list[Block], list[Shape]]:
    blocks = split_blocks("\n\n".join(lines))
    return blocks, [shape(b.text) for b in blocks]


_TIPS = [
    "Wir haben fünf Bücher für den Sommer ausgesucht, die uns begeistert haben.",
    "- „Der Leuchtturm“ von Ida Brenner: ein Roman über drei Schwestern",
    "- „Salzwiesen“ von Ole Timm: ein Krimi aus unserer Altstadt",
    "- „Die Brücke“ von Nele Hartwig: still und dicht",
    "- „Kleine Meere“ von Jon Berger: Gedichte von der Küste",
    "Alle Titel liegen auf dem Tisch neben der Kasse.",
]


def test_an_item_the_model_took_from_a_kept_list_comes_back() -> None:
    blocks, shapes = _blocks(_TIPS)
    reason: list[str | None] = [None] * len(blocks)
    reason[2] = REASON
    _give_back_siblings(blocks, shapes, reason)
    assert reason[2] is None


def test_a_list_the_model_mostly_cut_stays_cut() -> None:
    blocks, shapes = _blocks(_TIPS)
    reason: list[str | None] = [None, REASON, REASON, REASON, None, None]
    _give_back_siblings(blocks, shapes, reason)
    assert reason[1:4] == [REASON, REASON, REASON]


_BOX = [
    "Die Preisbindung schützt auch die kleinen Verlage, sagt die Inhaberin.",
    "Unsere Bestseller diese Woche",
    "1. Ida Brenner – Der Leuchtturm",
    "2. Ole Timm – Salzwiesen",
    "3. Nele Hartwig – Die Brücke",
    "Ohne feste Preise würde vor allem die Auswahl leiden, denn Lyrik rechnet sich kaum.",
]


def test_the_list_under_a_box_heading_the_model_cut_goes_with_it() -> None:
    blocks, shapes = _blocks(_BOX)
    reason: list[str | None] = [None, REASON, None, None, None, None]
    assert _carry_lists(blocks, shapes, reason, [1]) == [2, 3, 4]
    assert reason[2:5] == [REASON, REASON, REASON]


def test_a_lead_in_or_a_list_of_sentences_carries_nothing() -> None:
    lines = [*_BOX]
    lines[1] = "Die Bestseller dieser Woche:"
    blocks, shapes = _blocks(lines)
    reason: list[str | None] = [None, REASON, None, None, None, None]
    assert _carry_lists(blocks, shapes, reason, [1]) == []
    sentences = [
        _BOX[0],
        "Die drei Schritte",
        "1. Die Kundin fragt den Titel an der Kasse an.",
        "2. Der Laden bestellt ihn über Nacht beim Großhändler.",
        _BOX[5],
    ]
    blocks, shapes = _blocks(sentences)
    reason = [None, REASON, None, None, None]
    assert _carry_lists(blocks, shapes, reason, [1]) == []


# --- furniture cues ------------------------------------------------------------------------


def test_round49_cues_match_furniture() -> None:
    assert "widget" in _reasons("[Ort] [PLZ] [Umkreis] Betrieb suchen")
    assert "corrections" in _reasons("Korrigiert am 4. Mai: Zunächst stand hier ein falsches Jahr.")
    assert "corrections" in _reasons(
        "Unser Versprechen: Fehler in unseren Texten korrigieren wir sofort und sichtbar."
    )
    assert "corrections" in _reasons(
        "Dieser Ratgeber wurde zuletzt im März von der Fachstelle Brandschutz geprüft."
    )
    assert "comments" in _reasons("Unsachliche Beiträge löschen wir ohne Rückfrage.")
    assert "comments" in _reasons("Kommentare sind hier jederzeit willkommen.")
    assert "promo" in _reasons("Töpferkurs im Juli: noch 3 von 12 Plätzen frei")
    assert "byline" in _reasons("Hier schreiben Lena und Tom – zwei Gärtner aus Leidenschaft.")
    assert "contact" in _reasons("Servicetelefon 0421 55 66 77 – auch samstags besetzt.")
    assert "promo" in _reasons("Stellplatz vorab buchen: P2 am Bahnhof, 5 Euro am Tag")
    assert "promo" in _reasons("Neuigkeiten aufs Handy: In der App die Mitteilungen einschalten.")


def test_round49_cues_spare_news_prose() -> None:
    assert "widget" not in _reasons("Laut den Studien [1] [2] steigt der Wert.")
    assert not _reasons("Die Zeitung hatte die Korrektur erst am Montag veröffentlicht.")
    assert not _reasons("Der Fehler fiel erst bei der zweiten Prüfung auf, sagte der Prüfer.")
    assert not _reasons("Die Anlage wurde im Mai vom TÜV geprüft und freigegeben.")
    assert not _reasons("Der Verein will künftig beleidigende Zurufe auf dem Platz ahnden.")
    assert not _reasons("Für den Kurs gab es im Vorjahr mehr Anmeldungen als Plätze.")
    assert "contact" not in _reasons("Das Bürgertelefon war am Montag kaum erreichbar.")
    assert "promo" not in _reasons("Wichtig: Nach dem Update musst du die Profile neu aktivieren.")
    assert "promo" not in _reasons("Die Stadt will die Plätze im Sommer neu buchen lassen.")


def test_the_outlet_gives_its_own_number_in_a_sentence() -> None:
    assert shape("Titel nicht da? Ein Anruf bei uns genügt: 0761 23 45 67.").contact
    # a report of a number, no outlet speaking; a row without a sentence
    assert not shape("Die Hotline der Stadt ist unter 0761 23 45 67 erreichbar.").contact
    assert not shape("Unser Service-Team: 0800 123 456 (kostenfrei)").contact


def test_an_offer_as_an_infinitive_call_under_the_article_goes() -> None:
    body = (
        "Der Rufbus fährt ab März auch sonntags.\n\n"
        "Die Genossenschaft hat dafür zwei Fahrerinnen eingestellt.\n\n"
        "Die Fahrt kostet weiter zwei Euro.\n\n"
        "Umleitung beachten: Wegen Bauarbeiten entfällt die Haltestelle Mühlweg bis Ende Mai.\n\n"
        "Teilen: WhatsApp · Facebook · E-Mail\n"
    )
    res = clean_body(body)
    assert "Umleitung beachten" not in res.text
    assert "Die Fahrt kostet weiter zwei Euro." in res.text


def test_the_same_call_between_paragraphs_is_advice_and_stays() -> None:
    # an advice piece speaks so between its paragraphs (boilerplate.embedded_lines)
    body = (
        "Wer den Zuschuss beantragen will, braucht die Rechnung des Handwerkers.\n\n"
        "Frist beachten: Der Antrag muss bis Ende März beim Landratsamt sein.\n\n"
        "Später eingereichte Anträge bearbeitet das Amt erst im nächsten Jahr.\n"
    )
    assert "Frist beachten" in clean_body(body).text


# --- headlines -----------------------------------------------------------------------------


_SHOP_PROSE = (
    "Immer wieder werden wir gefragt, ob ein Roman im Netz nicht billiger zu haben sei.\n\n"
    "Die Antwort lautet: nein.\n\n"
    "In Deutschland legt der Verlag den Endpreis fest, und jede Verkaufsstelle hält sich daran.\n"
)


def test_the_headline_under_a_section_label_over_the_outlets_own_paragraph() -> None:
    body = f"{_MENU}\n\nAus dem Laden\n\nWarum ein Buch bei uns so viel kostet wie im Netz\n\n"
    assert clean_body(body + _SHOP_PROSE).title == (
        "Warum ein Buch bei uns so viel kostet wie im Netz"
    )


def test_the_headline_under_the_dateline_below_a_note() -> None:
    body = (
        f"{_MENU}\n\nSommerferien: Vom 26. Juli an haben wir samstags nur bis 13 Uhr geöffnet.\n\n"
        "01.07.2027 · Empfehlungen\n\nFünf Bücher für den Liegestuhl\n\n"
        "Die Buchhändlerinnen haben sich im Team umgehört und fünf Titel ausgewählt.\n\n"
        "Drei davon stammen aus kleinen Verlagen im Land.\n"
    )
    assert clean_body(body).title == "Fünf Bücher für den Liegestuhl"


def test_a_widgets_prompt_is_no_headline() -> None:
    body = (
        f"{_MENU}\n\nWer ist mein Ansprechpartner? Postleitzahl eingeben:\n\n"
        "[PLZ] [Ort] Suchen\n\nNeue Fristen für alte Kaminöfen\n\n"
        "Viele Besitzer älterer Öfen sind verunsichert, ob ihr Gerät weiter laufen darf.\n\n"
        "Maßgeblich sind die Grenzwerte für Staub und Kohlenmonoxid.\n"
    )
    res = clean_body(body)
    assert res.title == "Neue Fristen für alte Kaminöfen"
    assert "[PLZ]" not in res.text


# --- metadata ------------------------------------------------------------------------------


def test_a_titles_lower_case_word_before_the_legal_form() -> None:
    text = (
        "Talbus mobil eG · Rufbus für die Dörfer im Tal\n\n"
        "Der Rufbus fährt ab März auch sonntags.\n\n"
        "© 2027 Talbus mobil eG | Satzung | Impressum\n"
    )
    assert find_outlet(text) == "Talbus mobil"
    # a lower-case word that opens a sentence after the name is no part of it
    assert find_outlet("© 2027 Talbus eG | Impressum\n\nTalbus mobil ist das Ziel.\n") == "Talbus"


def test_a_breadcrumb_that_opens_with_a_menu_item_names_no_site() -> None:
    lines = [
        "Spielplan | Unsere Bühnen | Gastspiele & Touren | Verband | Presse",
        "Gastspiele & Touren › Jugend",
        "Der Verband bietet wieder eine Werkstatt an.",
    ]
    assert _menu_item("Gastspiele & Touren", lines)
    # a name in no menu row, or only inside an item, is no menu item
    assert not _menu_item("Bühnenblatt.de", [*lines, "Bühnenblatt.de › Kurse › Jugend"])
    assert not _menu_item("Gastspiele", lines)
    # a breadcrumb from the site's home still names it
    assert find_outlet("Bühnenblatt.de › Kurse › Jugend\n\nEin Text.\n") == "Bühnenblatt.de"


def test_a_dateline_set_apart_by_dashes_with_a_reading_time() -> None:
    line = "Aus dem Stadtbüro, 03.05.2027 – erschienen 09:30 Uhr – zwei Lesemin."
    assert is_date_line(line)
    assert find_published(line + "\n\nEin Text.\n") == ("2027-05-03T09:30", "minute")
    assert not is_date_line("Seit dem 3. Mai 2027 gilt die neue Satzung des Vereins.")


def test_the_medium_as_the_agent_of_a_passive() -> None:
    assert find_cites("Einer der Titel wurde vom WDR als Hörbuch des Monats vorgestellt.") == [
        "WDR"
    ]
    assert find_cites("Der Plan wurde vom Stadtrat am Montag vorgestellt.") == []
