"""Roles: a comparable key per office, and role-only references found in article text.

"Bundesinnenministerin", "Innenministerin" and "Innenminister" are one office: the key drops
the feminine ending (kept as the gender) and a "Bundes-" prefix of ministers and chancellors.
"Bundespräsident" keeps its prefix: "der Präsident" in German news is mostly a foreign one.
A country adjective in front ("der russische Außenminister") qualifies the office.

:func:`find_role_references` finds office nouns used instead of a name ("der Kanzler",
"die Innenministerin", "der Bürgermeister von Kiew") that the resolver can then tie to a person
named in the same article, or to the holder of that office at the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.entities.acronyms import generated_acronyms
from lagebild.entities.translit import flat, fold
from lagebild.ner.lexicon import adjective_stem, normalise_role

_WORD = re.compile(r"[\w-]+")
_PREFIXED_OFFICES = ("minister", "kanzler")
_STATE_OFFICES = frozenset({"prasident", "chef", "oberhaupt"})
# Adjectives that move the reference away from the current holder.
PAST_MODIFIERS = frozenset(
    {"bisherige", "frühere", "ehemalige", "damalige", "einstige", "scheidende", "abgewählte",
     "verstorbene", "langjährige", "vormalige"}
)  # fmt: skip
NEXT_MODIFIERS = frozenset({"neue", "künftige", "designierte", "gewählte", "frisch"})
_DETS = r"(?P<det>[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)"
_REF = re.compile(
    _DETS
    + r"\s+(?P<adj>(?:[a-zäöüß][\w-]*\s+){0,3})"
    + r"(?P<role>[A-ZÄÖÜ][\w-]*\w)"
    + r"(?P<qual>\s+(?:von|der|des)\s+(?P<qname>[A-ZÄÖÜ][\w-]*\w(?:\s+[A-ZÄÖÜ][\w-]*\w){0,2}))?"
)


def _base_key(word: str) -> tuple[str, str]:
    """Key and gender of one role noun ("Bundesinnenministerin" -> ("innenminister", "f"))."""
    low = fold(word)
    gender = ""
    if low.endswith("in") and normalise_role(word[:-2]) is not None:
        low, gender = low[:-2], "f"
    if low.startswith("bundes") and any(h in low[6:] for h in _PREFIXED_OFFICES):
        low = low[6:]
    elif low.startswith("staats") and low[6:] in _STATE_OFFICES:
        low = low[6:]  # "Staatspräsident" is the "Präsident" of a state
    return low, gender


def role_key(role: str, qualifier: str = "") -> str:
    """Comparable key of a normalised role ("Präsidentin der Bundesnetzagentur" ->
    "prasident der bundesnetzagentur"); with a qualifier "russisch:aussenminister"."""
    words = role.split()
    if not words:
        return ""
    head, _ = _base_key(words[0])
    rest = " ".join(fold(w) for w in words[1:])
    key = f"{head} {rest}".strip()
    return f"{qualifier}:{key}" if qualifier else key


# Heads of an organisation go by many titles: "GDL-Chef" is the "GDL-Vorsitzende", the
# "Netzagentur-Chef" the "Präsident der Bundesnetzagentur", the "UNIDO-Chef" its
# "Generaldirektor". These heads compare as one class when the organisation is named.
LEADERSHIP_HEADS = frozenset(
    {"chef", "vorsitzende", "prasident", "leiter", "direktor", "generaldirektor", "boss",
     "vorstandschef", "vorstandsvorsitzende", "generalsekretar", "spitze"}
)  # fmt: skip
# Prefixes of a head noun that name a rank, not an organisation ("Vizepräsident").
RANK_PREFIXES = frozenset(
    {
        "vize",
        "ober",
        "general",
        "ehren",
        "interims",
        "ex",
        "alt",
        "co",
        "ko",
        "stellvertretend",
        "haupt",
        "landes",
        "bundes",
        "staats",
    }
)
MIN_COMPOUND_ORG = 4  # "Kremlchef" -> kreml; shorter prefixes are no organisation
MIN_BARE_HEAD = 10  # "Fußball-Nationalspieler" also matches "Nationalspieler"; "-Politiker" not
_ORG_LINKS = frozenset({"der", "des", "von", "vom", "im", "in", "am"})
_ROLE_FUNCTION_WORDS = frozenset({"der", "des", "die", "von", "vom", "im", "in", "am", "fur"})


def role_signatures(role: str, qualifier: str = "") -> set[str]:
    """Keys under which two wordings of an office match: the role key, plus
    "<organisation>~<head>" for offices of a named organisation ("EZB-Präsidentin" and
    "Präsidentin der Europäischen Zentralbank" share "ezb~leitung")."""
    words = role.split()
    if not words:
        return set()
    head_word, org_words = words[0], []
    if "-" in head_word.strip("-"):
        org_part, head_word = head_word.rsplit("-", 1)
        org_words = [org_part]
    elif len(words) > 2 and words[1].lower() in _ORG_LINKS:
        org_words = words[2:]
    head, _ = _base_key(head_word)
    sigs = {role_key(role)}
    if not org_words:  # "Kommissionspräsidentin" = "Präsidentin der Kommission"
        for lead in sorted(LEADERSHIP_HEADS, key=len, reverse=True):
            prefix = head[: -len(lead)]
            if head == lead or prefix in RANK_PREFIXES:
                break
            if head.endswith(lead) and len(prefix) >= MIN_COMPOUND_ORG:
                org_words = [prefix[:-1] if prefix.endswith("s") else prefix]
                head = lead
                break
    if org_words:
        cls = "leitung" if head in LEADERSHIP_HEADS else head
        orgs = {_org_key(org_words), _org_key(org_words[-1:])}
        if len(org_words) > 1:
            orgs |= generated_acronyms(org_words, _ROLE_FUNCTION_WORDS)
        orgs |= {o[6:] for o in orgs if o.startswith("bundes") and len(o) > 10}
        sigs |= {f"{o}~{cls}" for o in orgs if o}
        if len(head) >= MIN_BARE_HEAD and head not in LEADERSHIP_HEADS:
            sigs.add(head)
    return {f"{qualifier}:{x}" for x in sigs} if qualifier else sigs


def _org_key(words: list[str]) -> str:
    key = "".join(flat(w) for w in words if w.lower() not in _ROLE_FUNCTION_WORDS)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 4 else key


def role_gender(role: str) -> str:
    """ "f" for a feminine role noun ("Kanzlerin"), "" when the noun does not say."""
    words = role.split()
    return _base_key(words[0])[1] if words else ""


def qualifier_before(text: str, start: int) -> str:
    """Country adjective in front of the role word right before ``start``: in "der russische
    Außenminister Sergej Lawrow" the name's qualifier is "russisch"."""
    words = _WORD.findall(text[max(0, start - 80) : start])
    if len(words) < 2 or normalise_role(words[-1]) is None:
        return ""
    return adjective_stem(words[-2]) or ""


@dataclass(frozen=True, slots=True)
class RoleReference:
    """An office noun standing for a person: "der russische Außenminister"."""

    start: int
    end: int
    text: str
    role: str  # normalised display role ("Außenminister", "Bürgermeister von Kiew")
    bare: str  # the role noun alone ("Bürgermeister"): "der Kanzler der Sommerpressekonferenz"
    # has a dative object, not a qualifier, so a qualified role that finds nothing falls back
    key: str  # role key including the qualifier
    qualifier: str  # country adjective stem ("russisch") or ""
    gender: str  # "f", "m" or "" (unknown)
    tense: str  # "" (current holder), "past" ("der bisherige Kanzler"), "next" ("der neue ...")


def find_role_references(text: str, taken: list[tuple[int, int]]) -> list[RoleReference]:
    """Role-only references in ``text``; ``taken`` are the spans of the named mentions (a role
    word right before a name is an apposition, not a reference)."""
    starts = sorted(s for s, _ in taken)
    out: list[RoleReference] = []
    for m in _REF.finditer(text):
        word = m.group("role")
        role = normalise_role(word)
        if role is None or word.endswith("innen") or _inside(m.start("role"), taken):
            continue
        det = m.group("det").lower()
        if det == "die" and not role.endswith(("in", "e")):
            continue  # plural: "die Minister"
        qual_text = m.group("qual")
        end = m.end("qual") if qual_text else m.end("role")
        if _name_follows(text, end, starts):
            continue
        tense, qualifier = "", ""
        for adj in m.group("adj").split():
            low = adj.lower()
            for stem in (low, low[:-1]):
                if stem in PAST_MODIFIERS:
                    tense = "past"
                elif stem in NEXT_MODIFIERS:
                    tense = "next"
            qualifier = qualifier or (adjective_stem(adj) or "")
        display = f"{role} {' '.join(qual_text.split())}" if qual_text else role
        out.append(
            RoleReference(
                start=m.start(),
                end=end,
                text=text[m.start() : end],
                role=display,
                bare=role,
                key=role_key(display, qualifier),
                qualifier=qualifier,
                gender=_gender(det, role),
                tense=tense,
            )
        )
    return out


def _gender(det: str, role: str) -> str:
    """Gender from the noun ("Kanzlerin") or the article ("die Vorsitzende", "der Kanzler")."""
    if role_gender(role):
        return "f"
    if role.endswith("e"):  # "der Vorsitzende" (m) or "der Vorsitzenden" (f, dative): unknown
        return "f" if det == "die" else ""
    return "m"


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _name_follows(text: str, end: int, starts: list[int]) -> bool:
    """True when a named mention starts right after ``end`` ("der Kanzler Olaf Scholz")."""
    gap = text[end : end + 3]
    return any(end <= s <= end + len(gap) and not text[end:s].strip(" ,") for s in starts)
