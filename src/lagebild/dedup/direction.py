"""Which of two copies is the original.

Evidence in order of strength: one names the other as its source; one was published
earlier (by more than :data:`MIN_LAG_SECONDS`); one is a news agency; one holds the other's
facts (names, numbers) and more; otherwise the one the corpus saw first.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.dedup.features import Profile, cites_other, norm_key

MIN_LAG_SECONDS = 60.0  # publication times closer than this are treated as simultaneous
SUPERSET_SHARE = 0.8  # share of the other's facts an original must contain
AGENCIES = frozenset(
    norm_key(n)
    for n in (
        "dpa", "Deutsche Presse-Agentur", "APA", "Austria Presse Agentur", "AFP", "Agence France-Presse",
        "Reuters", "AP", "Associated Press", "KNA", "epd", "SID", "dts", "ddp", "SDA", "Keystone-SDA",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Direction:
    copy: Profile
    original: Profile
    reason: str  # "cites" | "published" | "agency" | "superset" | "first_seen"


def _facts(p: Profile) -> set[str]:
    return set(p.anchors) | set(p.numbers)


def decide(first: Profile, second: Profile) -> Direction:
    """Direction of a copy pair; ``first`` is the article the corpus saw earlier."""
    a_cites, b_cites = cites_other(first, second), cites_other(second, first)
    if a_cites != b_cites:
        return Direction(first, second, "cites") if a_cites else Direction(second, first, "cites")
    ta, tb = first.doc.published, second.doc.published
    if ta is not None and tb is not None and abs(ta - tb) >= MIN_LAG_SECONDS:
        return (
            Direction(second, first, "published")
            if ta < tb
            else Direction(first, second, "published")
        )
    a_ag = bool(first.outlet_keys & AGENCIES)
    b_ag = bool(second.outlet_keys & AGENCIES)
    if a_ag != b_ag:
        return Direction(second, first, "agency") if a_ag else Direction(first, second, "agency")
    fa, fb = _facts(first), _facts(second)
    if fa and fb and len(fa) != len(fb):
        big, small, big_p, small_p = (
            (fa, fb, first, second) if len(fa) > len(fb) else (fb, fa, second, first)
        )
        if len(big & small) >= SUPERSET_SHARE * len(small):
            return Direction(small_p, big_p, "superset")
    return Direction(second, first, "first_seen")
