"""Mine organisation names from unlabelled German text with high-precision patterns.

Writes ``ner-orgs-de.txt`` into ``--out`` (one name a line, tokens separated by spaces; only the
names, no text). Tried as a CRF feature and not shipped (no gain on 5-fold dev CV, see
``src/lagebild/ner/README.md``), so nothing in the package reads the list. Source: the 10kGNAD test articles and the Europeana newspaper tokens (labels
are not read). Patterns:

- a capitalised word sequence before a legal form: "Deutsche Bank AG", "Bertelsmann SE"
- a long form before its acronym in parentheses: "Europäische Zentralbank ( EZB )" gives both
- an article, an organisation head noun and a name: "die Gewerkschaft Verdi", "der Autobauer
  Volkswagen" give "Verdi", "Volkswagen"

A name found by the apposition pattern only must be seen ``MIN_APPOSITION`` times. Usage:
``.venv/bin/python scripts/mine_orgs.py --out DIR [--show N]``.
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import read_europeana, read_gnad_sentences

from lagebild.ner.resources import Resources

log = logging.getLogger("mine_orgs")

LEGAL_FORMS = frozenset(
    "AG GmbH SE KG KGaA e.V. eV Holding Inc. Inc Ltd. Ltd Corp. Corporation plc PLC S.A. SA "
    "N.V. NV Co. OHG GesmbH Gruppe Group".split()
)
ARTICLES = frozenset("der die des dem den Der Die Des Dem Den".split())
# head nouns (or compound tails) of an organisation in an apposition "der <head> <Name>"
APPO_HEADS = (
    "gewerkschaft",
    "partei",
    "konzern",
    "verband",
    "bank",
    "club",
    "klub",
    "verein",
    "stiftung",
    "institut",
    "ministerium",
    "autobauer",
    "hersteller",
    "unternehmen",
    "firma",
    "airline",
    "fluglinie",
    "fluggesellschaft",
    "sender",
    "netzwerk",
    "organisation",
    "versicherer",
    "händler",
    "zeitung",
    "magazin",
    "rüstungskonzern",
    "dienstleister",
    "anbieter",
    "ratingagentur",
    "agentur",
)
# lower-case words allowed inside a long form before an acronym
INNER = frozenset("für der des und von zur zum am im de of for the and".split())
# long forms of places, not organisations
PLACE_WORDS = frozenset("Staaten Republik Emirate Königreich Union Föderation".split())
_CAP = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß&.'-]*$")
# two capitals at least: "EZB", "IStGH", "BAMF"
_ACR = re.compile(r"^(?=(?:.*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-ZÄÖÜa-z&-]{1,7}$")
MAX_NAME = 4
MAX_ENTRIES = 5000
# how often a name must follow "der <head>" to be kept (when no other pattern finds it)
MIN_APPOSITION = 1
ORGS_FILE = "ner-orgs-de.txt"


def _cap(w: str) -> bool:
    return bool(_CAP.match(w)) and w not in ARTICLES and w not in LEGAL_FORMS


def legal_form_names(words: list[str]) -> Iterable[str]:
    """ "Deutsche Bank AG" -> "Deutsche Bank AG" (the name with its legal form)."""
    for i, w in enumerate(words):
        if w not in LEGAL_FORMS or i == 0:
            continue
        j = i
        while j > 0 and i - j < MAX_NAME and (_cap(words[j - 1]) or words[j - 1] == "&"):
            j -= 1
        if words[j] == "&":
            j += 1
        if j == 0:  # the sentence start: a capitalised first word may be any word
            j += 1
            while j < i and not _cap(words[j]):
                j += 1
        if j < i:
            yield " ".join(words[j : i + 1])


def _initials_match(long: list[str], acr: str) -> bool:
    """The acronym starts with the first initial and holds at least two of the capitalised
    words' initials in order ("Bundesamt für Migration und Flüchtlinge" - "BAMF")."""
    caps = [w[0] for w in long if w[:1].isupper()]
    if len(caps) < 2 or caps[0] != acr[0]:
        return False
    k = 1
    for ch in acr[1:]:
        if k < len(caps) and ch == caps[k]:
            k += 1
    return (k >= 2 and k == len(caps)) or k >= 3


def acronym_names(words: list[str]) -> Iterable[str]:
    """ "Europäische Zentralbank ( EZB )" -> the long form and "EZB"."""
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")" or not _ACR.match(words[i + 1]):
            continue
        acr = words[i + 1]
        j = i
        while j > 0 and i - j < 6 and (_cap(words[j - 1]) or words[j - 1] in INNER):
            j -= 1
        while j < i and not _cap(words[j]):
            j += 1
        long = words[j:i]
        if j == 0 and long:  # do not trust a sentence-initial first word
            long = long[1:]
            while long and not _cap(long[0]):
                long = long[1:]
        if len(long) < 2 or any(w in PLACE_WORDS for w in long):
            continue
        if not _initials_match(long, acr):
            continue
        yield " ".join(long)
        yield acr


def appo_names(words: list[str], known: Callable[[str], bool]) -> Iterable[str]:
    """ "der Autobauer Volkswagen" -> "Volkswagen" (capitalised, not a known common word)."""
    for i in range(1, len(words) - 1):
        if words[i - 1] not in ARTICLES:
            continue
        low = words[i].lower()
        if not words[i][:1].isupper() or not low.endswith(APPO_HEADS):
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and _cap(words[j]):
            j += 1
        name = words[i + 1 : j]
        if not name:
            continue
        # "die Partei Die Linke" is fine, "der Konzern Montag" (a known word) is not
        if len(name) == 1 and known(name[0]) and not _ACR.match(name[0]):
            continue
        if known("#" + name[0]):  # a first name or a place: a person or a team, not an org
            continue
        if j < len(words) and words[j] in LEGAL_FORMS:
            continue  # the legal-form pattern takes it
        yield " ".join(name)


def mine(sentences: Iterable[list[str]], known: Callable[[str], bool]) -> list[str]:
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    for words in sentences:
        strong.update(legal_form_names(words))
        strong.update(acronym_names(words))
        weak.update(appo_names(words, known))
    counts = Counter({n: c for n, c in weak.items() if c >= MIN_APPOSITION})
    counts.update(strong)
    names = [n for n, _ in counts.most_common(MAX_ENTRIES)]
    log.info(
        "mined %d names (%d strong, %d apposition)",
        len(names),
        len(strong),
        sum(1 for c in weak.values() if c >= MIN_APPOSITION),
    )
    return sorted(names)


def build_orgs(dest: Path) -> list[str]:
    import simplemma

    res = Resources.load(with_clusters=False)

    def known(word: str) -> bool:
        if word.startswith("#"):
            w = word[1:]
            return w in res.firstnames or w in res.cities or w in res.countries
        return bool(simplemma.is_known(word, lang="de"))

    sentences = read_gnad_sentences() + [w for w, _ in read_europeana(clean=False)]
    names = mine(sentences, known)
    with dest.open("w", encoding="utf-8") as f:
        f.write(
            "# organisation names mined by scripts/mine_orgs.py from unlabelled text "
            "(10kGNAD test articles, Europeana tokens); names only\n"
        )
        for n in names:
            f.write(n + "\n")
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument("--show", type=int, default=0, help="print N random entries")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    names = build_orgs(args.out / ORGS_FILE)
    if args.show:
        for n in random.Random(0).sample(names, min(args.show, len(names))):
            print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
