"""The entity corpus step on a real store: incremental, idempotent, written back."""

from __future__ import annotations

import json

from lagebild.entities.resolver import Document, Resolver
from lagebild.entities.step import EntityStep
from lagebild.entities.storeindex import StoreIndex
from lagebild.export import build_export
from lagebild.model import Article, Mention, article_id
from lagebild.store import Store


def _article(text: str, names: list[tuple[str, str]], date: str,
             roles: dict[str, list[str]] | None = None) -> Article:  # fmt: skip
    a = Article(source="test", raw=text, body=text, text=text, published=date, input_hash=text)
    a.id = article_id(text)
    for name, etype in names:
        start = text.index(name)
        a.mentions.append(Mention(name, etype, start, start + len(name), base=name,  # type: ignore[arg-type]
                                  roles=(roles or {}).get(name, [])))  # fmt: skip
    return a


def test_step_links_mentions_counts_articles_and_is_idempotent(store: Store) -> None:
    first = _article(
        "Bundeskanzler Olaf Scholz besuchte die Europäische Zentralbank (EZB).",
        [("Olaf Scholz", "PER"), ("Europäische Zentralbank", "ORG"), ("EZB", "ORG")],
        "2023-03-01",
        {"Olaf Scholz": ["Bundeskanzler"]},
    )
    second = _article(
        "Der Kanzler lobte die EZB. Scholz blieb zwei Stunden.",
        [("EZB", "ORG"), ("Scholz", "PER")],
        "2023-04-01",
    )
    bare = _article("Ein Text ohne erkannte Namen, der Kanzler kam.", [], "2023-04-02")
    ids = store.save_articles([first, second, bare])
    stats = EntityStep().update(store, ids)
    assert stats["articles"] == 2 and stats["no_mentions"] == 1
    assert stats["entities"] == 2 and stats["role_references"] == 1

    rows = {name: (eid, json.loads(v)) for eid, name, v in
            store.conn.execute("SELECT id, name, variants FROM entities")}  # fmt: skip
    scholz, ezb = rows["Olaf Scholz"][0], rows["Europäische Zentralbank"][0]
    assert rows["Olaf Scholz"][1] == ["Olaf Scholz", "Scholz", "Der Kanzler"]
    got = store.get_article(second.id)
    assert got is not None
    assert [(m.text, m.entity) for m in got.mentions] == [
        ("Der Kanzler", scholz),
        ("EZB", ezb),
        ("Scholz", scholz),
    ]
    counts = dict(((e, a), n) for e, a, n in store.conn.execute("SELECT * FROM entity_articles"))
    assert counts[(scholz, second.id)] == 2 and counts[(ezb, first.id)] == 2
    export = build_export(store)
    assert {e["name"] for e in export["entities"]} == {"Olaf Scholz", "Europäische Zentralbank"}

    again = EntityStep().update(store, ids)
    assert again["articles"] == 0
    assert store.conn.execute("SELECT SUM(mentions) FROM entity_articles").fetchone()[0] == 6


def test_store_index_gives_the_same_entities_as_the_memory_index(store: Store) -> None:
    docs = [
        Document("a", [Mention("Wolodymyr Selenskyj", "PER", 0, 19)], "", "2024-01-01"),
        Document("b", [Mention("Volodymyr Zelensky", "PER", 0, 18)], "", "2024-01-02"),
        Document("c", [Mention("Selenskyjs", "PER", 0, 10)], "", "2024-01-03"),
        Document(
            "d", [Mention("Charkiw", "LOC", 0, 7), Mention("Kharkiv", "LOC", 8, 15)], "", None
        ),
    ]
    memory = [r.links for r in map(Resolver().add, docs)]
    stored = Resolver(StoreIndex(store))
    with store.atomic():
        on_disk = [stored.add(d).links for d in docs]
    assert len({links[0] for links in memory[:3]}) == 1
    assert len({links[0] for links in on_disk[:3]}) == 1
    assert on_disk[3][0] == on_disk[3][1]
    keys = store.conn.execute("SELECT COUNT(*) FROM entity_keys").fetchone()[0]
    assert keys > 0
