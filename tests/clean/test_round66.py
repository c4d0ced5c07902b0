"""Round 66 (heldout57: a regional daily's state politics, a start-up news site, a public
broadcaster's sports pages, a content farm's local rewrites). Article text the cleaner lost: a
list of results under the article's own lead-in, carried off by a furniture link line above it
(a furniture heading carries link titles; a lead-in ending in a colon is no link title).
Furniture: a furniture heading inside another heading's run (a reading list under an ad) now
carries its own lines, an author's note on one line under the share bar, a headline under two
stacked labels, and the _ROUND66 cue families (hyphenated ad labels, media controls, media
library pointers, broadcast slots, app settings, geo-block notices, external-link disclaimers,
first-published notes, "other readers clicked" headings, the outlet's own podcast, job board
headings). Metadata: a bare masthead its footer names with its publisher, sections and
hyphenated compounds read as outlet names, a statement given to a medium in the perfect. All
lines are invented for these tests; each rule has a counter-example."""

from __future__ import annotations

from samples import cue_reasons as _reasons
from samples import paragraphs as _body

from lagebild.clean.blocks import shape, split_blocks
from lagebild.clean.boilerplate import BoilerplateConfig, _under_stacked_labels, clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.context import carry_headings
from lagebild.clean.outlets import _common_word, find_outlet

_END = "© 2027 Musterblatt Verlag · Impressum · Datenschutz · Kontakt"


def _carry(lines: list[str], preset: list[str | None]) -> list[str | None]:
    blocks = split_blocks(_body(*lines))
    shapes = [shape(b.text) for b in blocks]
    reason = list(preset)
    carry_headings(blocks, shapes, reason, BoilerplateConfig())
    return reason


# --- article text ------------------------------------------------------------------------


def test_a_furniture_heading_stops_at_the_articles_own_lead_in() -> None:
    lines = [
        "Videomitschnitt der Sitzung",
        "Die Ergebnisse der Gruppenphase im Überblick:",
        "Talheim – Lindweiler 3:1",
        "Ostbach – Bergen 0:2",
        "Das Finale steigt am Samstag im Stadion am Kanal, erwartet werden 8000 Zuschauer.",
    ]
    reason = _carry(lines, ["related", None, None, None, None])
    assert reason[1:] == [None, None, None, None]
    # counter-example: link titles under the heading still go with it
    lines = [
        "Mehr zum Thema",
        "Talheim feiert den Aufstieg",
        "Neuer Trainer für Lindweiler",
        "Das Finale steigt am Samstag im Stadion am Kanal, erwartet werden 8000 Zuschauer.",
    ]
    reason = _carry(lines, ["related", None, None, None])
    assert reason == ["related", "related", "related", None]


# --- furniture ---------------------------------------------------------------------------


def test_a_heading_inside_an_ad_run_carries_its_own_titles() -> None:
    lines = [
        "Werbung",
        "Möbelhaus Sommer: Alles muss raus, bis zu 50 Prozent",
        "Leser lasen auch:",
        "Katze aus Baum gerettet",
        "Talheim: Wann öffnet das Freibad?",
        "Die Straße bleibt nach Angaben der Stadt bis Ende Mai für den Verkehr gesperrt.",
    ]
    reason = _carry(lines, ["promo", "promo", "related", None, None, None])
    assert reason[3:5] == ["related", "related"]
    assert reason[5] is None  # counter-example: the article's prose after the titles stays


def test_round66_cue_families() -> None:
    cases = {
        "promo": (
            "Partner-Inhalt",
            "Sponsor-Beitrag",
            "Neue Folgen jede Woche – in der Talfunk-Audiothek",
            "Sendetermin: Das Magazin läuft am Freitag um 21 Uhr.",
            "Das Halbfinale überträgt Talfunk am Sonntag ab 14:30 Uhr, dazu ein Livestream.",
            "Warum Gründer scheitern, erklärt sie in der neuen Folge unseres Podcasts „Kassensturz“.",
        ),
        "media": ("Die Tore des Spieltags (4:05 Min.) – Video abspielen",),
        "newsletter": ("In der Talfunk-App unter „Meine Orte“ aktivieren.",),
        "disclaimer": (
            "Aus urheberrechtlichen Gründen dürfen wir diesen Beitrag im Ausland nicht zeigen.",
            "Wir sind nicht verantwortlich für die Inhalte externer Seiten.",
        ),
        "credit": ("Zuerst erschienen im Wochenend-Newsletter am Samstag.",),
        "related": ("Andere Leser interessierten sich auch für:", "Nutzer lasen danach:"),
        "job": ("Jobs in der Musterbranche",),
    }
    for reason, lines in cases.items():
        for line in lines:
            assert reason in _reasons(line), line
    # counter-examples: reports of the same things keep the family's reason off
    for line, reason in (
        (
            "Die Aufnahmen sollen in der Mediathek ebenso lange abrufbar sein wie die Sendung.",
            "promo",
        ),
        ("Der Partner des Vereins stellt die Inhalte bereit.", "promo"),
        ("Die Zeugen hatten das Video angesehen, bevor sie die Polizei riefen.", "media"),
        ("Das Buch war zuerst im Jahr 1950 veröffentlicht worden.", "credit"),
        (
            "In der neuen Folge des Podcasts „Lage am Abend“ sagte der Minister, er trete an.",
            "promo",
        ),
        ("Andere Vereine lasen die Satzung genauer.", "related"),
        ("Die Jobs in der Pflege sind schlecht bezahlt, sagt die Gewerkschaft.", "job"),
    ):
        assert reason not in _reasons(line), line


def test_an_author_note_under_the_share_bar_goes() -> None:
    body = _body(
        "Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr verabschiedet.",
        "Die Schulden steigen nach Angaben der Kämmerei um vier Millionen Euro.",
        "Artikel teilen: Mail | WhatsApp | Facebook",
        "Zur Person: Jana Beispiel volontiert in der Lokalredaktion und schreibt über Finanzen.",
        _END,
    )
    assert "Jana Beispiel" not in clean_body(body).text
    # counter-example: a profile of someone in the news under the article's prose stays
    body = _body(
        "Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr verabschiedet.",
        "Die Schulden steigen nach Angaben der Kämmerei um vier Millionen Euro.",
        "Zur Person: Karla Muster ist seit 2019 Kämmerin des Kreises und war zuvor Bankerin.",
        _END,
    )
    assert "Karla Muster" in clean_body(body).text


def test_a_headline_under_stacked_labels() -> None:
    body = _body(
        "Musterblatt",
        "Start | Politik | Kultur | Sport | Wirtschaft",
        "Eilmeldung",
        "Kreistag",
        "Kreistag stoppt den Bau der neuen Umgehungsstraße",
        "12.03.2027 · 14:10 Uhr",
        "Der Kreistag hat den Bau der Umgehungsstraße am Dienstag überraschend gestoppt.",
        "Die Mehrheit folgte damit einem Antrag der Opposition aus dem vergangenen Herbst.",
    )
    assert clean_body(body).title == "Kreistag stoppt den Bau der neuen Umgehungsstraße"
    # counter-example: a longer line above does not count as a label
    blocks = split_blocks(
        _body("Ein Bericht aus dem Landtag von heute", "Streit im Landtag", "12.03.2027")
    )
    shapes = [shape(b.text) for b in blocks]
    assert _under_stacked_labels(blocks, shapes, [None, None, "dateline"], [0, 1]) is None


# --- metadata ----------------------------------------------------------------------------


def test_a_bare_masthead_named_with_its_publisher() -> None:
    body = _body(
        "Gründerblick",
        "Start | Finanzierung | Karriere | Podcast",
        "Das Start-up Beispielwerk hat 5 Millionen Euro eingesammelt.",
        "Gründerblick gehört zur Musterhaus Medien GmbH © 2027 · Impressum",
    )
    assert find_outlet(body) == "Gründerblick"
    # counter-example: a bare first line its footer does not name with a publisher
    body = _body(
        "Gründerblick",
        "Das Start-up Beispielwerk hat 5 Millionen Euro eingesammelt.",
        "Impressum · Datenschutz",
    )
    assert find_outlet(body) != "Gründerblick"


def test_sections_and_hyphenated_words_are_no_outlets() -> None:
    body = _body(
        "Der Landtag hat das Gesetz beschlossen.",
        "Weiterlesen in der Kommunalpolitik",
        "Talheim baut neue Kita",
    )
    assert find_outlet(body) != "Kommunalpolitik"
    assert _common_word("Kultur-Szene")
    # counter-examples: a media name or an acronym makes a compound a name
    assert not _common_word("Rhein-Zeitung")
    assert not _common_word("KI-Radar")
    body = _body(
        "Der Landtag hat das Gesetz beschlossen.", "Weiterlesen in der Talheimer Rundschau"
    )
    assert find_outlet(body) == "Talheimer Rundschau"


def test_a_statement_to_a_medium_in_the_perfect() -> None:
    assert find_cites("Die Ministerin hatte der Talheimer Zeitung zuvor gesagt, sie trete an.") == [
        "Talheimer Zeitung"
    ]
    assert find_cites("Er hat dem Deutschlandfunk bestätigt, dass er kandidiert.") == [
        "Deutschlandfunk"
    ]
    # counter-example: a statement to an authority names no medium
    assert find_cites("Der Fahrer hatte der Polizei zuvor gesagt, er sei müde gewesen.") == []
