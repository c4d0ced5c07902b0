"""Corrections after the CRF and the person rules: lexical heads and shapes the CRF misses.

Each correction looks at word shapes and head nouns, never at single names, and only touches
tokens the CRF left untagged (or a span's type/edges where the heads leave no doubt):

- streets: "Quellenbuschstraße", "Kastanienufer", "Grabbeler Straße" -> LOC;
- currencies after an amount: "30 Cent", "40 Gulden", "1.000 Reichsmark" -> MISC; codes and
  symbols next to an amount: "5 Mrd . EUR", "CHF 7 Mio", "115 Mio . €" -> MISC;
- a surname after a quotation and a speech verb: '" , sagte Quaschnik .' -> PER;
- a gazetteer place after a preposition: "zwischen Gütersloh und ..." -> LOC;
- a name after a place noun: "der Republik Zypern", "im Ortsteil Oberwiesental" -> LOC;
- clubs: "1. FC Nürnberg", "FC Schalke 04" get their number;
- newspapers, broadcasters and universities named by a place adjective or a place:
  "Bremer Zeitung", "Kasseler Neuen Presse", "Bayerischen Rundfunks", "Universität Bielefeld";
- spans never end in a function word or a comma ("David von" -> "David");
- a name right after a noun naming a kind of organisation is ORG: "der Firma Quellwerk",
  "die Rockband Fold Zandura", "das Bankhaus Credito Emiliano" (PER/LOC spans retyped, an
  untagged unknown word tagged).

Chosen by error analysis of 5-fold cross-validation on GermEval 2014 dev; see the README.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.ner.features import FeatureExtractor
from lagebild.ner.rules import apply_rules
from lagebild.ner.scoring import spans

Fix = Callable[[list[str], list[str], FeatureExtractor], None]

_STREET_WORD = re.compile(r"(?:straße|strasse|gasse|allee|damm|ufer|chaussee)$")
# words of this length or less ending in a street head are mostly plain nouns ("Uferdamm")
_STREET_MIN_LEN = 11
_STREET_TOKENS = frozenset(
    ["Straße", "Strasse", "Allee", "Gasse", "Platz", "Weg", "Damm", "Ufer", "Chaussee", "Ring"]
)
_MAX_STREET_TOKENS = 4
_PLACE_ADJ_ER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")

_CURRENCIES = frozenset(
    """Cent Franken Gulden Reichsmark Mark Pfund Dollar US-Dollar Rubel Yen Kronen Euro Taler
    Schilling Lire Peseten Rupien Zloty Forint Yuan Rand Pesos Dinar""".split()
)
# codes and symbols are MISC next to an amount on either side ("5 Mrd . EUR", "CHF 7 Mio")
_CURRENCY_CODES = frozenset(
    "EUR USD CHF GBP JPY CNY RUB SEK NOK DKK PLN CZK HUF DM D-Mark € $ £ ¥".split()
)
_NUMBER = re.compile(r"[\d.,]*\d")
_AMOUNT = re.compile(r"[\d.,]*\d|Mio\.?|Mrd\.?|Millionen|Milliarden|Tausend")

_SPEECH_VERBS = frozenset(
    """sagte sagt sagten so erklärte erklärt betonte betont meinte meint ergänzte kritisierte
    warnte berichtete schreibt schrieb fordert forderte erläuterte""".split()
)
_QUOTE_END = frozenset([",", '"', "“", "«", "”"])
_AFTER_NAME = frozenset([".", ",", ":", ";", "(", '"', "“"])
_NAME_JOINERS = frozenset(["von", "van", "der", "de"])
_NOT_SURNAME = frozenset(
    [
        "city",
        "country",
        "region",
        "geo",
        "orggaz",
        "orghead",
        "role",
        "title",
        "adj",
        "place_gen",
        "compass_place",
        "known",
    ]
)

_PLACE_PREPS = frozenset(["in", "nach", "aus", "bei", "von", "vor", "über", "zwischen", "und"])
_PLACE_FLAGS = frozenset(["city", "country", "region"])
# pycountry countries and regions; the GeoNames city list also holds common nouns ("Zeit")
_STATE_FLAGS = frozenset(["country", "region"])

# nouns that name the kind of place the next word is ("Republik Zypern", "Ortsteil X")
_PLACE_NOUNS = frozenset(
    """Stadt Gemeinde Gemeinden Ortsteil Ortsteilen Dorf Dörfer Kanton Land Landes Fürstentum
    Fürstentums Republik Provinz Region Insel Hauptstadt Landeshauptstadt Kreis Bezirk Stadtteil
    Stadtteils Ort Ortes Bundesland Landkreis Grafschaft Landgrafschaft Herzogtum Herzogtums
    Königreich Königreichs Stadtbezirk Kreisstadt Ortschaft Städte Metropole""".split()
)
_NOT_PLACE_NAME = frozenset(["role", "title", "orghead", "adj", "compound"])

_CLUB_WORDS = frozenset(
    """FC SV VfB VfL TSV SC SpVgg TuS FSV SSV MSV TSG SG BV VfR SpVg FK AS AC SK ESV BSV HSV
    KFC""".split()
)

_MEDIA_HEADS = re.compile(
    r"(?:Zeitung|Tageszeitung|Tageblatt|Tagblatt|Kurier|Rundschau|Allgemeinen?|Presse|"
    r"Nachrichten|Rundfunks?|Morgenpost|Anzeigers?|Abendblatts?|Volksstimme|Landeszeitung|"
    r"Universität|Hochschule|Staatsoper|Philharmoniker|Symphoniker)"
)
_NEW_FREE = frozenset(["Neue", "Neuen", "Neuer", "Freie", "Freien"])
_PLACE_NAMED = frozenset(
    """Universität Hochschule Fachhochschule Universitätsklinikum Akademie Kunsthochschule
    Musikhochschule Landestheater Staatstheater Stadttheater Staatsoper""".split()
)

# nouns naming a kind of organisation (matched as word endings: "Technologie-Konzerns",
# "Spielzeughersteller", "Erstligisten"); the next name is the organisation's
_ORG_KIND_ENDINGS: tuple[str, ...] = tuple(
    """firma konzern konzerns unternehmen unternehmens hersteller herstellers autobauer
    autobauers versicherer versicherers bankhaus versicherung verein vereins club clubs klub
    klubs band partei fluggesellschaft airline reederei verlag verlags sender senders ligist
    ligisten discounter dienstleister dienstleisters anbieter anbieters zulieferer zulieferers
    label labels mannschaft zeitung zeitschrift magazin magazins agentur brauerei kaufhaus bank
    gruppe verband verbandes""".split()
)
_ORG_KIND_MAX_TOKENS = 3

_FUNCTION_TAIL = frozenset("von der die das und in im of the de di a mit zu bei , ( - –".split())


def _set_span(labels: list[str], start: int, end: int, typ: str) -> None:
    labels[start] = "B-" + typ
    for k in range(start + 1, end):
        labels[k] = "I-" + typ


def fix_streets(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """Street names: one-word compounds ("Quellenbuschstraße"), spans ending in a street word,
    "<Xer> Straße" ("Grabbeler Straße")."""
    for i, w in enumerate(words):
        if (
            labels[i] == "O"
            and w[:1].isupper()
            and len(w) >= _STREET_MIN_LEN
            and _STREET_WORD.search(w)
            and "-" not in w[-8:]
        ):
            labels[i] = "B-LOC"
    for start, end, typ in spans(labels):
        last = words[end - 1]
        if (
            typ != "LOC"
            and end - start <= _MAX_STREET_TOKENS
            and (last in _STREET_TOKENS or _STREET_WORD.search(last))
        ):
            _set_span(labels, start, end, "LOC")
    for i in range(1, len(words)):
        if (
            words[i] in _STREET_TOKENS
            and labels[i] == labels[i - 1] == "O"
            and _PLACE_ADJ_ER.fullmatch(words[i - 1])
        ):
            _set_span(labels, i - 1, i + 1, "LOC")


def fix_currencies(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """A currency name right after an amount is MISC ("30 Cent", "5 Mrd. Dollar")."""
    for i in range(1, len(words)):
        if words[i] in _CURRENCIES and labels[i] == "O" and _AMOUNT.fullmatch(words[i - 1]):
            labels[i] = "B-MISC"


def _after_amount(words: list[str], i: int) -> bool:
    if i > 0 and _AMOUNT.fullmatch(words[i - 1]):
        return True
    return i > 1 and words[i - 1] == "." and words[i - 2] in ("Mio", "Mrd")


def fix_currency_codes(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """A currency code or symbol next to an amount is MISC ("5 Mrd . EUR", "115 Mio . €",
    "CHF 7 Mio"), also when the CRF made it ORG or a person with the amount word ("Mio CHF")."""
    n = len(words)
    for i, w in enumerate(words):
        if w not in _CURRENCY_CODES or not (
            _after_amount(words, i) or (i + 1 < n and _NUMBER.fullmatch(words[i + 1]))
        ):
            continue
        if labels[i] != "O":
            start, end = next((s, e) for s, e, _ in spans(labels) if s <= i < e)
            if not all(
                k == i or _AMOUNT.fullmatch(words[k]) or words[k] == "." for k in range(start, end)
            ):
                continue
            for k in range(start, end):
                labels[k] = "O"
        labels[i] = "B-MISC"


def _surname_like(word: str, fx: FeatureExtractor) -> bool:
    return word[:1].isupper() and not word.isupper() and not fx.flags(word) & _NOT_SURNAME


def fix_speakers(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """'" , sagte Quaschnik .' / '" , so van der Linden .': the speaker of a quotation is PER."""
    n = len(words)
    for i in range(2, n):
        if (
            words[i - 1] not in _SPEECH_VERBS
            or words[i - 2] not in _QUOTE_END
            or labels[i] != "O"
            or not _surname_like(words[i], fx)
        ):
            continue
        j = i
        while (
            j < n
            and j - i < 3
            and labels[j] == "O"
            and (_surname_like(words[j], fx) or words[j] in _NAME_JOINERS)
        ):
            j += 1
        if (j >= n or words[j] in _AFTER_NAME) and words[j - 1][:1].isupper():
            _set_span(labels, i, j, "PER")


def fix_places_after_prepositions(
    words: list[str], labels: list[str], fx: FeatureExtractor
) -> None:
    """An untagged gazetteer place after a preposition or "und" is LOC ("nach Gütersloh")."""
    n = len(words)
    for i in range(1, n):
        if (
            labels[i] == "O"
            and words[i - 1] in _PLACE_PREPS
            and (i + 1 >= n or labels[i + 1] == "O")
        ):
            flags = fx.flags(words[i])
            if flags & _PLACE_FLAGS and "known_low" not in flags:
                labels[i] = "B-LOC"


def fix_place_nouns(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """A single name-like word after a place noun is LOC ("der Republik Zypern", "im Ortsteil
    Oberwiesental"); a word the lexicon knows counts only as a listed country or region."""
    n = len(words)
    for i in range(1, n):
        w = words[i]
        if (
            words[i - 1] not in _PLACE_NOUNS
            or labels[i - 1] != "O"
            or labels[i] != "O"
            or not w[:1].isupper()
            or w.isupper()
            or (i + 1 < n and words[i + 1][:1].isupper())
        ):
            continue
        flags = fx.flags(w)
        if not flags & _NOT_PLACE_NAME and ("known" not in flags or flags & _STATE_FLAGS):
            labels[i] = "B-LOC"


def fix_clubs(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """Club spans take their number: "1. FC Nürnberg", "FC Schalke 04"."""
    n = len(words)
    for start, end, typ in sorted(spans(labels)):
        if typ != "ORG" or not any(w in _CLUB_WORDS for w in words[start:end]):
            continue
        if (
            start > 0
            and re.fullmatch(r"\d{1,2}\.", words[start - 1])
            and words[start] in _CLUB_WORDS
            and (start < 2 or labels[start - 2] == "O")
        ):
            _set_span(labels, start - 1, end, "ORG")
        if end < n and re.fullmatch(r"\d{2}", words[end]) and labels[end] == "O":
            labels[end] = "I-ORG"


def _place_adjective(word: str, fx: FeatureExtractor) -> bool:
    """ "Berliner", "Kasseler" (place + -er), "Hessischen", "Bayerische" (adjectives)."""
    if _PLACE_ADJ_ER.fullmatch(word):
        stem = word[:-2]
        res = fx.res
        places = (stem, stem + "e", stem + "en")  # Berliner, Kasseler; Bremer
        if any(p in res.cities or p in res.countries or p in res.regions for p in places):
            return True
    return "adj" in fx.flags(word) or bool(re.fullmatch(r"[A-ZÄÖÜ]\w+isch(?:e|en|er)", word))


def fix_media_and_universities(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """ "Bremer Zeitung", "Kasseler Neuen Presse", "Bayerischen Rundfunks" and
    "Universität Bielefeld", "Technischen Hochschule Aachen" are ORG."""
    n = len(words)
    for i in range(1, n):
        if not _MEDIA_HEADS.fullmatch(words[i]) or labels[i] != "O":
            continue
        j = i - 1
        if j > 0 and words[j] in _NEW_FREE and labels[j] == "O":
            j -= 1
        if labels[j] in ("O", "B-LOC", "B-MISC") and _place_adjective(words[j], fx):
            _set_span(labels, j, i + 1, "ORG")
    for i in range(n - 1):
        if (
            words[i] in _PLACE_NAMED
            and labels[i] in ("O", "I-ORG")
            and labels[i + 1] in ("O", "B-LOC")
            and fx.flags(words[i + 1]) & _PLACE_FLAGS
            and (i + 2 >= n or (labels[i + 2] == "O" and not words[i + 2][:1].isupper()))
        ):
            if labels[i] == "O":
                labels[i] = "B-ORG"
            labels[i + 1] = "I-ORG"


def trim_function_tails(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """A span never ends in a function word or a comma ("David von" -> "David")."""
    for start, end, _ in spans(labels):
        e = end
        while e - 1 > start and words[e - 1] in _FUNCTION_TAIL:
            labels[e - 1] = "O"
            e -= 1


def _org_kind(word: str, fx: FeatureExtractor) -> bool:
    return (
        word[:1].isupper()
        and word.lower().endswith(_ORG_KIND_ENDINGS)
        and not fx.flags(word) & {"role", "title"}
    )


def fix_org_appositions(words: list[str], labels: list[str], fx: FeatureExtractor) -> None:
    """A name right after an organisation-kind noun is ORG: "der Firma Quellwerk" (untagged,
    unknown to the lexicon), "die Rockband Fold Zandura" (PER -> ORG), "das Bankhaus Credito
    Emiliano" (LOC -> ORG). A one-word genitive place stays ("Dienstleister Nordeuropas")."""
    n = len(words)
    for start, end, typ in spans(labels):
        if (
            typ in ("PER", "LOC")
            and start > 0
            and labels[start - 1] == "O"
            and end - start <= _ORG_KIND_MAX_TOKENS
            and _org_kind(words[start - 1], fx)
            and not (end - start == 1 and typ == "LOC" and words[start].endswith("s"))
        ):
            _set_span(labels, start, end, "ORG")
    for i in range(1, n):
        w = words[i]
        if (
            labels[i] == "O"
            and labels[i - 1] == "O"
            and w[:1].isupper()
            and "-" not in w
            and not fx.flags(w) & {"known", "role", "title", "age"}
            and (i + 1 >= n or not words[i + 1][:1].isupper())
            and _org_kind(words[i - 1], fx)
        ):
            labels[i] = "B-ORG"


FIXES: tuple[Fix, ...] = (
    fix_streets,
    fix_currencies,
    fix_currency_codes,
    fix_speakers,
    trim_function_tails,
    fix_places_after_prepositions,
    fix_place_nouns,
    fix_org_appositions,
    fix_clubs,
    fix_media_and_universities,
)


def apply_postfix(
    words: list[str],
    labels: list[str],
    fx: FeatureExtractor,
    fixes: tuple[Fix, ...] = FIXES,
) -> list[str]:
    """``labels`` after the corrections in ``fixes`` (default: all), as a new list."""
    out = list(labels)
    for fix in fixes:
        fix(words, out, fx)
    return out


def correct(words: list[str], crf: list[str], fx: FeatureExtractor) -> list[str]:
    """The CRF's labels for ``words`` after the rules (``apply_rules``) and then every post-CRF
    correction: the chain the recogniser and the training script's scoring share."""
    return apply_postfix(words, apply_rules(words, crf, fx), fx)
