"""Office keys and role-only references."""

from __future__ import annotations

from lagebild.entities.roles import find_role_references, role_key, role_signatures


def test_role_keys_fold_gender_and_federal_prefix() -> None:
    assert role_key("Bundesinnenministerin") == role_key("Innenminister")
    assert role_key("Bundeskanzler") == role_key("Kanzlerin")
    assert role_key("Bundespräsident") != role_key("Präsident")
    assert role_key("Außenminister", "russisch") == "russisch:aussenminister"


def test_signatures_match_wordings_of_one_office() -> None:
    assert role_signatures("EZB-Präsidentin") & role_signatures(
        "Präsidentin der Europäischen Zentralbank"
    )
    assert role_signatures("Netzagentur-Chef") & role_signatures("Präsident der Bundesnetzagentur")
    assert role_signatures("Kommissionspräsidentin") & role_signatures(
        "Präsidentin der Europäischen Kommission"
    )
    assert not role_signatures("Vizepräsident") & role_signatures("Vizechef")
    assert not role_signatures("CDU-Chef") & role_signatures("SPD-Chef")


def test_references_in_text() -> None:
    text = "Der Kanzler Olaf Scholz kam. Später sagte der russische Außenminister, die Ministerin sei da."
    start = text.index("Olaf")
    refs = find_role_references(text, [(start, start + len("Olaf Scholz"))])
    assert [r.text for r in refs] == ["der russische Außenminister", "die Ministerin"]
    assert refs[0].qualifier == "russisch" and refs[0].gender == "m"
    assert refs[1].gender == "f"
    past = find_role_references("Der bisherige Kanzler gratulierte.", [])
    assert past[0].tense == "past"
    plural = find_role_references("Die Minister berieten.", [])
    assert plural == []
