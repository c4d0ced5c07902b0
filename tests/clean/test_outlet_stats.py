from __future__ import annotations

import pickle

import pytest

from lagebild.clean.boilerplate import clean_body
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.errors import LagebildError

# A line with no furniture phrase at all: only its repetition gives it away.
BOX = "Kreisblatt Nordheide, gegründet 1887, Marktstraße 4"


PLACES = ["Heideborn", "Wiesenau", "Moorhusen", "Birkental", "Lindhorst", "Eichenried",
          "Sandkamp", "Ellerbrook", "Tannenhof", "Brunsmoor", "Kleinwalde", "Rosental"]  # fmt: skip
TOPICS = ["den Haushalt", "die Grundschule", "einen Radweg", "das Feuerwehrhaus", "den Friedhof",
          "die Kita", "ein Baugebiet", "die Ortsdurchfahrt", "den Sportplatz", "die Bücherei",
          "den Dorfteich", "die Buslinie"]  # fmt: skip


def _body(i: int) -> str:
    return (
        f"Der Ortsrat von {PLACES[i]} hat über {TOPICS[i]} beraten und einstimmig entschieden.\n"
        f"{BOX}\n"
        f"Über {TOPICS[(i + 5) % 12]} in {PLACES[(i + 3) % 12]} will der Rat erst im Herbst sprechen."
    )


def test_repeated_line_is_learned_incrementally() -> None:
    stats = OutletLineStats()
    for i in range(5):
        stats.update("Kreisblatt Nordheide", _body(i))
    # too few articles of the outlet so far: never fire
    assert not stats.is_furniture("Kreisblatt Nordheide", BOX)
    assert BOX in clean_body(_body(9), outlet="Kreisblatt Nordheide", outlet_stats=stats).text
    for i in range(5, 10):
        stats.update("Kreisblatt Nordheide", _body(i))
    assert stats.count("Kreisblatt Nordheide", BOX) == 10
    assert stats.is_furniture("kreisblatt  NORDHEIDE", BOX)  # outlet names are normalised
    assert not stats.is_furniture("Anderes Blatt", BOX)
    assert not stats.is_furniture("Kreisblatt Nordheide", _body(3).splitlines()[0])
    res = clean_body(_body(11), outlet="Kreisblatt Nordheide", outlet_stats=stats)
    assert BOX not in res.text
    assert [r.reason for r in res.removed] == ["outlet-repeated"]
    assert "Ortsrat von Rosental" in res.text


def test_rows_roundtrip_add_pickle_and_prune() -> None:
    a, b = OutletLineStats(), OutletLineStats()
    for i in range(6):
        a.update("Kreisblatt Nordheide", _body(i))
    for i in range(6, 12):
        b.update("Kreisblatt Nordheide", _body(i))
    both = a + b
    assert both.is_furniture("Kreisblatt Nordheide", BOX)
    outlets, lines = both.to_rows()
    again = OutletLineStats.from_rows(outlets, lines)
    assert again.articles == both.articles and again.lines == both.lines
    assert pickle.loads(pickle.dumps(again)).is_furniture("Kreisblatt Nordheide", BOX)
    assert again.prune(2) > 0
    assert again.is_furniture("Kreisblatt Nordheide", BOX)


def test_thresholds_are_validated() -> None:
    with pytest.raises(LagebildError, match="min_share"):
        OutletLineStats(min_share=1.5)


def test_small_outlet_gives_weak_evidence_only() -> None:
    stats = OutletLineStats()
    footer = "Alle Angaben ohne Gewähr."
    for i in range(3):
        stats.update("Kleinblatt", f"Meldung über Thema {'abc'[i]}.\n{footer}")
    assert not stats.is_weak_furniture("Kleinblatt", footer)  # three articles: no evidence
    stats.update("Kleinblatt", "Eine ganz andere Meldung.")
    assert stats.is_weak_furniture("Kleinblatt", footer)  # 3 of 4 articles: weak evidence
    assert not stats.is_furniture("Kleinblatt", footer)  # ... but not full evidence
    assert not stats.is_weak_furniture("Kleinblatt", footer + " " + "x" * 200)  # long: prose
    for i in range(4):
        stats.update("Kleinblatt", f"Weitere Meldung {'defg'[i]}.\n{footer}")
    assert stats.is_furniture("Kleinblatt", footer)  # 7 of 8 articles: full evidence
    assert not stats.is_weak_furniture("Kleinblatt", footer)
