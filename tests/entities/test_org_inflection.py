"""Inflected organisation names share a key; look-alikes stay apart (invented names)."""

from __future__ import annotations

from lagebild.entities.acronyms import generated_acronyms, without_place_tail
from lagebild.entities.names import FUNCTION_WORDS, parse_name, weak_e_form
from lagebild.entities.resolver import Document, Resolver
from lagebild.model import Mention


def _link(r: Resolver, doc_id: str, text: str, name: str, etype: str = "ORG") -> str | None:
    start = text.index(name)
    mention = Mention(name, etype, start, start + len(name))  # type: ignore[arg-type]
    return r.add(Document(doc_id, [mention], text, "2024-03-01")).links[0]


def _keys(text: str, etype: str = "ORG") -> set[tuple[str, ...]]:
    n = parse_name(text, etype)
    assert n is not None
    return {n.tokens, n.alt_tokens}


def test_declined_adjective_and_genitive_share_a_key() -> None:
    base = _keys("Nordischer Wolkendienst")
    assert base & _keys("Nordischen Wolkendienst")
    assert base & _keys("des Nordischen Wolkendienstes")
    assert not base & _keys("Nordische Wolkenbank")  # a different organisation


def test_weak_en_of_a_one_word_party_name() -> None:
    assert _keys("Die Blanke") & _keys("der Blanken")
    assert weak_e_form("Blanken") == "Blanke"
    assert weak_e_form("Essen") == "Essen"  # too short: a town, no inflection
    assert weak_e_form("Gaseen") == "Gaseen"  # a plural in -een, no weak ending
    assert not _keys("Blanken") & _keys("Blank")  # only -en/-e, nothing else is cut
    assert len(_keys("Muldenhagen", "LOC")) == 1  # places keep their -en
    assert len(_keys("Stadtwerke Ulmen")) == 1  # two-word names keep their last word


def test_club_number_dropped_only_with_two_words_left() -> None:
    assert _keys("Borussia 07 Wiesental") & _keys("Borussia Wiesental")
    assert _keys("Hafen 96") != _keys("Hafen")  # the number is all that tells the club apart
    assert not _keys("Borussia 07 Wiesental") & _keys("Borussia Talheim")


def test_resolver_merges_inflections_and_keeps_look_alikes_apart() -> None:
    r = Resolver()
    blaue = _link(r, "a", "Die Blanke fordert mehr Geld.", "Blanke")
    assert blaue is not None
    assert _link(r, "b", "Mit der Blanken will niemand regieren.", "Blanken") == blaue
    dienst = _link(r, "c", "Der Nordische Wolkendienst warnt.", "Nordische Wolkendienst")
    same = _link(
        r, "d", "Laut des Nordischen Wolkendienstes regnet es.", "Nordischen Wolkendienstes"
    )
    assert dienst is not None and same == dienst
    bank = _link(r, "e", "Die Nordische Wolkenbank zahlt.", "Nordische Wolkenbank")
    assert bank not in (None, dienst)
    club = _link(r, "f", "Borussia 07 Wiesental siegt.", "Borussia 07 Wiesental")
    assert _link(r, "g", "Borussia Wiesental verliert.", "Borussia Wiesental") == club
    other = _link(r, "h", "Borussia Talheim verliert.", "Borussia Talheim")
    assert other not in (None, club)


def test_acronyms_with_and_without_a_trailing_place() -> None:
    fw = FUNCTION_WORDS
    assert {"gvu", "gvuw"} <= generated_acronyms("Grüne Volks Union Wiesenlands".split(), fw)
    assert "fsb" in generated_acronyms("Freisinnig-Soziale Bewegung in Wiesental".split(), fw)
    # a Latin nominative in -us or a two-word name is no place tail
    assert "pd" not in generated_acronyms("Partei des Nordischen Sozialismus".split(), fw)
    assert without_place_tail(["Neue", "Ufers"]) is None
