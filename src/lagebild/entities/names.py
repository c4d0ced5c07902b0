"""From a mention's surface form to the parts a resolver compares.

A person mention may carry an article ("der"), a title ("Dr.", "Frau"), a role ("Außenministerin
Baerbock", "Kiews Bürgermeister Klitschko"), a descriptor ("Bayern-Profi Thomas Müller") and a
genitive ("Baerbocks", "Scholz'", "Navalny's"). :func:`parse_name` strips these off, keeps the
roles, and splits the rest into given names and a surname (with particles: "von der Leyen").
Organisation and place names become content tokens with adjective endings removed
("Europäischen Zentralbank" -> europaisch zentralbank) so inflected forms share a key.
A second key (``alt_tokens``) covers the last word's inflection: a genitive -s/-es cut off
("Bundestages" -> bundestag) or, for one-word organisations, a weak -en ending turned into -e
("Linken" -> linke, "Grünen" -> grune: a party named by a nominalised adjective, or a dative
plural "den Stadtwerken"). Founding numbers of clubs do not count when two name words remain
("Bayer 04 Leverkusen" -> bayer leverkusen; "Schalke 04" keeps its number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.entities.translit import flat, phonetic_keys
from lagebild.ner.lexicon import NAME_PARTICLES, TITLES, normalise_role

DETERMINERS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
     "the"}
)  # fmt: skip
# Lower-case words inside organisation and place names that carry no identity.
FUNCTION_WORDS = frozenset(
    {"für", "fur", "und", "der", "die", "das", "des", "dem", "den", "in", "im", "am", "an", "von",
     "vom", "zu", "zur", "zum", "auf", "of", "the", "and", "for", "de", "du", "la", "le", "et",
     "a", "d"}
)  # fmt: skip
# Heads of descriptive nouns that precede a name but are no offices: "Kremlkritiker Nawalny",
# "Ex-Ölmagnat Chodorkowski", "Bayern-Profi Müller". Offices come from the NER role lexicon.
DESCRIPTOR_HEADS = (
    "kritiker", "magnat", "profi", "legende", "star", "ikone", "gegner", "veteran", "rebell",
    "oligarch", "milliardär", "unternehmer", "aktivist", "dissident", "rentner", "boxer",
    "weltmeister", "olympiasieger", "sieger", "urgestein", "nachfolger", "vorgänger",
)  # fmt: skip
LEGAL_FORMS = frozenset(
    {"AG", "GmbH", "SE", "KG", "KGaA", "OHG", "e.V", "eV", "Inc", "Ltd", "Corp", "LLC", "plc",
     "PLC", "S.A", "SA", "N.V", "NV", "Co", "mbH"}
)  # fmt: skip
_PATRONYMIC = re.compile(r"(?:owitsch|ewitsch|ovich|evich|ovitch|owna|ewna|ovna|evna)$")
_APOSTROPHES = "'’`´"
_GENITIVE_TAIL = re.compile(r"(?:['’`´]s|['’`´])$")
_ADJ_ENDING = re.compile(r"(?:e|en|er|es|em)$")
_SPLIT = re.compile(r"[\s/()\[\],;:]+")
_CLUB_NUMBER = re.compile(r"\d{2}|1[89]\d\d")  # "Bayer 04", "TSG 1899 Hoffenheim"
MIN_WEAK_EN = 6  # "Linken" -> "Linke"; shorter words keep their -en ("Essen", "Aken")
_ACRONYM_CAPS = re.compile(r"[A-ZÄÖÜ]")


@dataclass(frozen=True, slots=True)
class ParsedName:
    """The comparable parts of one mention."""

    type: str
    display: str  # cleaned surface form ("Annalena Baerbock", "Europäische Zentralbank")
    roles: tuple[str, ...] = ()  # roles written inside the surface form
    given: tuple[str, ...] = ()  # PER: phonetic keys of the given names, in order
    surname: str = ""  # PER: phonetic key of the surname ("vonderlaien")
    surname_alt: str = ""  # PER: the same without a genitive -s ("Baerbocks" -> barbok)
    tokens: tuple[str, ...] = ()  # ORG/LOC/MISC: content tokens, folded, adjective endings cut
    alt_tokens: tuple[str, ...] = ()  # the same with a genitive -s/-es cut from the last token
    acronym: str = ""  # folded acronym when the name is one ("EZB" -> ezb)

    @property
    def is_person(self) -> bool:
        return self.type == "PER"

    @property
    def has_given(self) -> bool:
        return bool(self.given)

    def key(self) -> str:
        """Exact-match key of the whole name."""
        if self.is_person:
            return "|".join((*self.given[:1], self.surname))
        return "".join(self.tokens)

    def alt_key(self) -> str:
        if self.is_person:
            return "|".join((*self.given[:1], self.surname_alt)) if self.surname_alt else ""
        return "".join(self.alt_tokens) if self.alt_tokens != self.tokens else ""


def strip_genitive_mark(text: str) -> str:
    """Remove an apostrophe genitive: "Scholz'" -> "Scholz", "Navalny's" -> "Navalny"."""
    return _GENITIVE_TAIL.sub("", text.strip())


def genitive_stem(word: str) -> str | None:
    """``Baerbocks`` -> ``Baerbock``; None when the word cannot be an s-genitive."""
    if word.endswith("s") and len(word) > 3 and word[-2] not in "sßxz" and word[:1].isupper():
        return word[:-1]
    return None


def weak_e_form(word: str) -> str:
    """``Linken`` -> ``Linke`` (the -e form of a weak -en ending); other words unchanged."""
    if len(word) >= MIN_WEAK_EN and word.endswith("en") and word[-3] != "e":
        return word[:-1]
    return word


def _drop_club_numbers(words: list[str]) -> list[str]:
    """Leave out founding numbers when at least two other words remain."""
    kept = [w for w in words if not _CLUB_NUMBER.fullmatch(w)]
    return kept if len(kept) >= 2 and len(kept) < len(words) else words


def is_acronym(word: str) -> bool:
    """ "EZB", "AfD", "BVerfG", "UNO": short, mostly capitals, no vowel-only lower-case word."""
    letters = [c for c in word if c.isalpha()]
    if not 2 <= len(letters) <= 8 or not word[:1].isupper():
        return False
    caps = len(_ACRONYM_CAPS.findall(word))
    return caps >= 2 and caps * 2 >= len(letters)


def _strip_determiners(tokens: list[str]) -> list[str]:
    while tokens and tokens[0].casefold() in DETERMINERS:
        tokens = tokens[1:]
    return tokens


def _is_descriptor(token: str, next_token: str | None, firstnames: frozenset[str]) -> bool:
    low = token.casefold()
    if token[:1].islower():
        return True  # adjectives and the like: "russische", "frühere"
    if low.endswith(DESCRIPTOR_HEADS):
        return True
    if "-" in token:
        tail = token.rsplit("-", 1)[1]
        if tail and tail not in firstnames and tail[:1].isupper():
            return True  # "Bayern-Profi", "Ex-Ölmagnat"; not "Frank-Walter"
    # "Kiews Bürgermeister", "Frankreichs Präsident": a genitive right before an office
    return next_token is not None and token.endswith("s") and normalise_role(next_token) is not None


def parse_person(text: str, firstnames: frozenset[str] = frozenset()) -> ParsedName | None:
    tokens = _strip_determiners(strip_genitive_mark(text).split())
    roles: list[str] = []
    # drop everything up to the last title or office word: "Frankreichs Präsident Macron"
    last = -1
    for i, tok in enumerate(tokens[:-1]):
        role = normalise_role(tok)
        if role is not None:
            roles.append(role)
            last = i
        elif tok in TITLES or tok.rstrip(".") + "." in TITLES:
            last = i
    tokens = tokens[last + 1 :]
    while (
        len(tokens) > 1
        and (
            tokens[0] in TITLES
            or _is_descriptor(tokens[0], tokens[1] if len(tokens) > 1 else None, firstnames)
        )
        and tokens[0].casefold() not in NAME_PARTICLES
    ):
        tokens = tokens[1:]
    if not tokens:
        return None
    # surname = last token with the particles before it ("Ursula von der Leyen")
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1].casefold() in NAME_PARTICLES:
        k -= 1
    surname_tokens = tokens[k:]
    given_tokens = [t for t in tokens[:k] if not _PATRONYMIC.search(t.casefold())]
    surname_text = " ".join(surname_tokens)
    surname = flat_phonetic(surname_text)
    if not surname:
        return None
    stem = genitive_stem(surname_tokens[-1])
    surname_alt = flat_phonetic(" ".join([*surname_tokens[:-1], stem])) if stem else ""
    given: list[str] = []
    for tok in given_tokens:
        for part in tok.split("-"):
            key = flat_phonetic(part)
            if key and not part.endswith("."):
                given.append(key)
            elif key:
                given.append(key[:1])  # an initial: "G. Müller"
    display = " ".join(tokens)
    return ParsedName("PER", display, tuple(roles), tuple(given), surname, surname_alt)


def flat_phonetic(text: str) -> str:
    keys = phonetic_keys(text)
    return keys[0] if keys else ""


def content_tokens(words: list[str]) -> list[str]:
    """Folded content tokens of an organisation or place name, adjective endings cut from all
    but the last token ("Deutschen Bundesbank" -> deutsch bundesbank)."""
    out: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        f = flat(w)
        if not f or f in FUNCTION_WORDS:
            continue
        if i < n - 1 and len(f) > 4 and w[:1].isupper() and not w.isupper():
            f = _ADJ_ENDING.sub("", f)
        out.append(f)
    return out


def parse_other(text: str, etype: str) -> ParsedName | None:
    raw = strip_genitive_mark(text)
    words = _strip_determiners([w for w in _SPLIT.split(raw.replace("-", " - ")) if w])
    words = [w for w in words if w != "-"]
    while len(words) > 1 and words[-1].rstrip(".") in LEGAL_FORMS:
        words = words[:-1]  # "Deutsche Bahn AG" is "Deutsche Bahn"
    if not words:
        return None
    words = _drop_club_numbers(words)
    tokens = content_tokens(words)
    if not tokens:
        return None
    acronym = flat(words[0]) if len(words) == 1 and is_acronym(words[0]) else ""
    alt = list(tokens)
    stem = genitive_stem(words[-1])
    if stem is not None and flat(words[-1]) == tokens[-1]:
        alt[-1] = flat(stem)
        if words[-1].endswith("es") and len(stem) > 5:
            alt[-1] = flat(stem[:-1])  # "Bundestages" -> bundestag
    elif etype == "ORG" and not acronym and len(words) == 1 and flat(words[0]) == tokens[0]:
        alt[0] = flat(weak_e_form(words[0]))
    display = " ".join(_strip_determiners(raw.split()))
    return ParsedName(etype, display, tokens=tuple(tokens), alt_tokens=tuple(alt), acronym=acronym)


# the longest names in use stay far below these ("Rindfleischetikettierungs...gesetz" has 63)
MAX_NAME_CHARS = 200
MAX_NAME_WORD_CHARS = 80


def parse_name(
    text: str, etype: str, firstnames: frozenset[str] = frozenset()
) -> ParsedName | None:
    """Parse a mention's surface (or base) form; None when nothing name-like is left.

    A surface longer than any name, or with a word longer than any German compound, is none:
    hostile input ("A.A.A." over 30 KB, tagged as one name) would make every key built from
    its parts and suffixes cost time quadratic in its length."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_NAME_CHARS:
        return None
    if any(len(word) > MAX_NAME_WORD_CHARS for word in text.split()):
        return None
    if etype == "PER":
        return parse_person(text, firstnames)
    return parse_other(text, etype)
