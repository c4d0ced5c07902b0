"""Small hand-written German news items for the story tests (invented clubs, towns, people).

Two matches of one club a week apart (same kind, must stay apart), a council decision with a
headline-only feed item, and a fire with an agency copy.
"""

from __future__ import annotations

from lagebild.model import Article
from lagebild.stories.text import StoryDoc, parse_days

ITEMS: list[dict[str, str]] = [
    {
        "id": "m1a",
        "story": "match-1",
        "published": "2024-03-02T17:10",
        "title": "SC Rheintal schlägt TuS Bergdorf mit 3:1",
        "text": (
            "Der SC Rheintal hat am Samstag das Derby gegen den TuS Bergdorf mit 3:1 gewonnen. "
            "Vor 4.200 Zuschauern im Auenstadion traf Jonas Wielgosz zweimal, Bergdorf kam nur "
            "durch einen Foulelfmeter von Malte Hessberg zum Anschluss. Trainerin Svenja Roloff "
            "lobte die Geduld ihrer Mannschaft. Bergdorf rutscht nach der Niederlage auf den "
            "vorletzten Tabellenplatz."
        ),
    },
    {
        "id": "m1b",
        "story": "match-1",
        "published": "2024-03-02T19:45",
        "title": "Wielgosz-Doppelpack entscheidet das Derby",
        "text": (
            "Zwei Tore von Jonas Wielgosz haben dem SC Rheintal den Derbysieg gegen Bergdorf "
            "gesichert. Beim 3:1 im ausverkauften Auenstadion zeigte der Stürmer seine beste "
            "Saisonleistung. Für die Gäste aus Bergdorf verwandelte Malte Hessberg einen "
            "Elfmeter. Roloff sprach nach dem Abpfiff von einem verdienten Erfolg."
        ),
    },
    {
        "id": "m1c",
        "story": "match-1",
        "published": "2024-03-03T09:00",
        "title": "Derby: Bergdorf hadert nach 1:3 in Rheintal mit dem Schiedsrichter",
        "text": "",
    },
    {
        "id": "m2a",
        "story": "match-2",
        "published": "2024-03-09T17:05",
        "title": "SC Rheintal verliert beim FC Auental mit 0:2",
        "text": (
            "Eine Woche nach dem Derbysieg hat der SC Rheintal beim FC Auental mit 0:2 verloren. "
            "Auentals Kapitän Okan Demirtas traf kurz vor der Pause, Lea Brandstätter erhöhte "
            "in der Schlussphase. Rheintals Trainerin Svenja Roloff bemängelte die schwache "
            "Chancenverwertung. Jonas Wielgosz blieb diesmal ohne Torerfolg."
        ),
    },
    {
        "id": "m2b",
        "story": "match-2",
        "published": "2024-03-09T20:30",
        "title": "Demirtas und Brandstätter schießen Auental zum Heimsieg",
        "text": (
            "Der FC Auental hat sein Heimspiel gegen den SC Rheintal mit 2:0 gewonnen. Okan "
            "Demirtas und Lea Brandstätter erzielten die Tore für die Gastgeber. Rheintal fand "
            "gegen die kompakte Abwehr des FC Auental kaum Mittel. Roloff nannte die "
            "Niederlage ärgerlich, aber verdient."
        ),
    },
    {
        "id": "c1a",
        "story": "council",
        "published": "2024-03-05T18:20",
        "title": "Stadtrat Lindenau beschließt Sanierung des Hallenbads",
        "text": (
            "Der Stadtrat von Lindenau hat am Dienstagabend die Sanierung des Hallenbads am "
            "Mühlgraben beschlossen. Die Kosten von 14,5 Millionen Euro sollen zur Hälfte aus "
            "Fördermitteln des Landes kommen. Bürgermeisterin Renate Kaltenborn sprach von "
            "einer Entscheidung für die Vereine und Schulen. Das Bad bleibt während der "
            "Bauarbeiten bis Herbst 2025 geschlossen."
        ),
    },
    {
        "id": "c1b",
        "story": "council",
        "published": "2024-03-05T21:00",
        "title": "Hallenbad am Mühlgraben wird für 14,5 Millionen saniert",
        "text": (
            "Lindenau investiert in sein Hallenbad: Mit großer Mehrheit stimmte der Stadtrat "
            "für die Sanierung des Bades am Mühlgraben. Bürgermeisterin Kaltenborn verwies auf "
            "die Fördermittel des Landes. Schwimmvereine und Schulen müssen bis Herbst 2025 in "
            "Nachbarorte ausweichen."
        ),
    },
    {
        "id": "c1c",
        "story": "council",
        "published": "2024-03-06T07:30",
        "title": "Lindenau: Hallenbad-Sanierung beschlossen",
        "text": "",
    },
    {
        "id": "f1a",
        "story": "fire",
        "published": "2024-03-07T06:40",
        "title": "Großbrand in Lagerhalle in Kesselbach",
        "text": (
            "In einer Lagerhalle im Gewerbegebiet Kesselbach-Süd ist in der Nacht ein Großbrand "
            "ausgebrochen. Rund 90 Einsatzkräfte der Feuerwehr waren bis zum Morgen im Einsatz. "
            "Verletzt wurde nach Angaben von Einsatzleiter Bernd Quast niemand. Die Polizei "
            "schätzt den Schaden auf mehrere hunderttausend Euro."
        ),
    },
    {
        "id": "f1b",
        "story": "fire",
        "published": "2024-03-07T08:15",
        "title": "Feuer im Gewerbegebiet: Halle brennt nieder",
        "text": (
            "In einer Lagerhalle im Gewerbegebiet Kesselbach-Süd ist in der Nacht ein Großbrand "
            "ausgebrochen. Rund 90 Einsatzkräfte der Feuerwehr waren bis zum Morgen im Einsatz. "
            "Verletzt wurde nach Angaben von Einsatzleiter Bernd Quast niemand. Die Polizei "
            "schätzt den Schaden auf mehrere hunderttausend Euro."
        ),
    },
]

#: f1b is an agency copy of f1a (what the dedup step writes into the links table)
COPIES = {"f1b": "f1a"}


def docs() -> list[StoryDoc]:
    out = []
    for item in ITEMS:
        links = [COPIES[item["id"]]] if item["id"] in COPIES else []
        out.append(
            StoryDoc(
                id=item["id"],
                title=item["title"],
                text=item["text"],
                time=parse_days(item["published"]),
                published=item["published"],
                language="de",
                links=links,
            )
        )
    return out


def gold() -> dict[str, str]:
    return {item["id"]: item["story"] for item in ITEMS}


def stored_article(doc: StoryDoc, language: str, published: str | None = None) -> Article:
    """The article a story document stands for, ready to save in a store."""
    return Article(
        source=f"test/{doc.id}",
        raw=doc.text,
        id=doc.id,
        title=doc.title,
        text=doc.text,
        published=published,
        language=language,
        input_hash="h" + doc.id,
    )
