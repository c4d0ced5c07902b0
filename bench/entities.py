"""Entity canonicalisation benchmark on the sample corpus (and the fixture's variant groups).

    .venv/bin/python bench/entities.py            # sample corpus + variant groups + cost
    .venv/bin/python bench/entities.py --gold     # mentions from the gold variants, not the NER

Runs the pipeline on examples/corpus into a temporary store. When the pipeline has no NER step
yet, the mentions come from ``lagebild.ner.Recogniser`` run on each stored text (or, with
``--gold``, from the gold variants found in the text). Then the entity step runs and each gold
entity is checked: did its surface forms come out as one entity, with which variants, and
did an entity take forms of two gold entities (a wrong merge)?
Cost: the time per article of the entity step while the index grows (synthetic articles).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "entities"))

from lagebild.entities.step import EntityStep  # noqa: E402
from lagebild.executor import LocalExecutor  # noqa: E402
from lagebild.model import Mention  # noqa: E402
from lagebild.runner import run  # noqa: E402
from lagebild.store import Store  # noqa: E402

SAMPLE = ROOT / "examples" / "corpus"
INPUTS = [str(SAMPLE / p) for p in ("txt", "html", "articles.jsonl", "feeds", "warc")]


def _gold_mentions(text: str, gold: list[dict[str, object]]) -> list[Mention]:
    """Every gold variant (that is a name, not a description) found in the text."""
    spans: list[tuple[int, int, str]] = []
    forms = [(v, str(e["type"])) for e in gold for v in [e["name"], *e["variants"]]]  # type: ignore[misc]
    for form, etype in sorted(forms, key=lambda f: -len(str(f[0]))):
        form = str(form)
        if not form[:1].isupper() or form.split()[0] in ("Der", "Die", "Das"):
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), etype))
    return [Mention(text[s:e], t, s, e, base=text[s:e]) for s, e, t in sorted(spans)]  # type: ignore[arg-type]


def sample_corpus(use_gold: bool) -> None:
    gold = json.loads((SAMPLE / "gold.json").read_text(encoding="utf-8"))["entities"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        run(store, INPUTS, executor=LocalExecutor())
        ids = store.article_ids()
        recogniser = None
        if not use_gold:
            from lagebild.ner import Recogniser

            recogniser = Recogniser.load()
        filled = 0
        for article in store.iter_articles(ids):
            if article.mentions or not article.text:
                continue
            article.mentions = (
                recogniser.mentions(article.text)
                if recogniser
                else _gold_mentions(article.text, gold)
            )
            store.update_article(article)
            filled += 1
        source = "gold variants" if use_gold else "NER (lagebild.ner.Recogniser)"
        print(f"sample corpus: {len(ids)} articles, mentions filled from {source} for {filled}")
        t0 = time.perf_counter()
        stats = EntityStep().update(store, ids)
        print(f"entity step: {stats} in {time.perf_counter() - t0:.2f} s")
        _report(store, gold)
        store.close()


def _report(store: Store, gold: list[dict[str, object]]) -> None:
    entities = {
        eid: (name, etype, json.loads(variants))
        for eid, name, etype, variants in store.conn.execute(
            "SELECT id, name, type, variants FROM entities"
        )
    }
    owner: dict[str, set[str]] = defaultdict(set)  # surface form -> entity ids
    for eid, (_, _, variants) in entities.items():
        for v in variants:
            owner[v].add(eid)
    gold_of: dict[str, set[str]] = defaultdict(set)  # entity id -> gold names it holds
    persons_ok = persons_multi = persons_whole = 0
    print(f"\n{'gold entity':38} {'result':10} entities: variants")
    for g in gold:
        forms = list(dict.fromkeys([str(g["name"]), *g["variants"]]))  # type: ignore[misc]
        found: dict[str, list[str]] = defaultdict(list)
        missing = []
        for f in forms:
            if owner.get(f):
                for eid in owner[f]:
                    found[eid].append(f)
            else:
                missing.append(f)
        for eid in found:
            gold_of[eid].add(str(g["name"]))
        named = [f for f in forms if f[:1].isupper() and f.split()[0] not in ("Der", "Die", "Das")]
        ok = len(found) == 1 and not [f for f in missing if f in named]
        if g["type"] == "PER" and len(named) > 1:
            persons_multi += 1
            persons_ok += int(ok)
            persons_whole += int(len(found) == 1)
        label = "one" if ok else ("split" if len(found) > 1 else "partial" if found else "missing")
        parts = "; ".join(f"{entities[e][0]!r}: {', '.join(v)}" for e, v in found.items())
        print(
            f"{g['name']!s:38} {label:10} {parts}"
            + (f"  (not found: {missing})" if missing else "")
        )
    wrong = {e: names for e, names in gold_of.items() if len(names) > 1}
    print(
        f"\npersons with more than one name form: {persons_whole}/{persons_multi} not split "
        f"(every form found lies in one entity), {persons_ok}/{persons_multi} also with every "
        "capitalised form found"
    )
    print(f"entities holding forms of two gold entities (wrong merges): {len(wrong)}")
    for e, names in wrong.items():
        print(f"  {entities[e][0]!r} ({entities[e][1]}): {sorted(names)}")


def variant_groups() -> None:
    from variant_corpus import evaluate

    o = evaluate()
    print(f"\nvariant groups: fully merged {len(o.merged)}/{o.groups} ({o.merged_share:.1%}), "
          f"not_same_as pairs merged {len(o.wrong_merges)}, groups sharing an entity "
          f"{len(o.mixed)} {o.mixed}, role references {o.references_right}/{o.references}")  # fmt: skip


def cost(sizes: tuple[int, ...] = (200, 1000, 3000)) -> None:
    """Seconds per article of the entity step as the entity index grows (synthetic names)."""
    from lagebild.entities.resolver import Document, Resolver
    from lagebild.entities.storeindex import StoreIndex

    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "bo", "de", "fu", "ga"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "cost.db")
        resolver = Resolver(StoreIndex(store))
        done = 0
        print("\nentity step cost (store index, 6 mentions per article)")
        for size in sizes:
            t0 = time.perf_counter()
            n0 = done
            while done < size:
                i = done
                words = [
                    "".join(syllables[(i * 7 + k * 3 + j) % 12] for j in range(3)).title()
                    for k in range(3)
                ]
                text = (f"{words[0]} {words[1]}mann sprach mit {words[2]}ski. "
                        f"{words[1]}mann lobte die {words[2].upper()[:3]}.")  # fmt: skip
                ms = [
                    Mention(f"{words[0]} {words[1]}mann", "PER", 0, 1),
                    Mention(f"{words[2]}ski", "PER", 2, 3),
                    Mention(f"{words[1]}mann", "PER", 4, 5),
                    Mention(words[2].upper()[:3], "ORG", 6, 7),
                    Mention(f"{words[0]}stadt", "LOC", 8, 9),
                    Mention(f"{words[1]} Werke", "ORG", 10, 11),
                ]
                with store.atomic():
                    resolver.add(Document(f"c{i}", ms, text, f"2024-{1 + i % 12:02d}-10"))
                done += 1
            per = (time.perf_counter() - t0) / max(1, done - n0) * 1000
            print(f"  articles {n0:>6}-{done:<6} {per:6.2f} ms/article")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="store_true", help="mentions from gold variants")
    parser.add_argument("--no-cost", action="store_true", help="skip the cost curve")
    args = parser.parse_args()
    sample_corpus(args.gold)
    variant_groups()
    if not args.no_cost:
        cost()


if __name__ == "__main__":
    main()
