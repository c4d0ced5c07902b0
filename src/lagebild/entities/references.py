"""Role-only references ("der Kanzler", "die Innenministerin") tied to a person.

First choice is the article itself: a person it names with that office (the last person
named before the reference, else the first after it). Otherwise the office's dated holders in
the index: the person named with that office in articles around the article's date, if the
article names nobody or names that person. The same office has
different holders over time ("der Finanzminister" is Lindner in 2023 and Klingbeil in 2025),
so only evidence near the date counts, and a reference stays unresolved when two holders are
about equally likely. "Der bisherige Kanzler" or "der neue Kanzler" is resolved only from the
article itself.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from lagebild.entities.index import RoleRow
from lagebild.entities.local import LocalGroup
from lagebild.entities.roles import RoleReference, find_role_references, role_signatures
from lagebild.model import Mention

if TYPE_CHECKING:
    from lagebild.entities.resolver import _Work

# Evidence for a holder counts when it is at most this many months from the article's date.
ROLE_WINDOW_MONTHS = 12
# The most likely holder must have at least this many times the evidence of the next one.
ROLE_MARGIN = 2.0


def _month_index(date: str) -> int | None:
    try:
        return int(date[:4]) * 12 + int(date[5:7]) - 1
    except (ValueError, IndexError):
        return None


class ReferenceResolver:
    def __init__(self, work: _Work, date: str | None) -> None:
        self.work = work
        self.month = _month_index(date) if date else None
        self.day = date[:10] if date and self.month is not None else None

    def resolve(
        self, text: str, mentions: list[Mention], resolved: list[tuple[LocalGroup, str]]
    ) -> list[tuple[RoleReference, str]]:
        if not text:
            return []
        taken = [(m.start, m.end) for m in mentions if m.start >= 0]
        out: list[tuple[RoleReference, str]] = []
        persons = [(g, e) for g, e in resolved if g.type == "PER"]
        for ref in find_role_references(text, taken):
            eid = self._in_article(ref, mentions, persons)
            if eid is None and not ref.tense:
                named = {e for _, e in persons}
                eid = self._by_date(ref, named)
                if eid is not None and named and eid not in named:
                    # the article names people, none of them with this office, and the dated
                    # holder is not among them: "der Trainer" may well be one of them
                    eid = None
            if eid is not None:
                out.append((ref, eid))
        return out

    def _in_article(
        self, ref: RoleReference, mentions: list[Mention], persons: list[tuple[LocalGroup, str]]
    ) -> str | None:
        wanted = role_signatures(ref.role) | role_signatures(ref.bare)
        before: list[tuple[int, str]] = []
        after: list[tuple[int, str]] = []
        for g, eid in persons:
            if not wanted & g.role_keys():
                continue
            for i in g.members:
                start = mentions[i].start
                (before if start < ref.start else after).append((start, eid))
        if ref.tense and len({e for _, e in before + after}) != 1:
            return None
        if before:
            start, eid = max(before)
            # another person named in between makes the reference unsafe ("Bochums Trainer
            # Butscher ... Alonso ... Der Trainer"): leave it to the date, or unresolved
            between = {
                e for g, e in persons for i in g.members if start < mentions[i].start < ref.start
            }
            return eid if between <= {eid} else None
        return min(after)[1] if after else None

    def _rows(self, sigs: set[str]) -> list[RoleRow]:
        rows = [r for s in sorted(sigs) for r in self.work.index.role_rows(s)]
        return rows + [r for r in self.work.roles if r.role in sigs]

    def _by_date(self, ref: RoleReference, in_article: set[str]) -> str | None:
        if self.month is None or self.day is None:
            return None
        rows = self._rows(role_signatures(ref.role, ref.qualifier))
        if not rows and ref.bare != ref.role:
            rows = self._rows(role_signatures(ref.bare, ref.qualifier))
        per_month: dict[tuple[str, str, str], RoleRow] = {}
        for r in rows:  # one office in several wordings counts once per month
            slot = (r.entity, r.gender, r.month)
            if slot not in per_month or per_month[slot].count < r.count:
                per_month[slot] = r
        near: dict[str, int] = defaultdict(int)
        total: dict[str, int] = defaultdict(int)
        first: dict[str, str] = {}
        last: dict[str, str] = {}
        for r in per_month.values():
            if ref.gender and r.gender and r.gender != ref.gender:
                continue
            m = _month_index(r.month)
            if m is None:
                continue
            first[r.entity] = min(first.get(r.entity, r.first), r.first)
            last[r.entity] = max(last.get(r.entity, r.last), r.last)
            total[r.entity] += r.count
            if abs(m - self.month) <= ROLE_WINDOW_MONTHS:
                near[r.entity] += r.count
        # holders named with the office both before and after the date: in office then
        covering = [e for e in first if first[e] <= self.day <= last[e]]
        local = [e for e in (covering or near) if e in in_article]
        if len(local) == 1:
            return local[0]
        if len(covering) == 1:
            return covering[0]
        pool = covering or list(near)
        if not pool:
            return None
        ranked = sorted(pool, key=lambda e: (-near[e], -total[e], e))
        if len(ranked) == 1:
            return ranked[0]
        top, runner_up = ranked[0], ranked[1]
        if near[top] or near[runner_up]:
            return top if near[top] >= ROLE_MARGIN * near[runner_up] else None
        return top if total[top] >= ROLE_MARGIN * total[runner_up] else None
