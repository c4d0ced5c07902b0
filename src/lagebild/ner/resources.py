"""The data files the recogniser reads: model, first names, word clusters, places.

All files live in ``src/lagebild/models/`` and are written by ``scripts/train_ner.py``; countries
and regions come from pycountry (German names) at load time.
"""

from __future__ import annotations

import gettext
import gzip
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.ner import lexicon

log = logging.getLogger(__name__)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_FILE = "ner-de.crfsuite"
FIRSTNAMES_FILE = "ner-firstnames-de.txt"
CLUSTERS_FILE = "ner-clusters-de.tsv.gz"
CITIES_FILE = "ner-cities.txt"
SUFFIXES_FILE = "ner-suffixes-de.tsv"
NAMES_INTL_FILE = "ner-names-intl.tsv"
USE_CLUSTERS_FILE = "ner-use-clusters.tsv.gz"


class ResourceError(RuntimeError):
    """A model or gazetteer file is missing or malformed."""


@dataclass(slots=True)
class Resources:
    """Gazetteers and word clusters used as features."""

    firstnames: dict[str, int] = field(default_factory=dict)  # name -> frequency bucket
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> cluster ids
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    cities: frozenset[str] = lexicon.CITIES
    suffixes: dict[str, str] = field(default_factory=dict)  # suffix -> "LOC8", "FN7", "NOUN9"
    # first token -> multi-token names starting with it (longest first), with their type
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # surnames and given names of many countries (Faker's name lists)
    surnames: frozenset[str] = frozenset()
    firstnames_intl: frozenset[str] = frozenset()
    # word -> k-means cluster ids of its token embedding in the multilingual sentence encoder
    use_clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path = MODELS_DIR, *, with_clusters: bool = True) -> Resources:
        fn_path = directory / FIRSTNAMES_FILE
        if not fn_path.exists():
            raise ResourceError(f"{fn_path} is missing; run scripts/train_ner.py to build it")
        firstnames = read_firstnames(fn_path)
        clusters: dict[str, tuple[str, ...]] = {}
        cl_path = directory / CLUSTERS_FILE
        if with_clusters:
            if not cl_path.exists():
                raise ResourceError(f"{cl_path} is missing; run scripts/train_ner.py to build it")
            clusters = read_clusters(cl_path)
        countries, regions = pycountry_places()
        cities: set[str] = set(lexicon.CITIES)
        multi: set[str] = set()
        ci_path = directory / CITIES_FILE
        if ci_path.exists():
            for (name,) in data_rows(ci_path):
                cities.add(name)
                if " " in name:
                    multi.add(name)
                cities.update(p for p in name.replace("-", " ").split() if len(p) > 3)
        entries = [(n, "LOC") for n in (*countries, *regions, *multi) if " " in n]
        entries += [(n.replace("_", " "), "ORG") for n in lexicon.ORGANISATIONS if "_" in n]
        suffixes: dict[str, str] = {}
        sx_path = directory / SUFFIXES_FILE
        if sx_path.exists():
            for sfx, cls_, bucket in data_rows(sx_path):
                suffixes[sfx] = cls_ + bucket
        surnames: set[str] = set()
        firstnames_intl: set[str] = set()
        ni_path = directory / NAMES_INTL_FILE
        if ni_path.exists():
            for name, *rest in data_rows(ni_path):
                kinds = rest[0] if rest else ""
                if "S" in kinds:
                    surnames.add(name)
                if "F" in kinds:
                    firstnames_intl.add(name)
        use_clusters: dict[str, tuple[str, ...]] = {}
        uc_path = directory / USE_CLUSTERS_FILE
        if with_clusters and uc_path.exists():
            use_clusters = read_clusters(uc_path)
        return cls(
            firstnames,
            clusters,
            countries,
            regions,
            frozenset(cities),
            suffixes,
            build_phrases(entries),
            frozenset(surnames),
            frozenset(firstnames_intl),
            use_clusters,
        )


def build_phrases(entries: list[tuple[str, str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Index multi-token names by first token, adding inflected forms ("Vereinigten Staaten",
    "Weißen Hauses") so that names after a preposition or article still match."""
    seen: dict[tuple[str, ...], str] = {}
    for name, typ in entries:
        words = tuple(name.replace(",", "").split())
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        weak = tuple(
            w + "n" if i < len(words) - 1 and w.endswith("e") else w for i, w in enumerate(words)
        )
        for variant in (words, weak, (*weak[:-1], weak[-1] + "s"), (*weak[:-1], weak[-1] + "es")):
            seen.setdefault(variant, typ)
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, typ in seen.items():
        out.setdefault(words[0], []).append((words, typ))
    for lst in out.values():
        lst.sort(key=lambda e: -len(e[0]))
    return out


def data_rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated fields of a shipped list, skipping ``#`` comments and blank lines (a
    single-column line comes back stripped)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            yield [fields[0].strip()] if len(fields) == 1 else fields


def read_firstnames(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, *rest in data_rows(path):
        out[name] = int(rest[0] or 0) if rest else 0
    return out


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out


def pycountry_places() -> tuple[frozenset[str], frozenset[str]]:
    """German names of countries (ISO 3166-1) and regions (ISO 3166-2) with their name parts."""
    import pycountry

    countries: set[str] = set()
    regions: set[str] = set()
    de1: gettext.NullTranslations
    de2: gettext.NullTranslations
    try:
        de1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        de2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    except OSError as exc:  # pycountry without locales: fall back to English names
        log.warning("pycountry has no German locale (%s); using English place names", exc)
        de1 = de2 = gettext.NullTranslations()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                countries.add(de1.gettext(value))
                countries.add(value)
    for s in pycountry.subdivisions:
        regions.add(de2.gettext(s.name))
        regions.add(s.name)
    # single-word parts ("Vereinigte Staaten" -> "Staaten" is too general, so keep only
    # capitalised words that are not common German nouns of such names)
    generic = {
        "Republik",
        "Staaten",
        "Staat",
        "Vereinigte",
        "Vereinigtes",
        "Königreich",
        "Inseln",
        "Islamische",
        "Demokratische",
        "Volksrepublik",
        "Föderation",
        "Bundesrepublik",
    }
    country_parts = {
        w
        for n in countries
        for w in n.replace(",", " ").split()
        if w[:1].isupper() and w not in generic and len(w) > 2
    }
    region_parts = {
        w for n in regions for w in n.replace(",", " ").split() if w[:1].isupper() and len(w) > 3
    }
    return frozenset(countries | country_parts), frozenset(regions | region_parts)
