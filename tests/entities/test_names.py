"""Parsing surface forms: titles, roles, descriptors and genitives come off the name."""

from __future__ import annotations

from lagebild.entities.names import parse_name
from lagebild.entities.translit import phonetic_key


def test_person_roles_titles_and_genitives() -> None:
    n = parse_name("Kiews Bürgermeister Klitschko", "PER")
    assert n is not None and n.display == "Klitschko" and n.roles == ("Bürgermeister",)
    n = parse_name("Prof. Dr. Karl Lauterbach", "PER")
    assert n is not None and n.display == "Karl Lauterbach" and n.given == ("karl",)
    n = parse_name("Bayern-Profi Thomas Müller", "PER", frozenset({"Thomas", "Walter"}))
    assert n is not None and n.display == "Thomas Müller"
    n = parse_name("Frank-Walter Steinmeiers", "PER", frozenset({"Thomas", "Walter"}))
    assert n is not None and n.given == ("frank", "valter")
    assert n.surname_alt == phonetic_key("Steinmeier")
    n = parse_name("Scholz'", "PER")
    assert n is not None and n.display == "Scholz" and not n.surname_alt


def test_particles_and_patronymics() -> None:
    n = parse_name("Von der Leyen", "PER")
    m = parse_name("Dr. Ursula von der Leyen", "PER")
    assert n is not None and m is not None and n.surname == m.surname and not n.given
    p = parse_name("Wladimir Wladimirowitsch Putin", "PER")
    assert p is not None and p.given == ("vladimir",)


def test_organisations_lose_articles_inflection_and_legal_form() -> None:
    a = parse_name("der Europäischen Zentralbank", "ORG")
    b = parse_name("Europäische Zentralbank", "ORG")
    assert a is not None and b is not None and a.key() == b.key()
    c = parse_name("Deutsche Bahn AG", "ORG")
    assert c is not None and c.tokens == ("deutsch", "bahn")
    d = parse_name("des Bundestages", "ORG")
    assert d is not None and d.alt_key() == "bundestag"
    e = parse_name("EZB", "ORG")
    assert e is not None and e.acronym == "ezb"


def test_a_surface_longer_than_any_name_is_none() -> None:
    assert parse_name("A." * 5000, "ORG") is None
    assert parse_name("Maria " + "Meyer" * 30, "PER") is None
    long_org = "Bundesanstalt für Landwirtschaft und Ernährung in der Region Nord"
    parsed = parse_name(long_org, "ORG")
    assert parsed is not None
