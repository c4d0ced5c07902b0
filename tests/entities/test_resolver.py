"""The pure resolver: one article at a time against an in-memory index."""

from __future__ import annotations

from lagebild.entities.resolver import Document, Resolver
from lagebild.model import Mention


def _doc(doc_id: str, text: str, names: list[tuple[str, str]], date: str = "2024-03-01",
         roles: dict[str, list[str]] | None = None) -> Document:  # fmt: skip
    mentions = []
    for name, etype in names:
        start = text.index(name)
        mentions.append(
            Mention(name, etype, start, start + len(name), roles=(roles or {}).get(name, []))  # type: ignore[arg-type]
        )
    return Document(doc_id, mentions, text, date)


def test_full_name_then_surname_and_transliteration_across_articles() -> None:
    r = Resolver()
    a = r.add(_doc("a", "Sergej Lawrow sprach in Moskau.", [("Sergej Lawrow", "PER")]))
    b = r.add(_doc("b", "Lawrows Rede war kurz.", [("Lawrows", "PER")]))
    c = r.add(_doc("c", "Sergei Lavrov met his counterpart.", [("Sergei Lavrov", "PER")]))
    assert a.links == b.links == c.links and a.links[0] is not None
    rec = r.index.load([a.links[0]])[a.links[0]]
    assert rec.name == "Sergej Lawrow"
    assert set(rec.variants) == {"Sergej Lawrow", "Lawrows", "Sergei Lavrov"}


def test_same_surname_different_people_stay_apart_and_surname_is_ambiguous() -> None:
    r = Resolver()
    helmut = r.add(_doc("a", "Altkanzler Helmut Schmidt starb.", [("Helmut Schmidt", "PER")],
                        roles={"Helmut Schmidt": ["Altkanzler"]})).links[0]  # fmt: skip
    renate = r.add(_doc("b", "Renate Schmidt war Familienministerin.", [("Renate Schmidt", "PER")],
                        roles={"Renate Schmidt": ["Familienministerin"]})).links[0]  # fmt: skip
    assert helmut != renate
    plain = r.add(_doc("c", "Schmidt sagte nichts.", [("Schmidt", "PER")]))
    assert plain.links == [None] and plain.stats["ambiguous"] == 1
    by_role = r.add(
        _doc("d", "Familienministerin Schmidt kam.", [("Familienministerin Schmidt", "PER")])
    )
    assert by_role.links == [renate]


def test_surname_in_article_with_both_full_names_follows_its_role() -> None:
    r = Resolver()
    text = "Helmut Schmidt und Renate Schmidt trafen sich. Die Ministerin Schmidt lachte. Schmidt ging."
    res = r.add(_doc("a", text, [("Helmut Schmidt", "PER"), ("Renate Schmidt", "PER"),
                                 ("Ministerin Schmidt", "PER")],
                     roles={"Renate Schmidt": ["Ministerin"]}))  # fmt: skip
    assert res.links[0] != res.links[1]
    assert res.links[2] == res.links[1]


def test_feminine_form_of_a_surname_is_another_person() -> None:
    r = Resolver()
    a = r.add(_doc("a", "Alexej Nawalny starb.", [("Alexej Nawalny", "PER")])).links[0]
    b = r.add(_doc("b", "Julija Nawalnaja sprach.", [("Julija Nawalnaja", "PER")])).links[0]
    c = r.add(_doc("c", "Yulia Navalnaya spoke.", [("Yulia Navalnaya", "PER")])).links[0]
    assert a != b and b == c


def test_acronym_and_long_form_in_one_article_then_acronym_alone() -> None:
    r = Resolver()
    text = "Die Europäische Zentralbank (EZB) hob den Zins. Die Deutsche Bundesbank folgte."
    a = r.add(_doc("a", text, [("Europäische Zentralbank", "ORG"), ("EZB", "ORG"),
                               ("Deutsche Bundesbank", "ORG")]))  # fmt: skip
    assert a.links[0] == a.links[1] != a.links[2]
    b = r.add(
        _doc("b", "Die EZB und die Bundesbank schweigen.", [("EZB", "ORG"), ("Bundesbank", "ORG")])
    )
    assert b.links == [a.links[0], a.links[2]]


def test_ambiguous_acronym_is_left_unlinked() -> None:
    r = Resolver()
    r.add(_doc("a", "Die Deutsche Bahn streikt.", [("Deutsche Bahn", "ORG")]))
    r.add(_doc("b", "Die Deutsche Bank wächst.", [("Deutsche Bank", "ORG")]))
    assert r.add(_doc("c", "Die DB schweigt.", [("DB", "ORG")])).links == [None]


def test_place_transliterations() -> None:
    r = Resolver()
    ids = {
        r.add(_doc(n, f"In {n} war es kalt.", [(n, "LOC")])).links[0]
        for n in ("Kiew", "Kyjiw", "Kyiv", "Kiews")
    }
    assert len(ids) == 1


def test_role_reference_resolves_by_article_then_by_date() -> None:
    r = Resolver()
    lindner = r.add(_doc("a", "Finanzminister Christian Lindner legte den Haushalt vor.",
                         [("Christian Lindner", "PER")], "2023-07-01",
                         {"Christian Lindner": ["Finanzminister"]})).links[0]  # fmt: skip
    klingbeil = r.add(_doc("b", "Finanzminister Lars Klingbeil plant neu.",
                           [("Lars Klingbeil", "PER")], "2025-06-01",
                           {"Lars Klingbeil": ["Finanzminister"]})).links[0]  # fmt: skip
    old = r.add(_doc("c", "Im Herbst sprach der Finanzminister im Bundestag.", [], "2023-09-01"))
    new = r.add(_doc("d", "Im Herbst sprach der Finanzminister im Bundestag.", [], "2025-09-01"))
    assert [m.entity for m in old.references] == [lindner]
    assert [m.entity for m in new.references] == [klingbeil]
    undated = r.add(_doc("e", "Dann sprach der Finanzminister.", [], ""))
    assert undated.references == []


def test_dict_mentions_are_accepted_and_clusters_returned() -> None:
    r = Resolver()
    docs = [
        Document("a", [{"text": "Annalena Baerbock", "type": "PER", "start": 0, "end": 17}]),
        Document("b", [{"text": "Baerbok", "type": "PER", "start": 0, "end": 7}]),
    ]
    clusters = r.resolve(docs)
    assert len(clusters) == 1
    assert clusters[0].members == [("a", 0), ("b", 0)]
    assert clusters[0].record.name == "Annalena Baerbock"
