"""Turn the hand-made variant groups into a small corpus of articles and score a resolver on it.

Phases, each in fixture order (every article is a ``Document``):

1. role evidence: "<role> <canonical name>" for each of the group's roles, dated at the start
   and the end of the role's term when the group has a role reference for it, else undated;
2. context sentences: one article per sentence, with the group's names found in it verbatim;
3. variants: every surface form alone in its own article (no help from the article);
4. role references: each reference sentence, dated in the year it names, with no named mention.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.entities.resolver import Document, Resolver
from lagebild.entities.roles import find_role_references, role_signatures
from lagebild.model import Mention
from lagebild.ner.lexicon import normalise_role

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "entities" / "variant_groups.json"
DEFAULT_DATE = "2024-06-15"
LAST_DAY = "2026-10-31"  # the fixture was written in November 2026
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
     "Oktober", "November", "Dezember"])}  # fmt: skip


def load_groups() -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return groups


def forms_of(group: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys([group["canonical"], *group["variants"]]))


def shared_forms(groups: list[dict[str, Any]]) -> set[str]:
    """Surface forms listed in more than one group (allowed to point to several)."""
    count = Counter(f for g in groups for f in set(forms_of(g)))
    return {f for f, n in count.items() if n > 1}


def _find(sentence: str, forms: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(re.escape(form), sentence):
            s, e = m.span()
            left_ok = s == 0 or not sentence[s - 1].isalnum()
            right_ok = e == len(sentence) or not sentence[e].isalnum()
            if left_ok and right_ok and not any(s < b and a < e for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


def _mid(a: str, b: str | None) -> str:
    y1, m1 = int(a[:4]), int(a[5:7])
    y2, m2 = (int(b[:4]), int(b[5:7])) if b else (2026, 10)
    total = (y1 * 12 + m1 + y2 * 12 + m2) // 2
    return f"{total // 12:04d}-{total % 12 or 12:02d}-15"


def _term(group: dict[str, Any], role: str) -> tuple[str, str | None] | None:
    """The term of the group's role reference for the office ``role`` (any wording)."""
    wanted = role_signatures(_office(role))
    for ref in group.get("role_references", []):
        for found in find_role_references(ref["mention"], []):
            if wanted & (role_signatures(found.role) | role_signatures(found.bare)):
                return ref["valid_from"], ref["valid_to"]
    return None


def _text_term(group: dict[str, Any], text: str) -> tuple[str, str | None] | None:
    """The term of the first office word in ``text`` that the group has a reference for."""
    for word in text.split():
        office = normalise_role(word.strip(",.;:"))
        term = _term(group, office) if office else None
        if term:
            return term
    return None


def _office(role: str) -> str:
    """The role as the tagger reports it: the office noun without a leading adjective
    ("russischer Außenminister" -> "Außenminister"; the adjective stays in the text)."""
    words = role.split()
    for i, w in enumerate(words):
        office = normalise_role(w)
        if office is not None:
            return " ".join([office, *words[i + 1 :]])
    return role


def _reference_date(context: str) -> str:
    """The date a reference sentence names ("Am 14. Mai 2025" -> 2025-05-14; a year alone
    -> the middle of that year)."""
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", context)
    month = next((n for name, n in _MONTHS.items() if name in context), 6)
    day = re.search(r"\b(\d{1,2})\.\s+[A-ZÄÖÜ]", context)
    return f"{year.group(1) if year else '2024'}-{month:02d}-{int(day.group(1)) if day else 15:02d}"


@dataclass
class Outcome:
    groups: int = 0
    merged: list[str] = field(default_factory=list)  # ids of fully merged groups
    split: dict[str, list[str]] = field(default_factory=dict)  # id -> "form -> entity" lines
    wrong_merges: list[tuple[str, str]] = field(default_factory=list)  # not_same_as pairs merged
    mixed: list[tuple[str, str]] = field(default_factory=list)  # any two groups in one entity
    references: int = 0
    references_right: int = 0
    references_wrong: list[str] = field(default_factory=list)

    @property
    def merged_share(self) -> float:
        return len(self.merged) / self.groups if self.groups else 0.0


def evaluate(groups: list[dict[str, Any]] | None = None) -> Outcome:
    groups = groups if groups is not None else load_groups()
    resolver = Resolver()
    shared = shared_forms(groups)
    seen: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # group -> (form, entity)
    n = 0

    def run(group: dict[str, Any], text: str, spans: list[tuple[int, int]], date: str | None,
            roles: list[str] | None = None) -> tuple[list[str | None], list[Mention]]:  # fmt: skip
        nonlocal n
        n += 1
        mentions = [
            Mention(text=text[s:e], type=group["type"], start=s, end=e, roles=list(roles or []))
            for s, e in spans
        ]
        result = resolver.add(Document(f"a{n}", mentions, text, date))
        for m, eid in zip(mentions, result.links, strict=True):
            seen[group["id"]].append((m.text, eid))
        return result.links, result.references

    for g in groups:
        for role in g["roles"]:
            term = _term(g, role)
            dates = [term[0], term[1] or LAST_DAY] if term else [None]
            text = f"{role} {g['canonical']}"
            start = len(role) + 1
            for date in dates:
                run(g, text, [(start, len(text))], date, [_office(role)])
    for g in groups:
        for sentence in g["contexts"]:
            spans = _find(sentence, forms_of(g))
            if spans:
                term = _text_term(g, sentence)
                run(g, sentence, spans, _mid(*term) if term else DEFAULT_DATE)
    for g in groups:
        for form in forms_of(g):
            date = DEFAULT_DATE
            words = form.split()
            if len(words) > 1:
                term = _text_term(g, form)
                date = _mid(*term) if term else DEFAULT_DATE
            run(g, form, [(0, len(form))], date)

    out = Outcome(groups=len(groups))
    main: dict[str, str | None] = {}
    for g in groups:
        pairs = [(f, e) for f, e in seen[g["id"]] if f not in shared]
        ids = {e for _, e in pairs}
        counts = Counter(e for _, e in pairs if e is not None)
        main[g["id"]] = counts.most_common(1)[0][0] if counts else None
        if len(ids) == 1 and None not in ids:
            out.merged.append(g["id"])
        else:
            out.split[g["id"]] = sorted({f"{f} -> {e}" for f, e in pairs if e != main[g["id"]]})
    for g in groups:
        for other in g.get("not_same_as_ids", []):
            if g["id"] < other and main[g["id"]] is not None and main[g["id"]] == main.get(other):
                out.wrong_merges.append((g["id"], other))
    owners: dict[str, set[str]] = defaultdict(set)
    for gid, pairs in seen.items():
        for f, e in pairs:
            if e is not None and f not in shared:
                owners[e].add(gid)
    for gids in owners.values():
        ordered = sorted(gids)
        out.mixed += [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]

    for g in groups:
        for ref in g.get("role_references", []):
            out.references += 1
            _, refs = run(g, ref["context"], [], _reference_date(ref["context"]))
            hits = [r for r in refs if ref["mention"].split()[-1] in r.text]
            got = hits[0].entity if hits else None
            if got is not None and got == main[g["id"]]:
                out.references_right += 1
            else:
                label = next((h for h, e in main.items() if e == got and got), got)
                out.references_wrong.append(f"{g['id']}: {ref['mention']!r} -> {label}")
    return out


if __name__ == "__main__":
    o = evaluate()
    print(f"groups fully merged: {len(o.merged)}/{o.groups} ({o.merged_share:.1%})")
    print(f"not_same_as pairs merged: {len(o.wrong_merges)} {o.wrong_merges}")
    print(f"groups sharing an entity: {len(o.mixed)} {o.mixed}")
    print(f"role references: {o.references_right}/{o.references}")
    for line in o.references_wrong:
        print("  ref", line)
    for gid, lines in o.split.items():
        print("split", gid)
        for line in lines:
            print("     ", line)
