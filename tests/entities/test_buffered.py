"""Resolving many articles with their writes kept back (one transaction, or computed in another
process and written by the parent) leaves the store exactly as committing article by article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lagebild.entities.step import EntityStep
from lagebild.model import Article, Mention, article_id
from lagebild.store import Store

# (text, [(name, type, roles)], date): our own sentences (Hallbach is invented). The test below
# writes the first three and holds back the rest, so that a held-back office count (Scholz as
# Bundeskanzler in March) meets a stored one: only their sum ranks him clearly before Hallbach
# for the role-only reference "Der Kanzler" on 20 March.
ARTICLES = [
    ("Bundeskanzler Olaf Scholz besuchte die Europäische Zentralbank (EZB) in Frankfurt.",
     [("Olaf Scholz", "PER", ["Bundeskanzler"]), ("Europäische Zentralbank", "ORG", []),
      ("EZB", "ORG", []), ("Frankfurt", "LOC", [])], "2023-03-01"),
    ("Der Kanzler lobte die EZB. Scholz blieb zwei Stunden in Frankfurt.",
     [("EZB", "ORG", []), ("Scholz", "PER", []), ("Frankfurt", "LOC", [])], "2023-03-02"),
    ("Außenministerin Annalena Baerbock traf in Kiew ihren Amtskollegen Dmytro Kuleba.",
     [("Annalena Baerbock", "PER", ["Außenministerin"]), ("Kiew", "LOC", []),
      ("Dmytro Kuleba", "PER", [])], "2023-03-05"),
    ("Bundeskanzler Scholz und Baerbock sprachen über die Lage in Kyiv.",
     [("Scholz", "PER", ["Bundeskanzler"]), ("Baerbock", "PER", []), ("Kyiv", "LOC", [])],
     "2023-03-10"),
    ("Bundeskanzler Jens Hallbach eröffnete in Rostock eine Werft.",
     [("Jens Hallbach", "PER", ["Bundeskanzler"]), ("Rostock", "LOC", [])], "2023-03-12"),
    ("Der Kanzler sprach am Abend in Berlin über die Haushaltslage.",
     [("Berlin", "LOC", [])], "2023-03-20"),
    ("Die Außenministerin reiste weiter nach Warschau. Baerbocks Besuch dauerte einen Tag.",
     [("Warschau", "LOC", []), ("Baerbocks", "PER", [])], "2023-03-21"),
    ("Die Europäische Zentralbank hob den Leitzins an; EZB-Präsidentin Christine Lagarde nannte "
     "die Inflation zu hoch.",
     [("Europäische Zentralbank", "ORG", []), ("Christine Lagarde", "PER", ["EZB-Präsidentin"])],
     "2023-04-02"),
    ("Lagarde verteidigte den Kurs.", [("Lagarde", "PER", [])], "2023-04-03"),
    ("Ein Text ohne erkannte Namen.", [], "2023-04-04"),
    ("Kuleba dankte Baerbock in Kyjiw für die Hilfe.",
     [("Kuleba", "PER", []), ("Baerbock", "PER", []), ("Kyjiw", "LOC", [])], "2023-04-10"),
]  # fmt: skip


def _articles() -> list[Article]:
    out = []
    for text, names, date in ARTICLES:
        a = Article(source="t", raw=text, body=text, text=text, published=date, input_hash=text)
        a.id = article_id(text)
        for name, etype, roles in names:
            start = text.index(name)
            a.mentions.append(Mention(name, etype, start, start + len(name), base=name,  # type: ignore[arg-type]
                                      roles=list(roles)))  # fmt: skip
        out.append(a)
    return out


def _state(store: Store) -> dict[str, Any]:
    c = store.conn
    return {
        "entities": [
            (eid, name, etype, json.loads(v), json.loads(r), json.loads(d))
            for eid, name, etype, v, r, d in c.execute("SELECT * FROM entities ORDER BY rowid")
        ],
        "keys": sorted(c.execute("SELECT * FROM entity_keys")),
        "roles": sorted(c.execute("SELECT * FROM entity_roles")),
        "entity_articles": list(c.execute("SELECT * FROM entity_articles ORDER BY rowid")),
        "done": sorted(c.execute("SELECT * FROM entity_done")),
        "analysis": list(c.execute("SELECT id, analysis FROM articles ORDER BY seq")),
    }


def _store(tmp_path: Path, name: str) -> tuple[Store, list[str]]:
    store = Store.open(tmp_path / f"{name}.db")
    return store, store.save_articles(_articles())


def test_held_back_writes_equal_article_by_article_commits(tmp_path: Path) -> None:
    one_by_one, ids = _store(tmp_path, "one")
    for i in ids:  # every article written before the next is resolved
        EntityStep().update(one_by_one, [i])
    expected = _state(one_by_one)
    scholz = next(e[0] for e in expected["entities"] if e[1] == "Olaf Scholz")
    by_date = json.loads(dict(expected["analysis"])[ids[5]])["mentions"]
    assert (by_date[0]["text"], by_date[0]["entity"]) == ("Der Kanzler", scholz)

    batched, ids = _store(tmp_path, "batched")
    EntityStep().update(batched, ids)
    assert _state(batched) == expected

    # part written, the rest computed without writing and applied afterwards (as a child
    # process does alongside the dedup step): held-back rows meet stored ones
    deferred, ids = _store(tmp_path, "deferred")
    step = EntityStep()
    step.update(deferred, ids[:3])
    computed = step.compute(deferred, ids[3:])
    assert deferred.conn.execute("SELECT COUNT(*) FROM entity_done").fetchone()[0] == 3
    counts = step.apply(deferred, computed)
    assert _state(deferred) == expected
    assert counts["entities"] == len(expected["entities"])
