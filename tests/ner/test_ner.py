"""Tests of the German named-entity recogniser (model, rules, API, CoNLL round trip)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from lagebild.model import Mention
from lagebild.ner import Recogniser
from lagebild.ner.conll import read_germeval, tag_conll
from lagebild.ner.lexicon import normalise_role
from lagebild.ner.scoring import score, spans
from lagebild.ner.tokenize import split_sentences, tokenize

DATA = Path(__file__).parent / "data"
# Strict span F1 on the held-out fixture, pinned a few points below the measured value
# (0.91 overall, 1.0 PER with the committed model) so that a real regression fails the gate.
HELD_OUT_F1_FLOOR = 0.85
HELD_OUT_PER_F1_FLOOR = 0.9

_MARK = re.compile(r"\[([^\]|]+)\|(PER|ORG|LOC|MISC)\]")


def read_marked(path: Path) -> list[tuple[list[str], list[str]]]:
    """Fixture lines with ``[text|TYPE]`` markup -> (tokens, BIO labels)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plain, ents, pos = [], [], 0
        offset = 0
        for m in _MARK.finditer(line):
            plain.append(line[pos : m.start()])
            offset += m.start() - pos
            ents.append((offset, offset + len(m.group(1)), m.group(2)))
            plain.append(m.group(1))
            offset += len(m.group(1))
            pos = m.end()
        plain.append(line[pos:])
        text = "".join(plain)
        tokens = tokenize(text)
        labels = ["O"] * len(tokens)
        for start, end, typ in ents:
            inside = [i for i, t in enumerate(tokens) if t.start >= start and t.end <= end]
            assert inside, f"entity {text[start:end]!r} does not align with tokens"
            labels[inside[0]] = "B-" + typ
            for i in inside[1:]:
                labels[i] = "I-" + typ
        out.append(([t.text for t in tokens], labels))
    return out


@pytest.fixture(scope="module")
def rec() -> Recogniser:
    return Recogniser.load()


def test_load_is_cached_and_tags(rec: Recogniser) -> None:
    assert Recogniser.load() is rec
    labels = rec.tag([["Angela", "Merkel", "besuchte", "Paris", "."], []])
    assert labels[0][:2] == ["B-PER", "I-PER"]
    assert labels[0][3] == "B-LOC"
    assert labels[1] == []
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for lab in labels[0])


def test_f1_floor_on_held_out_fixture(rec: Recogniser) -> None:
    data = read_marked(DATA / "held_out.txt")
    assert len(data) >= 40
    pred = rec.tag([w for w, _ in data])
    scores = score([lab for _, lab in data], pred)
    assert scores["ALL"].f1 >= HELD_OUT_F1_FLOOR, scores
    assert scores["PER"].f1 >= HELD_OUT_PER_F1_FLOOR, scores


def test_tokenizer_offsets_are_exact() -> None:
    text = "Dr. Hans J. Müller-Lüdenscheidt (CDU) sagte am 3. Oktober: „Scholz' Plan ist z.B. gut.“ Danach…"
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    words = [t.text for t in tokens]
    assert "Dr." in words and "J." in words and "Müller-Lüdenscheidt" in words
    assert "3." in words and "Scholz'" in words and "z.B." in words
    sentences = split_sentences(text, tokens)
    assert [s[-1].text for s in sentences] == ["“", "…"]


def _by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def test_mentions_offsets_sentences_and_types(rec: Recogniser) -> None:
    text = "Angela Merkel besuchte Paris.\nDort traf sie Vertreter von Siemens."
    ms = rec.mentions(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
    got = {(m.text, m.type, m.sentence) for m in ms}
    assert ("Angela Merkel", "PER", 0) in got
    assert ("Paris", "LOC", 0) in got
    assert ("Siemens", "ORG", 1) in got


def test_document_propagation_and_base_forms(rec: Recogniser) -> None:
    text = (
        "Die Bürgermeisterin Henrike Tasselmann eröffnete am Montag die neue Brücke. "
        "Der Bau hatte drei Jahre gedauert. "
        "Tasselmann sprach von einem guten Tag. "
        "Tasselmanns Rede wurde von vielen Gästen gelobt."
    )
    ms = [m for m in rec.mentions(text) if m.type == "PER"]
    texts = [m.text for m in ms]
    assert texts == ["Henrike Tasselmann", "Tasselmann", "Tasselmanns"]
    assert [m.base for m in ms] == ["Henrike Tasselmann", "Tasselmann", "Tasselmann"]
    assert [m.sentence for m in ms] == [0, 2, 3]


def test_genitive_apostrophe_base(rec: Recogniser) -> None:
    text = "Olaf Scholz reiste nach Rom. Scholz' Sprecher bestätigte die Reise."
    ms = _by_text(rec.mentions(text))
    assert ms["Scholz'"].type == "PER"
    assert ms["Scholz'"].base == "Scholz"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bundesinnenministerin Nancy Faeser stellte am Montag den Bericht vor.",
            "Nancy Faeser",
            "Bundesinnenministerin",
        ),
        (
            "Nancy Faeser, die Bundesinnenministerin, stellte am Montag den Bericht vor.",
            "Nancy Faeser",
            "Bundesinnenministerin",
        ),
        ("GDL-Chef Claus Weselsky kündigte einen neuen Streik an.", "Claus Weselsky", "GDL-Chef"),
        (
            "Der russische Außenminister Sergej Lawrow traf am Dienstag in Ankara ein.",
            "Sergej Lawrow",
            "Außenminister",
        ),
        (
            "EU-Außenbeauftragter Josep Borrell rief zur Ruhe auf.",
            "Josep Borrell",
            "EU-Außenbeauftragte",
        ),
        (
            "Der Außenbeauftragte der EU, Josep Borrell, rief zur Ruhe auf.",
            "Josep Borrell",
            "EU-Außenbeauftragte",
        ),
        (
            "Regierungssprecherin Wiebke Haldorsen wollte sich nicht äußern.",
            "Wiebke Haldorsen",
            "Regierungssprecherin",
        ),
    ],
)
def test_roles(rec: Recogniser, text: str, name: str, role: str) -> None:
    ms = _by_text(rec.mentions(text))
    assert name in ms, [m.text for m in ms.values()]
    assert ms[name].type == "PER"
    assert ms[name].roles == [role]


def test_role_normalisation() -> None:
    assert normalise_role("Außenministers") == "Außenminister"
    assert normalise_role("Vorsitzenden") == "Vorsitzende"
    assert normalise_role("Vorsitzender") == "Vorsitzende"
    assert normalise_role("Bürgermeisterin") == "Bürgermeisterin"
    assert normalise_role("Präsidenten") == "Präsident"
    assert normalise_role("Haus") is None
    assert normalise_role("minister") is None


def test_spans_and_scoring() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    }
    s = score([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]])
    assert s["ALL"].tp == 0 and s["ALL"].fp == 1 and s["ALL"].fn == 1


def test_tag_conll_round_trip() -> None:
    src = (DATA / "sample.tsv").read_text(encoding="utf-8")
    out = io.StringIO()
    n = tag_conll(io.StringIO(src), out)
    assert n == 3
    blocks = [b for b in out.getvalue().split("\n\n") if b.strip()]
    assert len(blocks) == 3
    gold = read_germeval(DATA / "sample.tsv")
    for block, (words, _) in zip(blocks, gold, strict=True):
        rows = [line.split("\t") for line in block.splitlines()]
        assert [r[0] for r in rows] == words
        assert all(r[1] == "O" or re.fullmatch(r"[BI]-(PER|ORG|LOC|MISC)", r[1]) for r in rows)
    first = [line.split("\t")[1] for line in blocks[0].splitlines()]
    assert first[1:3] == ["B-PER", "I-PER"] and first[6] == "B-LOC"
    # plain one-token-per-line input (token in the first column) works too
    plain = io.StringIO("Angela\nMerkel\nlacht\n.\n\nGut\n")
    out2 = io.StringIO()
    assert tag_conll(plain, out2) == 2
    assert out2.getvalue().splitlines()[0] == "Angela\tB-PER"


def test_international_names_and_embedding_clusters(rec: Recogniser) -> None:
    res = rec.resources
    assert len(res.surnames) > 10_000 and len(res.firstnames_intl) > 10_000
    assert len(res.use_clusters) > 40_000
    fx = rec._fx
    surname = next(w for w in sorted(res.surnames) if w + "s" not in res.surnames and w.isalpha())
    assert "g=sur" in fx.own(surname)
    assert "g=sur_gen" in fx.own(surname + "s")
    word = next(w for w in sorted(res.use_clusters) if w[:1].isupper())
    own = fx.own(word)
    assert [f.split("=")[0] for f in own if f.startswith("u") and f[1:2].isdigit()] == [
        "u0",
        "u1",
        "u2",
    ]
    assert "u=none" in fx.own("Qxvrzhtulm")
