from __future__ import annotations

import json
from pathlib import Path

from lagebild.executor import LocalExecutor
from lagebild.runner import run
from lagebild.store import Store

# Lines one outlet prints inside every article (a box between paragraphs); no lexicon cue marks them as furniture,
# only their repetition across the outlet's articles does.
BOX = [
    "Mittelland-Bote Verlagsgesellschaft, Hafenstraße 4",
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
                f"Weitere Einzelheiten nannte die Verwaltung zunächst nicht (Meldung {i}).",
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
    # five articles are too few to call anything furniture: the footer stays for now
    assert all(BOX[0] in a.text for a in store.iter_articles())

    second = tmp_path / "second.jsonl"
    second.write_text(_records(TOPICS[5:], 5), encoding="utf-8")
    report = run(store, [str(second)], executor=LocalExecutor(1))
    assert report.corpus["furniture"]["furniture_lines"] >= 2
    assert report.corpus["furniture"]["recleaned"] == 10  # the earlier five were cleaned again
    for article in store.iter_articles():
        assert BOX[0] not in article.text and BOX[1] not in article.text
        assert any(r.reason == "outlet-repeated" and BOX[0] in r.text for r in article.removed)
        assert article.text.splitlines()[0] in TOPICS  # the article itself is kept
