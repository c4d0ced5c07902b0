"""What two articles share beyond their wording: the signals that survive a paraphrase.

A rewrite swaps words and reorders clauses, but keeps the facts: the same names and numbers
in the same order, and sentence by sentence the same content words (as lemmas). Two
independent reports on one event share names and numbers too, but not a sentence-by-sentence
alignment over the whole text. :func:`pair_features` turns a pair into numbers a small
logistic model (``scoring.py``) weighs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
import simplemma
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from lagebild.dedup.exact import text_hash
from lagebild.dedup.minhash import U32, MinHasher, containment, jaccard
from lagebild.model import Article

_SENT = re.compile(r"(?<=[.!?:;])\s+(?=[A-ZÄÖÜ„\"»0-9])|\n\s*\n")
_TOKEN = re.compile(r"\w[\w.,-]*\w|\w")
_QUOTE = re.compile(r"[„\"»«“]([^„\"»«“”]{12,300})[“”\"«»]")
# Cited sources written in the text, when the clean step left ``cites`` empty.
_CITE_PHRASE = re.compile(
    r"(?:(?i:wie)\s+(?:die|der|das|den)?\s*|(?i:laut)\s+|Quellen?:\s*"
    r"|berichtete[n]?\s+(?:die|der|das)?\s*|(?i:nach)\s+Angaben\s+(?:der|des|von)\s+)"
    r"((?:[A-ZÄÖÜ][\w.-]*(?:\s|$)){1,4}|[\w-]+\.(?:de|at|ch|com|example|net|org))"
)

# Function words and reporting verbs that carry no content (lemmas, lower case).
STOPWORDS = frozenset(
    """
    der die das ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis
    da dass dem den des durch für gegen im in ins ist mit nach nicht noch nun nur ob so sein
    seit sich sie er es wir ihr ich man um unter von vor wie wird werden wurde zu zum zur über
    haben hat hatte sind war waren kann können soll sollen muss müssen will wollen dies diese
    dieser dieses jede jeder jedes kein keine mehr sehr schon bereits jedoch allerdings zudem
    außerdem sowie etwa rund dabei damit dafür daher deshalb dann denn doch hier dort wo was
    wer wenn weil während nachdem obwohl sagen erklären betonen teilen mitteilen berichten
    melden laut zufolge demnach heißen geben gehen kommen stehen liegen bleiben machen lassen
    welch welche welcher alle alles viele einige mehrere andere anderen weitere weiteren neu
    ab zwischen ohne sei seien habe hätten wäre würde seine ihre ihren seinen ihrem seinem
    """.split()
)
MAX_SENTENCES = 300  # sentences profiled per article: bounds alignment cost on huge inputs
ALIGN_MIN = 0.25  # lemma Jaccard from which two sentences count as telling the same
# (calibrated on bench/dedup.py: paraphrased sentence pairs 0.25-0.6, unrelated ones < 0.15)

FEATURES = (
    "jaccard",
    "containment",
    "align_short",
    "align_long",
    "align_mean",
    "order",
    "anchor_seq",
    "numbers",
    "title",
    "lemma_cos",
)


@dataclass(frozen=True, slots=True)
class CopyDoc:
    """The fields of an article that copy detection reads."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: float | None = None  # epoch seconds, None when unknown
    cites: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # entity mention base forms, when NER ran
    language: str | None = None  # ISO 639-1 from the language step; guessed when None

    @classmethod
    def from_article(cls, a: Article) -> CopyDoc:
        return cls(
            id=a.id,
            text=a.text or a.body,
            title=a.title,
            outlet=a.outlet,
            url=a.url,
            published=parse_time(a.published),
            cites=tuple(a.cites),
            names=tuple(m.base or m.text for m in a.mentions if m.type in ("PER", "ORG", "LOC")),
            language=a.language,
        )


# Function words that tell German from English text when the language step has not run.
_FUNCTION_WORDS = {
    "de": frozenset(
        "der die das und ist nicht mit den dem ein eine sich auf für von zu im".split()
    ),
    "en": frozenset("the and is not with of to in a an that for on was were by has have".split()),
}


def guess_language(text: str) -> str | None:
    """'de' or 'en' by function-word counts over the first 200 words; None if unclear."""
    words = re.findall(r"[a-zäöüß]+", text[:2000].casefold())[:200]
    counts = {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    others = [v for k, v in counts.items() if k != best]
    return best if counts[best] >= 5 and counts[best] >= 2 * max(others) else None


def parse_time(value: str | None) -> float | None:
    """Epoch seconds of an ISO 8601 date/time (naive values taken as UTC), None if unreadable."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


@dataclass(slots=True)
class Profile:
    """Per-article signals, computed once and reused for every candidate pair."""

    doc: CopyDoc
    text_hash: str
    signature: U32
    shingles: int
    sentences: list[str]
    sent_lemmas: list[frozenset[str]]
    lemma_counts: Counter[str]
    anchors: list[str]  # numbers and capitalised non-initial words (names, nouns) in text order
    index_tokens: frozenset[str]  # keys for the rare-anchor index: anchors plus NER names
    numbers: frozenset[str]
    title_lemmas: frozenset[str]
    quotes: list[str]  # quoted passages: evidence only (independent reports share quotes too)
    cited: frozenset[str]  # normalised names of cited sources
    outlet_keys: frozenset[str]  # normalised outlet name and URL host
    language: str | None
    embeddings: npt.NDArray[np.float32] | None = field(default=None)
    # built on first use by align() and pair_features(): lemma -> indices of the sentences
    # that contain it, and the Euclidean norm of lemma_counts
    sentence_index: dict[str, list[int]] | None = field(default=None)
    lemma_norm: float | None = field(default=None)


def norm_key(name: str) -> str:
    """Comparable form of an outlet or source name: 'www.Spiegel.de' -> 'spiegel'."""
    s = name.strip().casefold()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    s = re.sub(r"\.(?:de|at|ch|com|net|org|example|eu|info)(?:/.*)?$", "", s)
    s = re.sub(r"^(?:der|die|das)\s+", "", s)
    return re.sub(r"[^\w]+", " ", s).strip()


def warm_up_lemmas() -> None:
    """Load simplemma's German dictionary now (about 1 s) rather than on the first lemma."""
    simplemma.lemmatize("Haus", lang="de")


@functools.lru_cache(maxsize=65_536)
def _lemma(token: str) -> str:
    """Case-folded German lemma (cached: the same word forms recur across articles)."""
    return str(simplemma.lemmatize(token, lang="de")).casefold()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s and len(s.strip()) > 1]


def build_profile(
    doc: CopyDoc, hasher: MinHasher, signature: tuple[U32, int] | None = None
) -> Profile:
    sig, n_sh = signature if signature is not None else hasher.signature(doc.text)
    sents = sentences(doc.text)[:MAX_SENTENCES]
    sent_lemmas: list[frozenset[str]] = []
    counts: Counter[str] = Counter()
    anchors: list[str] = []
    numbers: set[str] = set()
    for s in sents:
        lem: set[str] = set()
        for i, m in enumerate(_TOKEN.finditer(s)):
            tok = m.group(0)
            if not tok.isalpha() and any(c.isdigit() for c in tok):
                num = tok.rstrip(".,")
                anchors.append(num)
                numbers.add(num)
                lem.add(num)
                continue
            low = _lemma(tok)
            if low in STOPWORDS or len(low) < 3:
                continue
            lem.add(low)
            if i > 0 and tok[0].isupper():
                anchors.append(low)
        sent_lemmas.append(frozenset(lem))
        counts.update(lem)
    # NER names widen the candidate keys only: the pair features stay as calibrated
    index_tokens = frozenset(anchors) | {_lemma(n) for n in doc.names if n.strip()}
    cited = {norm_key(c) for c in doc.cites if c.strip()}
    if not cited:
        cited = {norm_key(m.group(1)) for m in _CITE_PHRASE.finditer(doc.text)}
    keys = set()
    if doc.outlet:
        keys.add(norm_key(doc.outlet))
    if doc.url:
        host = urlsplit(doc.url).hostname
        if host:
            keys.add(norm_key(host))
    title_lemmas = (
        frozenset(
            _lemma(m.group(0)) for m in _TOKEN.finditer(doc.title or "") if len(m.group(0)) > 2
        )
        - STOPWORDS
    )
    return Profile(
        doc=doc,
        text_hash=text_hash(doc.text),
        signature=sig,
        shingles=n_sh,
        sentences=sents,
        sent_lemmas=sent_lemmas,
        lemma_counts=counts,
        anchors=anchors,
        index_tokens=index_tokens,
        numbers=frozenset(numbers),
        title_lemmas=title_lemmas,
        quotes=[m.group(1) for m in _QUOTE.finditer(doc.text)],
        cited=frozenset(c for c in cited if c),
        outlet_keys=frozenset(k for k in keys if k),
        language=(doc.language or guess_language(doc.text) or "").split("-")[0].casefold() or None,
    )


def _jacc(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _lis_length(seq: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentence pairs (index in a, index in b, lemma Jaccard) that tell the same."""

    pairs: list[tuple[int, int, float]]
    best_a: list[float]  # best score per sentence of a
    best_b: list[float]


def _sentence_index(p: Profile) -> dict[str, list[int]]:
    if p.sentence_index is None:
        index: dict[str, list[int]] = {}
        for j, lemmas in enumerate(p.sent_lemmas):
            for w in lemmas:
                index.setdefault(w, []).append(j)
        p.sentence_index = index
    return p.sentence_index


def align(a: Profile, b: Profile) -> Alignment:
    """Best-matching sentence of b for each sentence of a by content-lemma Jaccard."""
    sa, sb = a.sent_lemmas, b.sent_lemmas
    if not sa or not sb:
        return Alignment([], [0.0] * len(sa), [0.0] * len(sb))
    # only sentence pairs that share a lemma are scored (the others are 0): b's inverted index
    # counts the shared lemmas of each pair
    index = _sentence_index(b)
    len_b = [len(y) for y in sb]
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, x in enumerate(sa):
        shared: dict[int, int] = {}
        for w in x:
            for j in index.get(w, ()):
                shared[j] = shared.get(j, 0) + 1
        len_x = len(x)
        for j, inter in shared.items():
            rows.append(i)
            cols.append(j)
            values.append(inter / (len_x + len_b[j] - inter))
    m = np.zeros((len(sa), len(sb)), dtype=np.float64)
    if values:
        m[rows, cols] = values
    jb = m.argmax(axis=1)
    best = m[np.arange(len(sa)), jb]
    pairs = [(i, int(jb[i]), float(best[i])) for i in np.flatnonzero(best >= ALIGN_MIN).tolist()]
    return Alignment(pairs, best.tolist(), m.max(axis=0).tolist())


def _lemma_norm(p: Profile) -> float:
    if p.lemma_norm is None:
        p.lemma_norm = sum(v * v for v in p.lemma_counts.values()) ** 0.5
    return p.lemma_norm


def pair_features(a: Profile, b: Profile, al: Alignment | None = None) -> list[float]:
    """The :data:`FEATURES` of a pair (symmetric in a and b)."""
    al = al or align(a, b)
    j = jaccard(a.signature, b.signature)
    c = containment(j, a.shingles, b.shingles)
    na, nb = len(a.sent_lemmas), len(b.sent_lemmas)
    short_best, long_best = (al.best_a, al.best_b) if na <= nb else (al.best_b, al.best_a)
    align_short = sum(x >= ALIGN_MIN for x in short_best) / max(1, len(short_best))
    align_long = sum(x >= ALIGN_MIN for x in long_best) / max(1, len(long_best))
    align_mean = float(np.mean(short_best)) if short_best else 0.0
    order = _lis_length([p[1] for p in al.pairs]) / len(al.pairs) if len(al.pairs) > 1 else 0.0
    anchor_seq = (
        float(Indel.normalized_similarity(a.anchors, b.anchors)) if a.anchors and b.anchors else 0.0
    )
    numbers = _jacc(a.numbers, b.numbers)
    title = _jacc(a.title_lemmas, b.title_lemmas)
    common = set(a.lemma_counts) & set(b.lemma_counts)
    dot = sum(a.lemma_counts[w] * b.lemma_counts[w] for w in common)
    na2, nb2 = _lemma_norm(a), _lemma_norm(b)
    lemma_cos = dot / (na2 * nb2) if na2 and nb2 else 0.0
    return [j, c, align_short, align_long, align_mean, order, anchor_seq, numbers, title, lemma_cos]


def shared_quotes(a: Profile, b: Profile, min_ratio: float = 85.0) -> list[str]:
    """Quoted passages of a that b quotes too (near-verbatim), in a's order."""
    return [q for q in a.quotes if any(fuzz.ratio(q, r) >= min_ratio for r in b.quotes)]


def languages_differ(a: Profile, b: Profile) -> bool:
    return a.language is not None and b.language is not None and a.language != b.language


def cites_other(copy: Profile, original: Profile) -> bool:
    """Whether ``copy`` names ``original``'s outlet (or its web host) as a source."""
    return any(
        c == k or (len(k) > 3 and (c.startswith(k) or k.startswith(c)))
        for c in copy.cited
        for k in original.outlet_keys
    )
