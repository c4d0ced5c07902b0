"""The lexicon's speed gates change nothing: one of the lower-case substrings of a cue's
``gate`` (a test for speed only) holds in every line its regex matches. The sample is every
line of the development gold files (never the held-apart rounds) and the sentences of 10kGNAD
articles when the data is on the machine. (``keys`` are no such test: a few cues' keys narrow
what they find, "Aufnahme: ..." is no credit line.) Invented lines check that the gated cues
still find their furniture and that prose without a gate's words stays unflagged."""

from __future__ import annotations

import ast
import csv
from functools import cache
from pathlib import Path

import pytest

from lagebild.clean.blocks import SCAN_WINDOW, cue_hits, split_sentences
from lagebild.clean.lexicon import CUES, FOLD_TRAPS, Cue

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "boilerplate.py"
GOLD = ROOT / "bench" / "data" / "boilerplate"
GNAD = Path("/work/shared/bench-data/10kgnad/test.csv")
GNAD_ARTICLES = 400  # enough sentences to cover the gates, quick enough for the suite


def _development() -> tuple[str, ...]:
    for node in ast.parse(BENCH.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "DEVELOPMENT"
            and node.value is not None
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("DEVELOPMENT not found in bench/boilerplate.py")


@cache
def sample_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for name in _development():
        for raw in (GOLD / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if raw[:2] in ("+ ", "- ", "= "):
                lines.append(raw[2:].strip())
    if GNAD.exists():
        with GNAD.open(encoding="utf-8", newline="") as f:
            rows = [r[1] for r in csv.reader(f, delimiter=";", quotechar="'") if len(r) >= 2]
        for body in rows[:GNAD_ARTICLES]:
            if len(body) > 2 * SCAN_WINDOW:  # the window cue_hits searches in a long block
                body = body[:SCAN_WINDOW] + "\n" + body[-SCAN_WINDOW:]
            lines.append(body)
            lines.extend(s for _, s in split_sentences(body))
    return tuple(line for line in lines if line)


def _opens(words: frozenset[str], low: str) -> bool:
    return not words or any(w in low for w in words)


def _violations(cue: Cue, words: frozenset[str]) -> list[str]:
    return [
        line
        for line in sample_lines()
        if cue.pattern.search(line) and not _opens(words, line.lower())
    ]


@pytest.mark.parametrize("index", [i for i, c in enumerate(CUES) if c.gate])
def test_a_gate_holds_in_every_matched_line(index: int) -> None:
    cue = CUES[index]
    assert all(g == g.lower() for g in cue.gate)
    assert not _violations(cue, cue.gate), cue.pattern.pattern


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # invented furniture each gated cue still finds
        ("Zur Übersicht › Region › Kreis Nord", "navigation"),
        ("Sport / Fußball / Regionalliga / Tabelle", "navigation"),
        ("Herzliche Grüße – Ihr Lokalteam Nord", "signoff"),
        ("👉 Hier geht es zur Anmeldung", "promo"),
        ("Kreis Süd · 12.03.2031 · 3 Min.", "dateline"),
        ("Sie haben 3 von 5 freien Artikeln gelesen.", "paywall"),
        ("Bild: Archiv Müller", "credit"),
        ("Schon registriert?", "newsletter"),
        ("Die ganze Sendung (29:10 Min.)", "media"),
        ("Wir behalten uns vor, Kommentare ohne Angabe von Gründen zu löschen.", "comments"),
    ],
)
def test_gated_cues_still_find_their_furniture(line: str, reason: str) -> None:
    gated = [c for c in CUES if c.gate and c.reason == reason and c.pattern.search(line)]
    assert gated
    assert all(any(w in line.lower() for w in c.gate) for c in gated)
    assert reason in cue_hits(line)[1]


def test_prose_without_the_gate_words_stays_unflagged() -> None:
    prose = (
        "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, "
        "nachdem die Fraktionen lange über die Kosten der neuen Schule gestritten hatten."
    )
    assert cue_hits(prose)[0] == 0.0


def test_a_fold_trap_opens_the_gates() -> None:
    # "İ" matches "i" in an IGNORECASE regex but lowers to two characters, so "ihr" is not
    # a substring of the lowered line: the gate must not close the cue
    line = "Herzliche Grüße – İhr Lokalteam Nord"
    assert FOLD_TRAPS.search(line)
    assert "ihr" not in line.lower()
    assert "signoff" in cue_hits(line)[1]
