"""Edge furniture without a furniture phrase: source names, sign-off initials, kickers, polls,
section links. Texts written for these tests; each rule is also checked against content of
the same shape in a place where it is content."""

from __future__ import annotations

import pytest

from lagebild.clean.blocks import split_blocks
from lagebild.clean.boilerplate import clean_body
from lagebild.clean.edges import agency_codes, is_source_name

P1 = (
    "Der Kreistag hat am Montagabend den Haushalt für das kommende Jahr beschlossen. "
    "Die Investitionen in Schulen steigen um ein Drittel, die Kreisumlage bleibt gleich."
)
P2 = (
    "Der Landrat sprach von einem soliden Kompromiss. Die Opposition stimmte dagegen, "
    "weil aus ihrer Sicht zu wenig Geld in den Nahverkehr fließt."
)


def _reasons(body: str, **kw: str | None) -> dict[str, str]:
    return {r.text: r.reason for r in clean_body(body, **kw).removed}  # type: ignore[arg-type]


def test_agency_name_and_editor_initials_around_agency_copy() -> None:
    body = f"Alpen-Adria Korrespondenz\n\nVillach (aak) – {P1}\n\n{P2}\n\naak brs/tk\n"
    res = clean_body(body, title="Kreistag beschließt Haushalt")
    assert res.text.split() == f"Villach (aak) – {P1}\n\n{P2}".split()
    got = {r.text: r.reason for r in res.removed}
    assert got == {"Alpen-Adria Korrespondenz": "signoff", "aak brs/tk": "signoff"}


@pytest.mark.parametrize("line", ["dpa lno/kw", "(afp) mks/jb", "dpa-AFX bs/he/jha"])
def test_initials_lines_are_signoffs(line: str) -> None:
    assert _reasons(f"{P1}\n\n{P2}\n\n{line}\n") == {line: "signoff"}


def test_source_name_needs_a_medium_an_agency_or_the_dateline_code() -> None:
    codes = agency_codes(split_blocks(f"Genf (SID) – {P1}"))
    assert codes == {"sid"}
    assert is_source_name("Sport-Informations-Dienst", None, codes)  # initials spell the code
    assert is_source_name("Havelland-Zeitung", None, set())  # a media word
    assert is_source_name("Baltic Press Service", None, set())  # an agency word
    assert is_source_name("Grenzland Live", "Grenzland Live", set())  # the article's outlet
    assert not is_source_name("Anna Beispiel", None, codes)
    assert not is_source_name("Sitzung des Kreistags", None, codes)
    assert not is_source_name("Der Haushalt steht.", None, codes)


def test_outlet_name_alone_at_either_end() -> None:
    body = f"Oderland Bote\n\n{P1}\n\n{P2}\n\nOderland Bote\n"
    for outlet in ("Oderland Bote", None):
        res = clean_body(body, title="Kreistag beschließt Haushalt", outlet=outlet)
        assert [r.text for r in res.removed] == ["Oderland Bote", "Oderland Bote"]
        assert res.text.split() == f"{P1}\n\n{P2}".split()


def test_a_name_in_a_closing_list_stays() -> None:
    body = f"{P1}\n\n{P2}\n\nBeteiligt sind:\nDeutsche Bahn\nDeutsche Post\n"
    res = clean_body(body, title="Kreistag beschließt Haushalt")
    assert "Deutsche Post" in res.text and "Deutsche Bahn" in res.text


def test_kicker_above_or_below_the_headline() -> None:
    title = "Kreis investiert in Schulen"
    for body in (
        f"Oderland Bote\nHaushalt 2027\n\n{P1}\n\n{P2}\n",  # outlet name above the kicker
        f"Haushalt 2027\n\n{P1}\n\n{P2}\n",  # the parser took the headline out
        f"Haushalt 2027\n{title}\n\n{P1}\n\n{P2}\n",
        f"{title}\nStreit um die Kreisumlage\n\n{P1}\n\n{P2}\n",
    ):
        res = clean_body(body, title=title)
        assert res.text.split() == f"{P1}\n\n{P2}".split(), body
        assert "kicker" in {r.reason for r in res.removed}


def test_without_title_the_short_first_line_is_the_headline() -> None:
    res = clean_body(f"Streit um die Kreisumlage\n\n{P1}\n\n{P2}\n")
    assert res.title == "Streit um die Kreisumlage"
    assert [r.reason for r in res.removed] == ["headline"]


def test_short_lines_inside_the_article_are_subheadings() -> None:
    body = f"{P1}\n\nMehr Geld für Schulen\n\n{P2}\n\nWie es weitergeht\n\n{P1}\n"
    res = clean_body(body, title="Kreis investiert in Schulen")
    assert res.removed == []


def test_results_table_first_is_not_a_kicker() -> None:
    body = f"Gruppe A: 12:3, 9:4, 7:7\n\n{P1}\n\n{P2}\n"
    assert clean_body(body, title="Kreis investiert in Schulen").removed == []


def test_reader_poll_is_removed_reports_about_polls_stay() -> None:
    poll = "Abstimmung: Sollte die Kreisumlage sinken? Stimmen Sie ab!"
    res = clean_body(f"{P1}\n\n{poll}\n\n{P2}\n")
    assert [(r.text, r.reason) for r in res.removed] == [(poll, "poll")]
    report = (
        "Umfrage: Eine Mehrheit der Befragten hält die Kreisumlage für zu hoch. "
        "Am Freitag stimmen sie im Kreistag erneut ab, wie der Sprecher sagte."
    )
    assert clean_body(f"{P1}\n\n{report}\n\n{P2}\n").removed == []


@pytest.mark.parametrize("link", ["Mehr Politik", "Alle Meldungen aus Brandenburg ›"])
def test_section_link_at_the_end(link: str) -> None:
    assert _reasons(f"{P1}\n{P2}\n{link}\n") == {link: "related"}
