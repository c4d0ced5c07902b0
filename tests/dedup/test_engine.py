from __future__ import annotations

import random
import sqlite3
from types import SimpleNamespace

from lagebild.dedup.direction import decide
from lagebild.dedup.engine import DedupEngine
from lagebild.dedup.features import CopyDoc, build_profile, shared_quotes
from lagebild.dedup.minhash import MinHasher
from lagebild.dedup.schema import ensure_schema
from lagebild.dedup.synth import near_duplicate
from lagebild.model import Link

T0 = 1_750_000_000.0
HOUR = 3600.0


def run(docs: list[CopyDoc]) -> list[Link]:
    conn = sqlite3.connect(":memory:")
    ensure_schema(conn)
    by_id = {d.id: d for d in docs}
    engine = DedupEngine(conn, lambda ids: [by_id[i] for i in ids])
    links: list[Link] = []
    for d in docs:  # one at a time: the incremental path
        links.extend(engine.add([d]))
    return links


def test_exact_duplicate_links_later_to_earlier(texts: SimpleNamespace) -> None:
    docs = [
        CopyDoc("copy", "  " + texts.hafen.upper(), outlet="Inselblog", published=T0 + HOUR),
        CopyDoc("orig", texts.hafen, outlet="Nordstrander Anzeiger", published=T0),
    ]
    (link,) = run(docs)
    assert (link.source, link.target, link.kind, link.score) == ("copy", "orig", "duplicate", 1.0)
    assert {"type": "exact"} in link.evidence


def test_near_duplicate_and_rewrite_and_independent(texts: SimpleNamespace) -> None:
    rng = random.Random(2)
    reprint = near_duplicate(texts.hafen, 3, rng).text
    docs = [
        CopyDoc(
            "orig",
            texts.hafen,
            "Hafen Nordstrand wird ausgebaut",
            "Nordstrander Anzeiger",
            None,
            T0,
        ),
        CopyDoc("reprint", reprint, "Hafenausbau beschlossen", "Inselblog", None, T0 + 2 * HOUR),
        CopyDoc(
            "rewrite",
            texts.hafen_rewrite,
            "Nordstrand: Mehr Platz für Fähren",
            "news-farm.example",
            None,
            T0 + 5 * HOUR,
        ),
        CopyDoc(
            "indep",
            texts.hafen_independent,
            "Streit um den Hafen",
            "Kieler Abendblatt",
            None,
            T0 + 3 * HOUR,
        ),
        CopyDoc("other", texts.schule, "Neue Schule", "Lindenhainer Zeitung", None, T0 + 4 * HOUR),
    ]
    links = {(ln.source, ln.target): ln for ln in run(docs)}
    assert links[("reprint", "orig")].kind == "duplicate"
    rw = links[("rewrite", "orig")]
    assert rw.kind == "rewrite" and rw.score >= 0.5
    aligned = [e for e in rw.evidence if e["type"] == "sentences"]
    assert len(aligned) >= 2 and all(e["a"] and e["b"] for e in aligned)
    assert not any("indep" in pair or "other" in pair for pair in links)


def test_direction_evidence_order(texts: SimpleNamespace) -> None:
    h = MinHasher()

    def prof(
        id_: str, text: str, outlet: str, t: float | None, cites: tuple[str, ...] = ()
    ) -> object:
        return build_profile(CopyDoc(id_, text, None, outlet, None, t, cites), h)

    orig = prof("o", texts.hafen, "Nordstrander Anzeiger", T0 + HOUR)
    # the copy names its source: cited wins over an earlier publication time
    citing = prof("c", texts.hafen_rewrite, "Inselblog", T0, ("Nordstrander Anzeiger",))
    d = decide(orig, citing)  # type: ignore[arg-type]
    assert (d.copy.doc.id, d.original.doc.id, d.reason) == ("c", "o", "cites")
    # no citation: the later one is the copy, whichever the corpus saw first
    later = prof("l", texts.hafen_rewrite, "Inselblog", T0 + 5 * HOUR)
    assert decide(later, orig).original.doc.id == "o"  # type: ignore[arg-type]
    # same minute: an agency is the original
    agency = prof("a", texts.hafen, "dpa", T0 + HOUR + 10)
    d = decide(orig, agency)  # type: ignore[arg-type]
    assert (d.original.doc.id, d.reason) == ("a", "agency")
    # no dates: the article holding the other's facts and more is the original
    short = prof("s", ". ".join(texts.hafen.split(". ")[:3]), "Inselblog", None)
    full = prof("f", texts.hafen, "Nordstrander Anzeiger", None)
    d = decide(short, full)  # type: ignore[arg-type]
    assert (d.original.doc.id, d.reason) == ("f", "superset")


def test_cited_source_found_in_text_when_cites_is_empty(texts: SimpleNamespace) -> None:
    h = MinHasher()
    orig = build_profile(
        CopyDoc("o", texts.hafen, outlet="Nordstrander Anzeiger", published=T0 + HOUR), h
    )
    body = (
        "Wie der Nordstrander Anzeiger berichtete, wird der Hafen ausgebaut. " + texts.hafen_rewrite
    )
    copy = build_profile(CopyDoc("c", body, outlet="Inselblog", published=T0), h)
    assert decide(orig, copy).reason == "cites"


def test_shared_quotes_are_evidence_not_proof() -> None:
    h = MinHasher()
    quote = "„Wir holen jetzt nach, was jahrelang liegen geblieben ist“"
    a = build_profile(CopyDoc("a", f"Die Bürgermeisterin sagte: {quote}. Dann ging sie."), h)
    b = build_profile(CopyDoc("b", f"{quote}, so die Bürgermeisterin am Abend."), h)
    assert shared_quotes(a, b) == ["Wir holen jetzt nach, was jahrelang liegen geblieben ist"]
    assert shared_quotes(a, build_profile(CopyDoc("c", "Kein Zitat hier."), h)) == []
