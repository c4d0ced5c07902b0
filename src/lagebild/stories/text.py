"""What the story clustering sees of an article: a few sparse term-count representations.

Following Miranda et al. (2018), an article is described by several bags of terms that fail in
different ways: words (exact wording), lemmas (inflection), character n-grams inside words
(German compounds: "Hagelunwetter" shares "unwet" with "Unwetter"), entities (names survive
paraphrase and translation) and the title (short, but the densest statement of the event).
Every term carries a one-letter namespace prefix so one document-frequency table serves all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from lagebild.model import Article

#: representations, in the order of the feature vector
REPRESENTATIONS = ("words", "lemmas", "chars", "entities", "title")
PREFIX = {"words": "w:", "lemmas": "l:", "chars": "c:", "entities": "e:", "title": "t:"}

# Cost caps: the lead of an article names the event; the tail adds cost, not signal.
BODY_MAX_TOKENS = 400  # word/lemma/entity tokens read from title + body
CHAR_MAX_TOKENS = 80  # tokens (title + lead) cut into character n-grams
CHAR_N = 5  # n-gram length; 5 keeps compound parts ("unwet", "streik") and few chance hits
CHAR_MIN_WORD = 6  # shorter words are covered by the word representation
# Title case: English headlines often capitalise every content word ("Fed Official Says Weak
# Data Caused By Weather"), so capitalisation there says nothing about names. A headline counts
# as title case when at least TITLE_CASE_SHARE of its words of TITLE_CASE_MIN_LEN+ letters
# after the first (TITLE_CASE_MIN_WORDS at least) are capitalised; then a word is taken as a
# name only when the corpus has seen it capitalised inside a sentence-case sentence more often
# than in lower case (case evidence, counted per document in the document frequencies under
# the CASE_UPPER / CASE_LOWER namespaces). Only for languages with that headline convention:
# in German every noun is capitalised and a sentence-case headline can look like title case.
TITLE_CASE_LANGS = frozenset({"en"})
# A bare headline (feed item, headline data) often comes with its link, and the link's slug
# ("/wirtschaft/opel-werk-eisenach-kurzarbeit-verlaengert-a-123.html") often names what the
# headline leaves out. The words of the longest hyphenated path segment that the headline does
# not already contain count as words of the item's body (words, lemmas, character n-grams; not
# names: a slug is lower case), at most SLUG_MAX_WORDS, and only while the item is title-only.
# Decided on the UCI tuning half (bench/stories.py, BCubed F1 over its three arrival orders
# 0.898/0.905/0.901 -> 0.906/0.913/0.909, the headline model not refitted); report half then
# 0.842 -> 0.853 (shuffled orders 0.836/0.852 -> 0.859/0.858). ECB+ has no links: unchanged.
SLUG_MIN_SEPARATORS = 2
SLUG_MIN_LEN = 3
SLUG_MAX_WORDS = 12
SLUG_NOISE = frozenset(
    "html htm shtml php aspx asp cms story stories article artikel news index amp id".split()
)
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_LEN = 4
TITLE_CASE_MIN_WORDS = 3
CASE_UPPER = "k:"  # documents that capitalise the word inside a sentence-case sentence
CASE_LOWER = "m:"  # documents that write the word in lower case

_SLUG_SPLIT = re.compile(r"[-_.,+~]+")
_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
_SENT_BREAK = re.compile(r"[.!?:;\"“”„»«]|\n")
_LEAD = re.compile(r".{20,200}?[.!?](?=\s|$)", re.S)
_ISO = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)

STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf
    aus bei bis da dass dem durch für gegen im in ins ist mit nach nicht noch nun nur ob so sein
    seit sich sie er es wir ihr ich man um unter von vor wie wird werden wurde wurden zu zum zur
    über haben hat hatte hatten sind war waren kann können konnte soll sollen sollte muss müssen
    will wollen dies diese dieser dieses jede jeder jedes kein keine keinen mehr sehr schon
    bereits jedoch allerdings zudem außerdem sowie etwa rund dabei damit dafür daher deshalb dann
    denn doch hier dort wo was wer wenn weil während nachdem obwohl laut zufolge demnach welche
    welcher welches alle alles viele einige mehrere andere anderen weitere weiteren ab zwischen
    ohne sei seien habe hätten wäre würde würden seine seiner ihre ihren ihrer seinen ihrem
    seinem sagte sagt heißt gibt geht bisher jetzt heute gestern morgen immer wieder einem
    the a an and or but of to in on at by for with from as is are was were be been being has
    have had it its this that these those he she they we you i his her their our not no will
    would can could should may might must shall do does did said says also after before over
    into about than then there here which who whom whose what when where why how all any each
    more most other some such only own same so too very just up out new one two first last
    """.split()
)


@dataclass(slots=True)
class StoryDoc:
    """The clustering's view of one article (plain data, built from an Article or a bench row)."""

    id: str
    title: str
    text: str = ""
    time: float | None = None  # days since 1970-01-01 UTC; None when the date is unknown
    published: str | None = None  # as stored, for story start/end
    entities: list[str] = field(default_factory=list)  # names from the NER step, may be empty
    entity_ids: list[str] = field(default_factory=list)  # canonical ids (entity step), may be empty
    language: str | None = None
    links: list[str] = field(default_factory=list)  # ids of copies/originals (links table)
    url: str | None = None  # the article's link: its slug speaks for a bare headline


@dataclass(slots=True)
class Bags:
    """Term counts per representation (terms carry their namespace prefix)."""

    reps: dict[str, Counter[str]]
    names: dict[str, str]  # entity term -> display form
    title_only: bool
    headline: str  # the title, or the lead sentence when there is none
    # unit multilingual embedding of the headline (+ lead), set by the engine; None if empty
    emb: npt.NDArray[np.float32] | None = None
    # case evidence of this document (CASE_UPPER/CASE_LOWER terms, see TITLE_CASE_SHARE)
    case: set[str] = field(default_factory=set)
    # capitalised headline words (``headline_words``), None between phrases: the engine keeps
    # the sure ones and those the corpus's case evidence shows to be names (``name_guesses``)
    pending_names: list[tuple[str, bool] | None] = field(default_factory=list)
    # pending headline words (case-folded) the language's lemma dictionary does not know: the
    # names the engine assumes when the corpus has no case evidence for a word at all
    unknown_words: set[str] = field(default_factory=set)


def parse_days(value: str | None) -> float | None:
    """Days since the epoch of an ISO 8601 date or timestamp (any precision), else None."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    year, month, day, hh, mm, ss, tz = m.groups()
    try:
        dt = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hh or 12 if day else 0),
            int(mm or 0),
            int(ss or 0),
            tzinfo=UTC,
        )
    except ValueError:
        return None
    days = dt.timestamp() / 86400.0
    if tz and tz != "Z":
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        days -= sign * (int(digits[:2]) + int(digits[2:]) / 60.0) / 24.0
    return days


def doc_from_article(article: Article, links: list[str] | None = None) -> StoryDoc:
    """The StoryDoc of a stored article; the title falls back to nothing (the lead stands in)."""
    names: list[str] = []
    ids: list[str] = []
    for m in article.mentions:
        name = (m.base or m.text).strip()
        if name:
            names.append(name)
        if m.entity and m.entity not in ids:
            ids.append(m.entity)
    text = article.text or article.body
    title = (article.title or "").strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return StoryDoc(
        id=article.id,
        title=title,
        text=text,
        time=parse_days(article.published),
        published=article.published,
        entities=names,
        entity_ids=ids,
        language=article.language,
        links=list(links or []),
        url=article.url,
    )


def slug_words(url: str | None) -> list[str]:
    """The words of a link's slug: the path segment with the most word separators (at least
    SLUG_MIN_SEPARATORS), split there, letters only, without file endings and CMS words."""
    if not url:
        return []
    path = url.split("://", 1)[-1].partition("/")[2]
    path = path.split("?", 1)[0].split("#", 1)[0]
    best, seps = "", 0
    for seg in path.split("/"):
        n = len(_SLUG_SPLIT.findall(seg))
        if n > seps:
            best, seps = seg, n
    if seps < SLUG_MIN_SEPARATORS:
        return []
    return [
        w.casefold()
        for w in _SLUG_SPLIT.split(best)
        if len(w) >= SLUG_MIN_LEN and w.isalpha() and w.casefold() not in SLUG_NOISE
    ]


def _bare(token: str) -> str:
    """A token without edge dots and apostrophes, and without a possessive "'s" ("Snowden's"
    is "Snowden"; also the German "Merkel's" some outlets write)."""
    token = token.strip(".'’")
    if len(token) > 3 and token[-2] in "'’" and token[-1] in "sS":
        token = token[:-2]
    return token


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _lang(language: str | None) -> str:
    if language:
        code = language.split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return "de"


def heuristic_names(text: str, max_tokens: int = BODY_MAX_TOKENS) -> list[str]:
    """Capitalised words that do not open a sentence, and pairs of adjacent ones ("Maurice
    Cheeks"), as a stand-in for NER output.

    In German this also picks up common nouns; the IDF weighting keeps those cheap, while
    names (rare, repeated across the reports of one event) carry the weight.
    """
    out: list[str] = []
    prev: str | None = None
    last_end = 0
    sentence_start = True
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i >= max_tokens:
            break
        between = text[last_end : m.start()]
        if _SENT_BREAK.search(between):
            sentence_start = True
        if between.strip():
            prev = None
        tok = _bare(m.group(0))
        last_end = m.end()
        if tok and tok[0].isupper() and not sentence_start and tok.casefold() not in STOPWORDS:
            out.append(tok)
            if prev:
                out.append(prev + " " + tok)
            prev = tok
        else:
            prev = None
        sentence_start = False
    return out


def is_title_case(text: str) -> bool:
    """Whether ``text`` capitalises (nearly) every longer word, as English title-case headlines
    do (the first word does not count: every style capitalises it)."""
    long_words = [
        t
        for t in tokens(text)[1:]
        if len(t) >= TITLE_CASE_MIN_LEN and t[0].isalpha() and t.casefold() not in STOPWORDS
    ]
    if len(long_words) < TITLE_CASE_MIN_WORDS:
        return False
    upper = sum(1 for t in long_words if t[0].isupper())
    return upper >= TITLE_CASE_SHARE * len(long_words)


def case_evidence(text: str, max_tokens: int = BODY_MAX_TOKENS) -> set[str]:
    """CASE_UPPER + word for words capitalised inside a sentence, CASE_LOWER + word for words
    written in lower case (sentence-initial words tell nothing; stopwords are skipped)."""
    out: set[str] = set()
    last_end = 0
    sentence_start = True
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i >= max_tokens:
            break
        if _SENT_BREAK.search(text[last_end : m.start()]):
            sentence_start = True
        last_end = m.end()
        tok = _bare(m.group(0))
        if tok and tok[0].isalpha() and not sentence_start:
            low = tok.casefold()
            if len(low) >= 2 and low not in STOPWORDS:
                out.add((CASE_UPPER if tok[0].isupper() else CASE_LOWER) + low)
        sentence_start = False
    return out


def headline_words(text: str, title_case: bool) -> list[tuple[str, bool] | None]:
    """The capitalised words of a headline in order, None where punctuation, a stopword or a
    lower-case word breaks a phrase (so "Plosser: Taper" makes no name pair); each word with
    whether its capitals already mark it as a name (inside a sentence-case headline) or the
    corpus's case evidence must decide (every word of a title-case headline, the first one
    too). The first word of a sentence-case headline is skipped, as in
    :func:`heuristic_names`: deciding it by the evidence too, refitted, gave the same mean
    BCubed F1 on the UCI tuning half (0.893 vs 0.892 at its best threshold) and lost a bare
    headline of the German sample corpus."""
    out: list[tuple[str, bool] | None] = []
    last_end = 0
    sentence_start = True
    for m in _TOKEN.finditer(text):
        between = text[last_end : m.start()]
        if _SENT_BREAK.search(between):
            sentence_start = True
        if between.strip():
            out.append(None)
        last_end = m.end()
        tok = _bare(m.group(0))
        if tok and tok[0].isupper() and tok.casefold() not in STOPWORDS and title_case:
            out.append((tok, False))
        elif tok and tok[0].isupper() and tok.casefold() not in STOPWORDS and not sentence_start:
            out.append((tok, True))
        else:
            out.append(None)
        sentence_start = False
    return out


def name_guesses(
    words: Sequence[tuple[str, bool] | None], is_name: Callable[[str], bool]
) -> list[str]:
    """Names among the words of a headline (:func:`headline_words`), and pairs of adjacent
    names, as :func:`heuristic_names` gives them for sentence-case text."""
    out: list[str] = []
    prev: str | None = None
    for item in words:
        if item is not None and (item[1] or is_name(item[0].casefold())):
            w = item[0]
            out.append(w)
            if prev:
                out.append(prev + " " + w)
            prev = w
        else:
            prev = None
    return out


def entity_terms(name: str) -> list[str]:
    """Terms of one entity name: the whole name and, for multi-word names, the last word
    ("Friedrich Merz" also counts as "merz", which a later headline may use alone)."""
    key = " ".join(name.casefold().split())
    if not key or key in STOPWORDS:
        return []
    out = [key]
    parts = key.split()
    if len(parts) > 1 and len(parts[-1]) > 2 and parts[-1] not in STOPWORDS:
        out.append(parts[-1])
    return out


def char_ngrams(word: str) -> list[str]:
    if len(word) < CHAR_MIN_WORD:
        return []
    return [word[i : i + CHAR_N] for i in range(len(word) - CHAR_N + 1)]


class Lemmatiser:
    """simplemma with a bounded per-instance cache of word types (no module-level state)."""

    MAX_CACHE = 200_000

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, lang: str) -> str:
        key = (word, lang)
        hit = self._cache.get(key)
        if hit is None:
            hit = simplemma.lemmatize(word, lang=lang).casefold()
            if len(self._cache) >= self.MAX_CACHE:
                self._cache.clear()
            self._cache[key] = hit
        return hit


def bags(doc: StoryDoc, lemmatise: Lemmatiser) -> Bags:
    """Count the terms of every representation of ``doc``."""
    title_toks = tokens(doc.title)
    body_toks = tokens(doc.text)
    title_only = len(body_toks) < 8
    headline = doc.title
    if not title_toks:  # no headline: the lead sentence stands in for it
        lead = _LEAD.match(doc.text.strip())
        headline = lead.group(0).strip() if lead else doc.text.strip()[:200]
        title_toks = tokens(headline)
    all_toks = (
        (title_toks + body_toks)[:BODY_MAX_TOKENS] if doc.title else body_toks[:BODY_MAX_TOKENS]
    )
    if title_only and doc.url:
        seen = {_bare(t.casefold()) for t in all_toks}
        extra = [w for w in slug_words(doc.url) if w not in seen]
        all_toks = all_toks + list(dict.fromkeys(extra))[:SLUG_MAX_WORDS]
    lang = _lang(doc.language)
    words: Counter[str] = Counter()
    lemmas: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for i, tok in enumerate(all_toks):
        low = _bare(tok.casefold())
        if len(low) < 2 or low in STOPWORDS:
            continue
        words["w:" + low] += 1
        lemmas["l:" + lemmatise(low, lang)] += 1
        if i < CHAR_MAX_TOKENS:
            for g in char_ngrams(low):
                chars["c:" + g] += 1
    title: Counter[str] = Counter()
    for tok in title_toks:
        low = _bare(tok.casefold())
        if len(low) >= 2 and low not in STOPWORDS:
            title["t:" + lemmatise(low, lang)] += 1
    entities: Counter[str] = Counter()
    names: dict[str, str] = {}
    from_ner = bool(doc.entities)
    case: set[str] = set()
    pending: list[tuple[str, bool] | None] = []
    unknown: set[str] = set()
    if from_ner:
        raw_names = doc.entities
    elif lang in TITLE_CASE_LANGS and doc.title:
        # the names of a title-case headline wait for the corpus's case evidence (engine)
        title_case = is_title_case(doc.title)
        pending = headline_words(doc.title, title_case)
        unknown = {
            w
            for w in (item[0].casefold() for item in pending if item is not None)
            if not simplemma.is_known(w, lang=lang)
        }
        raw_names = heuristic_names(doc.text)
        case = case_evidence(doc.text if title_case else doc.title + "\n" + doc.text)
    elif lang in TITLE_CASE_LANGS:
        raw_names = heuristic_names(doc.text)
        case = case_evidence(doc.text)
    else:
        raw_names = heuristic_names(doc.title + "\n" + doc.text)
    for name in raw_names:
        for term in entity_terms(name) if from_ner else [name.casefold()]:
            entities["e:" + term] += 1
            names.setdefault("e:" + term, name if " " in term or term in name.casefold() else term)
    reps = {"words": words, "lemmas": lemmas, "chars": chars, "entities": entities, "title": title}
    return Bags(
        reps=reps,
        names=names,
        title_only=title_only,
        headline=headline,
        case=case,
        pending_names=pending,
        unknown_words=unknown,
    )


def add_names(b: Bags, names: Iterable[str]) -> None:
    """Count heuristic names (decided late, see ``pending_names``) into the entity bag."""
    for name in names:
        term = "e:" + name.casefold()
        b.reps["entities"][term] += 1
        b.names.setdefault(term, name)
