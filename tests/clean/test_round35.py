"""Round 35 (heldout26) became development data: general rules, tested on invented lines."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import cue_hits, shape, split_blocks
from lagebild.clean.boilerplate import ad_copy, clean_body
from lagebild.clean.cites import find_cites
from lagebild.clean.dates import find_published
from lagebild.clean.outlets import find_outlet

_HEAD = (
    "Der Kanuverein Talbrück hat am Wochenende sein neues Bootshaus am Altarm eingeweiht.\n"
    "Rund 300 Gäste kamen zur Feier, darunter der Landrat und zwei Olympiastarter.\n"
)
_TAIL = (
    "Der Bau hatte knapp zwei Jahre gedauert und wurde zur Hälfte vom Land gefördert.\n"
    "Im Herbst soll auf dem Gelände zusätzlich eine kleine Werkstatt entstehen.\n"
)


# --- article loss: a life span is no dateline and no ad footnote ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "* 3. Oktober 1941  † 12. März 2027",
        "* 3.10.1941 † 12.3.2027",
        "geb. 1952 – gest. 2026",
        "* 7. Juni 1950 in Talbrück † 2. Mai 2027 in Oberau",
    ],
)
def test_a_life_span_is_no_dateline(line: str) -> None:
    sh = shape(line)
    assert sh.cue_score == 0 and not sh.reasons, line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Stand: 12. März 2027, 10:15 Uhr", "dateline"),
        ("† 12. März 2027", "dateline"),
        ("* Angebot gilt bis 12. März 2027", "promo"),
        ("* Preis gilt bis 2027 † Hinweis 2027 beachten", "promo"),
    ],
)
def test_other_star_and_date_lines_keep_their_cues(line: str, reason: str) -> None:
    assert reason in shape(line).reasons, line


def test_a_death_notice_keeps_the_name_and_life_span_under_its_dateline() -> None:
    body = (
        "Gedenkportal Talbrück – Abschied nehmen\n"
        "Traueranzeigen | Gedenkseiten | Bestatter | Anzeige aufgeben\n"
        "Wir nehmen Abschied von Walburga Lehner\n"
        "Online seit 14.03.2027 · Talbrück\n"
        "Walburga Lehner, geb. Ostermaier\n"
        "* 3. Oktober 1941  † 12. März 2027\n"
        "Nach einem reichen und tapferen Leben ist unsere Mutter und Oma von uns gegangen.\n"
        "Die Trauerfeier findet am Freitag um 14 Uhr in der Friedhofskapelle Talbrück statt.\n"
        "Kerze anzünden · Kondolieren · Blumen senden\n"
    )
    res = clean_body(body, title="Wir nehmen Abschied von Walburga Lehner")
    assert "* 3. Oktober 1941" in res.text
    assert "Walburga Lehner, geb. Ostermaier" in res.text
    assert "Online seit" not in res.text


# --- article loss: a short label of the article's own opens its table --------------------


def test_a_short_label_under_prose_opens_a_table_of_figures() -> None:
    body = (
        _HEAD
        + "Technische Daten:\n"
        + "Länge | 28 Meter\n"
        + "Bootsplätze | 64\n"
        + "Baukosten | 1,9 Millionen Euro\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Bootsplätze | 64" in res.text
    assert "Baukosten | 1,9 Millionen Euro" in res.text


def test_a_short_label_over_a_menu_opens_no_table() -> None:
    body = (
        _HEAD
        + "Mehr Themen:\n"
        + "Kanu | Rudern | Segeln\n"
        + "Ergebnisse | Termine | Fotos\n"
        + "Vereine | Kontakt | Archiv\n"
        + _TAIL
    )
    res = clean_body(body)
    assert "Kanu | Rudern" not in res.text


# --- article loss: a named gallery is a place -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Die Bilder sind ab Juni in der Galerie Kornspeicher in Talbrück zu sehen.", False),
        ("Zur Galerie Alte Post gehört auch ein kleines Café.", False),
        ("Alle Fotos vom Fest in der Galerie", True),
        ("Weitere Bilder in unserer Galerie Bootshaus", True),
        ("Zur Galerie: die schönsten Momente", True),
    ],
)
def test_a_named_gallery_is_no_gallery_link(line: str, cue: bool) -> None:
    assert ("related" in shape(line).reasons) is cue, line


# --- furniture: the copy under a bare ad label, a line opening with the label -------------


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        (
            "Paddel und Schwimmwesten – alles für deinen Verein im Shop von Wassersport Kerner.",
            True,
        ),
        ("Ihr Boot winterfest machen? Kostenloser Check in unserer Werkstatt.", True),
        ("Neoprenanzüge ab 89 € bei Kerner in Oberau.", True),
        # a report under a label left alone by an image ad
        ("Der Landrat lobte das Engagement der vielen ehrenamtlichen Helfer.", False),
        ("Die Kosten stiegen zuletzt von 1,6 auf 1,9 Millionen Euro.", False),
    ],
)
def test_the_line_under_a_bare_ad_label_goes_when_it_sells(line: str, cut: bool) -> None:
    blocks = split_blocks("Anzeige\n" + line)
    shapes = [shape(b.text) for b in blocks]
    got = ad_copy(blocks, shapes, ["promo", None])
    assert (1 in got) is cut, line


def test_the_line_under_a_kept_label_is_left_alone() -> None:
    blocks = split_blocks("Anzeige\nNeoprenanzüge ab 89 € bei Kerner in Oberau.")
    shapes = [shape(b.text) for b in blocks]
    assert ad_copy(blocks, shapes, [None, None]) == []


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("Gesponsert: Die Bootsversicherung Kielwasser zahlt bis zu 3.000 Euro je Schaden.", True),
        ("Werbung | Der Kanuhandel Kerner feiert sein 25-jähriges Bestehen.", True),
        ("Anzeigen: Die Polizei sucht Zeugen des Diebstahls am Bootssteg.", False),
        ("Werbung ist teuer: Das zeigt eine Umfrage unter Vereinen.", False),
    ],
)
def test_a_line_opening_with_an_ad_label_is_the_ad(line: str, cut: bool) -> None:
    blocks = split_blocks(line)
    shapes = [shape(b.text) for b in blocks]
    assert (0 in ad_copy(blocks, shapes, [None])) is cut, line


# --- furniture phrases ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Kein Tor mehr verpassen: Aktiviere die Push-Benachrichtigungen in der App.",
        "Keinen Spieltag mehr verpassen – jetzt Hinweise einschalten",
        "Erlaube Benachrichtigungen für Eilmeldungen aus deinem Verein.",
        "Links mit Sternchen sind Händlerlinks.",
        "Beim Kauf über einen Shop-Link erhalten wir einen Anteil – ohne Aufpreis für Sie.",
        "Neoprenanzüge vergleichen – kostenfrei über unseren Partner Wasserportal.",
        "Unser Praxistest wurde redaktionell unabhängig erstellt.",
        "Das Boot wurde uns von der Werft leihweise zur Verfügung gestellt.",
        "Das neue Heft – ab Donnerstag am Kiosk und im Shop.",
        "Quelle: Lehner, W. et al., Journal of Paddling Science, 2027, DOI 10.5555/jps.2027.88",
    ],
)
def test_round35_furniture_phrases_are_cues(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score >= 1.0, line


@pytest.mark.parametrize(
    "line",
    [
        "Damit sollen Eltern keinen Termin mehr verpassen, sagt die Schulleiterin.",
        "Der Trainer aktivierte am Abend die Alarmkette des Vereins.",
        "Der Händler verlinkt auf seiner Seite auf die Preisliste.",
        "Die Stadt saniert den Steg ohne Aufpreis für die Anlieger.",
        "Der Verein arbeitet seit Jahren mit einem Partner aus Oberau zusammen.",
        "Der Test wurde unabhängig von zwei Laboren wiederholt.",
        "Die Fotos wurden der Polizei leihweise überlassen.",
        "Die Zeitung liegt seit Jahren am Kiosk am Bahnhof aus.",
        "Die Studie (DOI 10.1000/xyz) erschien im Mai und wurde breit diskutiert.",
    ],
)
def test_round35_cues_leave_article_text_alone(line: str) -> None:
    score, _, _ = cue_hits(line)
    assert score == 0.0, line


# --- metadata --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wassersport · 14.03.2027 (Stand 10.00) · Text: Ina Kerner", "2027-03-14T10:00"),
        ("Vereine · 14.03.2027 · Stand: 16.45", "2027-03-14T16:45"),
        ("Ratgeber · 14.03.2027, Stand 11.20", "2027-03-14T11:20"),
        ("14.03.2027 | Ratgeber Boote | 14.20", "2027-03-14T14:20"),
        # a longer segment with a figure is no time
        ("14.03.2027 | Ratgeber | 14.20 Meter Länge", "2027-03-14"),
    ],
)
def test_the_time_of_a_dateline_after_stand_or_in_its_own_segment(text: str, want: str) -> None:
    got = find_published(text)
    assert got is not None and got[0] == want, text


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        (
            "Der Tagesspiegel wies kürzlich darauf hin, dass die Stege marode sind.",
            ["Tagesspiegel"],
        ),
        (
            "Ähnliche Fälle hatte das ZDF im vergangenen Jahr in mehreren Städten dokumentiert.",
            ["ZDF"],
        ),
        ("Der Bürgermeister wies darauf hin, dass die Straße gesperrt ist.", []),
        ("Der Verband wies die Kritik zurück.", []),
        ("Die Polizei hatte den Unfall dokumentiert.", []),
    ],
)
def test_pointing_out_and_documenting_media_are_cited(line: str, cites: list[str]) -> None:
    assert find_cites(line) == cites


def test_a_counted_noun_is_not_read_into_the_outlets_name() -> None:
    text = (
        "Paddelpost · Kanu, Kajak und Rudern\n"
        "Rennsport | Touren | Vereine | Abo-Shop\n"
        "Neues Bootshaus am Altarm eingeweiht\n"
        + _HEAD
        + _TAIL
        + "Abo-Shop: 6 Ausgaben Paddelpost Magazin plus Tidenkalender\n"
        "© 2027 Paddelpost Magazin – Verlag Wasser & Weg GmbH · Impressum · Datenschutz\n"
    )
    assert find_outlet(text) == "Paddelpost Magazin"


def test_the_readers_team_in_an_ad_is_no_sign_off() -> None:
    text = (
        "Paddelpost Magazin · Kanu, Kajak und Rudern\n"
        "Rennsport | Touren | Vereine | Abo-Shop\n"
        + _HEAD
        + "Paddel und Westen – alles für dein Team im Onlineshop von Wassersport Kerner.\n"
        + _TAIL
        + "© 2027 Paddelpost Magazin – Verlag Wasser & Weg GmbH · Impressum · Datenschutz\n"
    )
    assert find_outlet(text) != "Onlineshop"
