from __future__ import annotations

import json
from pathlib import Path

from lagebild.executor import LocalExecutor
from lagebild.runner import run
from lagebild.store import Store

# Lines one outlet prints inside every article (a box between paragraphs); no lexicon cue marks them as furniture,
# only their repetition across the outlet's articles does.
BOX = [
    "Verlagsgesellschaft Mittelland mbH, Hafenstraße 4",
    "Redaktionsschluss dieser Ausgabe 18 Uhr",
]
TOPICS = [
    "Der Gemeinderat von Oberau hat den Haushalt für das kommende Jahr verabschiedet.",
    "In Niederau ist die neue Grundschule nach zwei Jahren Bauzeit eröffnet worden.",
    "Die Kreisstraße zwischen Au und Berg bleibt wegen Bauarbeiten bis Freitag gesperrt.",
    "Der Sportverein Oberau feiert sein hundertjähriges Bestehen mit einem Stadtfest.",
    "Im Klinikum Mittelland beginnt im Herbst der Umbau der Notaufnahme.",
    "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme um vier Prozent.",
    "Ein Brand in einer Scheune bei Berg hat einen Schaden von 80.000 Euro verursacht.",
    "Der Wochenmarkt zieht wegen der Sanierung des Marktplatzes in die Bahnhofstraße um.",
    "Die Bibliothek verlängert ab Montag ihre Öffnungszeiten am Samstag.",
    "Der Kreistag berät am Donnerstag über den neuen Nahverkehrsplan.",
]


def _records(topics: list[str], start: int) -> str:
    lines = []
    for i, topic in enumerate(topics, start=start):
        text = "\n".join(
            [
                topic,
                *BOX,
                f"Zu {topic.split()[1]} nannte die Verwaltung zunächst keine weiteren Einzelheiten.",
            ]
        )
        lines.append(
            json.dumps(
                {"id": i, "title": f"Meldung {i}", "text": text, "outlet": "Mittelland-Bote"}
            )
        )
    return "\n".join(lines) + "\n"


def test_outlet_footer_is_learned_incrementally(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(_records(TOPICS[:5], 0), encoding="utf-8")
    run(store, [str(first)], executor=LocalExecutor(1))
    # five articles are weak evidence: a repeated line between paragraphs stays for now
    assert all(BOX[0] in a.text for a in store.iter_articles())
    linked = {
        a.id: {(m.text, m.entity) for m in a.mentions if m.entity and m.text not in " ".join(BOX)}
        for a in store.iter_articles()
    }
    assert any(linked.values())

    second = tmp_path / "second.jsonl"
    second.write_text(_records(TOPICS[5:], 5), encoding="utf-8")
    report = run(store, [str(second)], executor=LocalExecutor(1))
    assert report.corpus["furniture"]["furniture_lines"] >= 2
    assert report.corpus["furniture"]["recleaned"] == 10  # the earlier five were cleaned again
    for article in store.iter_articles():
        assert BOX[0] not in article.text and BOX[1] not in article.text
        assert any(r.reason == "outlet-repeated" and BOX[0] in r.text for r in article.removed)
        assert article.text.splitlines()[0] in TOPICS  # the article itself is kept
        # re-cleaning keeps the entity links the entities step made on the earlier run
        if article.id in linked:
            assert linked[article.id] <= {(m.text, m.entity) for m in article.mentions}
            rows = store.conn.execute(
                "SELECT entity FROM entity_articles WHERE article = ?", (article.id,)
            )
            assert {e for _, e in linked[article.id]} <= {r[0] for r in rows}


STORIES = [
    (
        "Der Stadtrat von Talheim hat am Abend den Bau einer zweiten Rheinbrücke beschlossen.",
        "Die Kosten werden auf rund 40 Millionen Euro geschätzt.",
    ),
    (
        "Die Polizei in Talheim sucht nach einem Einbruch in ein Juweliergeschäft nach Zeugen.",
        "Die Täter flohen in einem dunklen Kleinwagen in Richtung Autobahn.",
    ),
    (
        "Das Freibad in Talheim öffnet in diesem Jahr schon Anfang Mai.",
        "Der Förderverein hat dafür neue Liegestühle gespendet.",
    ),
    (
        "Der Handballverein aus Talheim ist in die dritte Liga aufgestiegen.",
        "Im letzten Saisonspiel gewann die Mannschaft deutlich mit 31:22.",
    ),
    (
        "Die Musikschule in Talheim bekommt nach langem Streit ein eigenes Gebäude.",
        "Der Umzug ist für die Sommerferien geplant.",
    ),
]
DISCLAIMER = "Alle Angaben stammen aus Pressemitteilungen und wurden nicht gesondert geprüft."


def _jsonl(path: Path, texts: list[str], outlet: str) -> Path:
    rows = [
        json.dumps({"id": f"{outlet}-{i}", "title": f"Meldung {i}", "text": t, "outlet": outlet})
        for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_small_outlet_footer_goes_at_the_edge_only(store: Store, tmp_path: Path) -> None:
    # five articles of one outlet end with the same disclaimer sentence: weak evidence, but at
    # the end of otherwise unrelated texts it is the outlet's furniture
    texts = [f"{a}\n\n{b}\n\n{DISCLAIMER}" for a, b in STORIES]
    run(
        store,
        [str(_jsonl(tmp_path / "a.jsonl", texts, "Talheimer Blatt"))],
        executor=LocalExecutor(1),
    )
    for article in store.iter_articles():
        assert DISCLAIMER not in article.text
        assert any(r.reason == "outlet-repeated" for r in article.removed)
        assert len(article.text.split("\n\n")) == 2  # both article paragraphs kept


def test_small_outlet_versions_keep_their_shared_sentences(store: Store, tmp_path: Path) -> None:
    # three versions of one report (an update adds a paragraph) and two other articles: the
    # shared sentences recur in three of five articles, yet they are the report itself
    lead, middle, end = (
        "Nach dem Unwetter in Talheim sind am Morgen noch 300 Haushalte ohne Strom.",
        "Die Feuerwehr war die ganze Nacht mit umgestürzten Bäumen beschäftigt.",
        "Der Bürgermeister kündigte Hilfen für die betroffenen Familien an.",
    )
    texts = [
        f"{lead}\n\n{middle}\n\n{end}",
        f"{lead}\n\n{middle}\n\nVerletzt wurde nach Angaben der Polizei niemand.\n\n{end}",
        f"{lead}\n\nDie Stadtwerke rechnen mit Reparaturen bis zum Abend.\n\n{middle}\n\n{end}",
        *(f"{a}\n\n{b}" for a, b in STORIES[:2]),
    ]
    run(
        store,
        [str(_jsonl(tmp_path / "v.jsonl", texts, "Talheimer Blatt"))],
        executor=LocalExecutor(1),
    )
    versions = [a for a in store.iter_articles() if lead in a.text]
    assert len(versions) == 3
    for article in versions:
        assert middle in article.text and end in article.text
        assert not any(r.reason == "outlet-repeated" for r in article.removed)


# A larger box in the middle of short reports: before the outlet's furniture is known, two
# unrelated reports share most of their text and look like copies of each other.
BIG_BOX = [
    "Der Mittelland-Bote erscheint werktags in der Verlagsgesellschaft an der Hafenstraße 4.",
    "Anzeigen nimmt die Geschäftsstelle montags bis freitags von acht bis sechzehn Uhr an.",
    "Zustellung und Abonnements regelt der Leserservice in der Geschäftsstelle am Hafen.",
    "Gedruckt wird in der Druckerei der Mittelland Medien Gruppe in der Kreisstadt Oberau.",
]


def _boxed(topics: list[str], start: int) -> str:
    rows = [
        {
            "id": i,
            "title": f"Meldung {i}",
            "text": "\n".join([topic, *BIG_BOX, "Weitere Angaben machte die Verwaltung nicht."]),
            "outlet": "Mittelland-Bote",
            "published": f"2024-05-{10 + i:02d}T08:00:00",
        }
        for i, topic in enumerate(topics, start=start)
    ]
    return "\n".join(json.dumps(r) for r in rows) + "\n"


def test_recleaned_articles_are_indexed_again_for_copies(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(_boxed(TOPICS[:3], 0), encoding="utf-8")  # too few to learn from
    run(store, [str(first)], executor=LocalExecutor(1))
    before = store.conn.execute("SELECT COUNT(*) FROM links").fetchone()[0]
    assert before > 0  # the shared box made unrelated reports look like copies

    second = tmp_path / "second.jsonl"
    second.write_text(_boxed(TOPICS[3:], 3), encoding="utf-8")
    report = run(store, [str(second)], executor=LocalExecutor(1))
    assert report.corpus["dedup"]["reindexed"] == 3
    # with the box gone, no report is a copy of another, and nothing waits to be indexed
    assert store.conn.execute("SELECT COUNT(*) FROM links").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM reindex").fetchone()[0] == 0
    indexed = dict(store.conn.execute("SELECT article, text_hash FROM dedup_doc"))
    assert set(indexed) == {a.id for a in store.iter_articles()}
