"""Quality gate on the hand-made variant groups (tests/fixtures/entities, see its README).

Measured when the floors were set: 43 of 69 groups fully merged (42 before one-word party
names in -en met their -e form: Grünen/Grüne), 0 ``not_same_as`` pairs
merged, 34 of 34 role references resolved to the right holder. The groups left split need
world knowledge that no spelling rule gives: translations and exonyms (European Central Bank,
Munich, Moscow, Weißrussland), nicknames (Bomber der Nation, Dr. Steelhammer, Noris, Buba)
and party demonyms (Sozialdemokraten, Christsoziale).
"""

from __future__ import annotations

from entities.variant_corpus import evaluate, load_groups, shared_forms

MERGED_FLOOR = 0.62
REFERENCES_FLOOR = 0.95
# The two "Gerd Müller" groups share their full name; the README documents them as resolvable
# only by context, so the one entity they end up in is allowed.
DOCUMENTED_AMBIGUOUS = {("per-gerd-mueller-csu", "per-gerd-mueller-fussball")}


def test_variant_groups_merge_and_stay_apart() -> None:
    out = evaluate()
    assert out.groups == 69
    assert out.merged_share >= MERGED_FLOOR, out.split
    assert out.wrong_merges == []
    assert set(out.mixed) <= DOCUMENTED_AMBIGUOUS, out.mixed
    assert out.references_right / out.references >= REFERENCES_FLOOR, out.references_wrong


def test_core_groups_are_fully_merged() -> None:
    """Transliterations, misspellings, titles and genitives of the issue's examples."""
    merged = set(evaluate().merged)
    for gid in ("per-lawrow", "per-nawalny", "per-nawalnaja", "per-schoigu", "per-selenskyj",
                "per-baerbock", "per-faeser", "per-soeder", "per-vdl", "per-chodorkowski",
                "per-vitali-klitschko", "per-helmut-schmidt", "per-renate-schmidt",
                "org-dwd", "org-afd", "loc-kiew", "loc-charkiw", "loc-odessa"):  # fmt: skip
        assert gid in merged, gid


def test_shared_forms_are_the_documented_ones() -> None:
    assert shared_forms(load_groups()) == {"Gerd Müller", "Gerd Müllers", "die Union"}
