"""Document-level rules: one name keeps one type, later short or inflected mentions of a name
("Baerbock", "Baerbocks" after "Annalena Baerbock") are found, and base forms are filled in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from lagebild.model import EntityType, Mention
from lagebild.ner.features import FeatureExtractor
from lagebild.ner.roles import find_roles
from lagebild.ner.tokenize import Token

# A tagged span seeds propagation when the CRF's least confident label in it has at least
# this marginal probability (calibrated by eye on GermEval dev: below 0.7 spans are often
# fragments of longer names or common nouns).
PROPAGATE_MIN_CONF = 0.7
# A span is retyped to its name's majority type in the document unless it is itself this sure.
KEEP_OWN_TYPE_CONF = 0.95
MAX_NAME_TOKENS = 5
_TYPES: frozenset[str] = frozenset({"PER", "ORG", "LOC", "MISC"})
# Feminine head nouns after which a weak adjective "-en" is the inflected "-e" form
# ("der Europäischen Union" -> "Europäische Union").
_FEMININE_HEADS = (
    "union",
    "bank",
    "partei",
    "kommission",
    "republik",
    "zentralbank",
    "allianz",
    "gruppe",
    "universität",
    "akademie",
    "gesellschaft",
    "agentur",
    "stiftung",
)


@dataclass(slots=True)
class TokenSpan:
    """One tagged sentence: its index, tokens, BIO labels and per-label confidences."""

    index: int
    tokens: list[Token]
    labels: list[str]
    conf: list[float]


@dataclass(slots=True)
class _Span:
    sent: int
    i: int
    j: int  # exclusive
    type: str
    conf: float


def genitive_stem(word: str) -> str | None:
    """``Baerbocks`` -> ``Baerbock``, ``Scholz'`` -> ``Scholz``; None when nothing to strip."""
    if word.endswith(("'", "’")) and len(word) > 2:
        return word[:-1]
    if word.endswith("s") and len(word) > 3 and word[-2] not in "sßxz" and word[:1].isupper():
        return word[:-1]
    return None


def _spans(ts: TokenSpan) -> list[_Span]:
    out: list[_Span] = []
    i, n = 0, len(ts.labels)
    while i < n:
        lab = ts.labels[i]
        if lab == "O" or lab[2:] not in _TYPES:
            i += 1
            continue
        typ = lab[2:]
        j = i + 1
        while j < n and ts.labels[j] == "I-" + typ:
            j += 1
        out.append(_Span(ts.index, i, j, typ, min(ts.conf[i:j])))
        i = j
    return out


def _key(tokens: list[Token], i: int, j: int) -> tuple[str, ...]:
    words = [t.text for t in tokens[i:j]]
    stem = genitive_stem(words[-1])
    if stem is not None and words[-1].endswith(("'", "’")):
        words[-1] = stem
    return tuple(words)


def build_mentions(text: str, sentences: list[TokenSpan], fx: FeatureExtractor) -> list[Mention]:
    spans = [s for ts in sentences for s in _spans(ts)]
    # 1. votes: name (token tuple) -> type -> summed confidence of confident spans
    votes: dict[tuple[str, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for s in spans:
        if s.conf < PROPAGATE_MIN_CONF:
            continue
        toks = sentences[s.sent].tokens
        key = _key(toks, s.i, s.j)
        votes[key][s.type] += s.conf
        if s.type == "PER" and s.j - s.i >= 2:
            surname = toks[s.j - 1].text
            stem = genitive_stem(surname)
            votes[(surname,)]["PER"] += s.conf * 0.5
            if stem is not None:
                votes[(stem,)]["PER"] += s.conf * 0.25
    names = {
        k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in votes.items() if _usable_name(k, fx)
    }
    # 2. retype unsure spans to the name's majority type
    for s in spans:
        key = _key(sentences[s.sent].tokens, s.i, s.j)
        if key in names and names[key] != s.type and s.conf < KEEP_OWN_TYPE_CONF:
            s.type = names[key]
    # 3. find further mentions of known names in untagged tokens
    by_sent: dict[int, list[_Span]] = defaultdict(list)
    for s in spans:
        by_sent[s.sent].append(s)
    max_len = max((len(k) for k in names), default=0)
    for ts in sentences:
        covered = [False] * len(ts.tokens)
        for s in by_sent[ts.index]:
            for k in range(s.i, s.j):
                covered[k] = True
        i = 0
        while i < len(ts.tokens):
            if covered[i] or not ts.tokens[i].text[:1].isupper():
                i += 1
                continue
            found = 0
            for length in range(min(max_len, MAX_NAME_TOKENS), 0, -1):
                j = i + length
                if j > len(ts.tokens) or any(covered[i:j]):
                    continue
                words = [t.text for t in ts.tokens[i:j]]
                typ = names.get(tuple(words))
                if typ is None:
                    stem = genitive_stem(words[-1])
                    if stem is not None:
                        typ = names.get((*words[:-1], stem))
                if typ is not None:
                    new = _Span(ts.index, i, j, typ, 0.0)
                    by_sent[ts.index].append(new)
                    spans.append(new)
                    found = length
                    break
            i += found or 1
    # 4. mentions with base forms and roles
    known_bases = {" ".join(k) for k in names}
    out: list[Mention] = []
    for s in sorted(spans, key=lambda s: (s.sent, s.i)):
        toks = sentences[s.sent].tokens
        start, end = toks[s.i].start, toks[s.j - 1].end
        etype: EntityType = s.type  # type: ignore[assignment]
        m = Mention(
            text=text[start:end],
            type=etype,
            start=start,
            end=end,
            sentence=s.sent,
            base=_base(text, toks, s, known_bases, fx),
        )
        m.roles = find_roles(toks, s.i, s.j, sentences[s.sent].labels) if s.type == "PER" else []
        out.append(m)
    return out


def _usable_name(key: tuple[str, ...], fx: FeatureExtractor) -> bool:
    first = key[0]
    if not first[:1].isupper() or len(first) < 2:
        return False
    # a single capitalised function word ("Die", "Im") is never propagated
    return not (len(key) == 1 and "known_low" in fx.flags(first) and "known" not in fx.flags(first))


def _base(text: str, toks: list[Token], s: _Span, known: set[str], fx: FeatureExtractor) -> str:
    head = text[toks[s.i].start : toks[s.j - 1].start]
    last = toks[s.j - 1].text
    stem = genitive_stem(last)
    if stem is not None:
        res = fx.res
        candidate = head + stem
        # "Damaskus", "Markus", "Paris" are names as written, not genitives
        listed = (
            last in res.firstnames
            or last in res.countries
            or last in res.cities
            or last in res.regions
        )
        if last.endswith(("'", "’")) or (
            not listed
            and (
                candidate in known
                or stem in res.firstnames
                or stem in res.countries
                or stem in res.cities
                or stem in res.regions
                or (s.type == "PER" and _followed_by_noun(toks, s.j))
            )
        ):
            last = stem
    base = head + last
    if s.type in ("ORG", "LOC", "MISC") and s.j - s.i >= 2:
        first = toks[s.i].text
        tail = toks[s.j - 1].text.lower()
        if first.endswith("en") and first[:1].isupper() and tail.endswith(_FEMININE_HEADS):
            base = first[:-1] + base[len(first) :]
    return base


def _followed_by_noun(toks: list[Token], j: int) -> bool:
    """A genitive name precedes its head noun: "Merkels Politik", "Deutschlands Süden"."""
    return j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.isalpha()
