"""CRF features for German NER: word form, shape, lexicon, gazetteers, clusters, context.

The same code computes features for training (``scripts/train_ner.py``) and tagging. Features of
a word type do not depend on the sentence, so they are computed once per type and cached; a
token's feature list is the concatenation of its own and its neighbours' cached lists, which
keeps tagging fast in pure Python.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lagebild.ner import lexicon
from lagebild.ner.resources import Resources

_AGE = re.compile(r"^\d+-[Jj]ährigen?[rnms]?$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,}[a-z]?$")
_COMPASS = ("Nord", "Süd", "Ost", "West", "Zentral", "Mittel", "Ober", "Nieder", "Inner", "Hinter")
_SENTENCE_OPENERS = frozenset({'"', "„", "“", "»", "«", ":", "(", "-", "–"})
_OPEN_QUOTES = frozenset({'"', "„", "“", "»", "«", "'", "‚"})
_CLOSE_QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})
# context window of a token, in the order its features are listed
_OFFSETS = (-2, -1, 1, 2)
# longest quoted stretch that is marked as a possible title ("Piece of Me", a book title)
MAX_QUOTED = 8

# flags repeated as sentence-position features of a capitalised token, in this order
_CAP_FLAGS = ("known", "known_low", "unknown_cap", "fn")
# flags listed as context features at offsets -2 and +2, in this order
_FAR_FLAGS = ("role", "title", "fn", "age", "orghead")
_Row = tuple[list[str], list[str], list[str], list[str]]
# per word type: own features, own + mid-sentence capital features, sentence-initial capital
# features, mid-sentence capital features, context row (-2, -1, +1, +2)
_Entry = tuple[list[str], list[str], list[str], list[str], _Row]

# Maximum number of word types whose feature lists are cached (bounds memory on long runs).
CACHE_LIMIT = 200_000


class _ShapeTable(dict[int, str]):
    """``str.translate`` table for ``shape``: letters X/x, digits d, hyphen -, other letters a,
    anything else p; characters outside the fixed map are classified once, on first sight."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        cls_ = "-" if ch == "-" else "p" if not ch.isalpha() else "a"
        self[code] = cls_
        return cls_


_SHAPE_TABLE = _ShapeTable(
    {
        **{ord(c): "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"},
        **{ord(c): "x" for c in "abcdefghijklmnopqrstuvwxyzäöüß"},
        **{ord(c): "d" for c in "0123456789"},
    }
)


def shape(word: str) -> str:
    return word.translate(_SHAPE_TABLE)


def _collapse(sh: str) -> str:
    return "".join(k for k, _ in itertools.groupby(sh))


def short_shape(word: str) -> str:
    """``shape`` with runs of one class collapsed ("Xxxxx" -> "Xx")."""
    return _collapse(shape(word))


class FeatureExtractor:
    """Turns tokenised sentences into crfsuite feature lists."""

    def __init__(self, resources: Resources, is_known: Callable[[str], bool] | None = None) -> None:
        self.res = resources
        self._is_known = is_known or _simplemma_known()
        self._types: dict[str, _Entry] = {}
        self._flags: dict[str, frozenset[str]] = {}

    # word-type level ---------------------------------------------------------------------
    def flags(self, word: str) -> frozenset[str]:
        """Lexicon and gazetteer classes of a word (shared by own and context features)."""
        got = self._flags.get(word)
        if got is not None:
            return got
        res = self.res
        f: set[str] = set()
        if word in res.firstnames:
            f.add("fn")
            f.add(f"fn{res.firstnames[word]}")
        if word in res.countries:
            f.add("country")
        if word in res.regions:
            f.add("region")
        if word in res.cities:
            f.add("city")
        if word in lexicon.LANDSCAPES:
            f.add("geo")
        if word in lexicon.ORGANISATIONS:
            f.add("orggaz")
        for prefix in _COMPASS:
            if word.startswith(prefix) and len(word) > len(prefix) + 3:
                rest = word[len(prefix) :]
                rest = rest[:1].upper() + rest[1:]
                if (
                    rest.lstrip("-") in res.countries
                    or rest.lstrip("-") in res.cities
                    or rest in lexicon.LANDSCAPES
                ):
                    f.add("compass_place")
                break
        stem = word.rstrip("'’s") if word.endswith(("s", "'", "’")) else None
        if stem and stem != word and (stem in res.countries or stem in res.cities):
            f.add("place_gen")
        if stem and stem != word and stem in res.firstnames:
            f.add("fn_gen")
        if lexicon.adjective_stem(word):
            f.add("adj")
        if lexicon.is_role_word(word):
            f.add("role")
        if word in lexicon.TITLES:
            f.add("title")
        if lexicon.is_org_head(word):
            f.add("orghead")
        if word in lexicon.ORG_SUFFIX_TOKENS:
            f.add("orgsuf")
        if word in lexicon.NAME_PARTICLES:
            f.add("particle")
        if _AGE.match(word):
            f.add("age")
        if _ACRONYM.match(word):
            f.add("acronym")
        if "-" in word[1:-1]:
            first, _, last = word.partition("-")
            if _ACRONYM.match(first):
                f.add("hy_acr")
            if first in res.countries or first in res.cities:
                f.add("hy_place")
            if lexicon.is_role_word(last[:1].upper() + last[1:]):
                f.add("hy_role")
            if last[:1].islower():
                f.add("hy_lowtail")
        if word[:1].isupper() and res.suffixes:
            low = word.lower()
            for k in (5, 4, 3):
                cls_ = res.suffixes.get(low[-k:]) if len(low) > k else None
                if cls_ is not None:
                    f.add("sx=" + cls_)
                    f.add("sx=" + cls_.rstrip("0123456789"))
                    break
        if word[:1].isupper():
            if self._is_known(word):
                f.add("known")
            elif "-" not in word:
                f.add("unknown_cap")
                if self._compound(word):
                    f.add("compound")
            if self._is_known(word.lower()):
                f.add("known_low")
        result = frozenset(f)
        self._flags[word] = result
        return result

    def _compound(self, word: str) -> bool:
        """An unknown word ending in a known noun ("Nichtraucherschutzgesetz") is a compound.

        A "word" longer than any German compound (a run of "A.A.A." in hostile input) is none:
        testing each of its tails would take time quadratic in its length."""
        if len(word) > MAX_COMPOUND_CHARS:
            return False
        for k in range(3, len(word) - 3):
            tail = word[k].upper() + word[k + 1 :]
            if self._is_known(tail):
                return True
        return False

    def own(self, word: str) -> list[str]:
        """Features of ``word`` itself (cached per word type)."""
        return self._entry(word)[0]

    def _entry(self, word: str) -> _Entry:
        """Everything a sentence needs of one word type, computed once and cached."""
        got = self._types.get(word)
        if got is not None:
            return got
        low = word.lower()
        sh = shape(word)
        ssh = _collapse(sh)
        fl = self.flags(word)
        gflags = sorted(fl)
        cl = self.res.clusters.get(word)
        cluster = self._cluster_feats(cl or self.res.clusters.get(low))
        own = self._own_feats(word, low, sh, ssh, gflags, cluster)
        row = self._ctx_row(low, ssh, fl, gflags, cluster, cl)
        if word[:1].isupper():
            known = [x for x in _CAP_FLAGS if x in fl]
            cap_i = ["Icap", *("I&" + x for x in known)]
            cap_m = ["Mcap", *("M&" + x for x in known)]
        else:
            cap_i = cap_m = []
        entry = (own, [*own, *cap_m], cap_i, cap_m, row)
        if len(self._types) >= CACHE_LIMIT:
            self._types.clear()
        self._types[word] = entry
        return entry

    def _own_feats(
        self, word: str, low: str, sh: str, ssh: str, gflags: list[str], cluster: list[str]
    ) -> list[str]:
        feats = [
            "bias",
            "w=" + word,
            "lw=" + low,
            "s2=" + low[-2:],
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "s5=" + low[-5:],
            "p3=" + low[:3],
            "sh=" + (sh if len(sh) <= 6 else ssh),
            "ssh=" + ssh,
            "len=" + str(min(len(word), 12)),
        ]
        if word[:1].isupper():
            feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
        if any(ch.isdigit() for ch in word):
            feats.append("digit")
        if "-" in word:
            feats.append("hyphen")
            feats.append("hylast=" + low.rsplit("-", 1)[-1][-4:])
        feats.extend(["g=" + x for x in gflags])
        feats.extend(cluster)
        feats.extend(self._name_feats(word))
        if word[:1].isalpha():
            ucl = self.res.use_clusters.get(word)
            if ucl:
                feats.extend([f"u{i}=" + c for i, c in enumerate(ucl)])
                feats.append("un=w")
            else:
                feats.append("u=none")
        return feats

    def _name_feats(self, word: str) -> list[str]:
        """International surname / given-name list membership (own token only).

        ``sur_pure``: a listed surname that is neither a German word nor a place; ``sur_gen``:
        a genitive of a listed surname ("Bauers"); ``fnx``: a given name missing from the
        German first-name list.
        """
        res = self.res
        out: list[str] = []
        sur = word in res.surnames
        if (
            not sur
            and word not in res.firstnames_intl
            and word.endswith("s")
            and word[:-1] in res.surnames
        ):
            out.append("g=sur_gen")
        elif sur:
            out.append("g=sur")
            if not (
                self._is_known(word)
                or word in res.cities
                or word in res.countries
                or word in res.regions
            ):
                out.append("g=sur_pure")
        if word in res.firstnames_intl and word not in res.firstnames:
            out.append("g=fnx")
        return out

    def ctx(self, word: str, off: int) -> list[str]:
        """Features of ``word`` seen from offset ``off`` (-2, -1, 1 or 2) of another token."""
        return self._entry(word)[4][_OFFSETS.index(off)]

    def ctx_row(self, word: str) -> tuple[list[str], ...]:
        """``ctx(word, off)`` for the offsets -2, -1, +1, +2 (cached with the word type)."""
        return self._entry(word)[4]

    @staticmethod
    def _ctx_row(
        low: str,
        ssh: str,
        fl: frozenset[str],
        gflags: list[str],
        cluster: list[str],
        cl: tuple[str, ...] | None,
    ) -> _Row:
        near_g = ["g=" + x for x in gflags]
        far_g = ["g=" + x for x in _FAR_FLAGS if x in fl]
        far_c = ["c1=" + cl[1]] if cl else []
        lists: list[list[str]] = []
        for off in _OFFSETS:
            p = f"{off:+d}"
            feats = [p + "lw=" + low, p + "ssh=" + ssh]
            if abs(off) == 1:
                feats.append(p + "s3=" + low[-3:])
                feats.extend([p + x for x in near_g])
                feats.extend([p + x for x in cluster])
            else:
                feats.extend([p + x for x in far_g])
                feats.extend([p + x for x in far_c])
            lists.append(feats)
        return lists[0], lists[1], lists[2], lists[3]

    @staticmethod
    def _cluster_feats(cl: tuple[str, ...] | None) -> list[str]:
        """Cluster features without offset prefix (``cl``: the word's or its lower case's)."""
        if not cl:
            return ["c=none"]
        out = [f"c{i}=" + c for i, c in enumerate(cl[:3])]
        out.append("caps=" + cl[3])
        return out

    # sentence level ----------------------------------------------------------------------
    def phrase_marks(self, words: list[str]) -> list[str | None]:
        """``B-LOC``/``I-LOC``/``B-ORG``... where a multi-token gazetteer name matches."""
        marks: list[str | None] = [None] * len(words)
        phrases = self.res.phrases
        i = 0
        while i < len(words):
            cands = phrases.get(words[i])
            matched = 0
            if cands:
                for toks, typ in cands:
                    if tuple(words[i : i + len(toks)]) == toks:
                        marks[i] = "B-" + typ
                        for k in range(i + 1, i + len(toks)):
                            marks[k] = "I-" + typ
                        matched = len(toks)
                        break
            i += matched or 1
        return marks

    @staticmethod
    def quoted(words: list[str]) -> list[bool]:
        """Tokens inside a short quotation (titles of works, product and event names)."""
        inside = [False] * len(words)
        i = 0
        while i < len(words):
            if words[i] in _OPEN_QUOTES:
                for j in range(i + 1, min(len(words), i + MAX_QUOTED + 2)):
                    if words[j] in _CLOSE_QUOTES:
                        for k in range(i + 1, j):
                            inside[k] = True
                        i = j
                        break
            i += 1
        return inside

    def sentence(self, words: list[str]) -> list[list[str]]:
        n = len(words)
        out: list[list[str]] = []
        marks = self.phrase_marks(words)
        quoted = self.quoted(words)
        entries = [self._entry(w) for w in words]
        rows = [e[4] for e in entries]
        lows = [w.lower() for w in words]
        # "a|b" for each adjacent pair: pairs[i] joins words i-1 and i
        pairs = [""] + [lows[i - 1] + "|" + lows[i] for i in range(1, n)]
        for i, word in enumerate(words):
            initial = i == 0 or words[i - 1] in _SENTENCE_OPENERS
            nxt_mark = marks[i + 1] if i + 1 < n else None
            if marks[i] is None and nxt_mark is None and not quoted[i] and not initial:
                head = entries[i][1]  # the common case: own + mid-sentence capital features
            else:
                head = _head(word, i, entries[i], marks[i], nxt_mark, quoted[i], initial)
            if 2 <= i < n - 2:
                out.append(
                    [
                        *head,
                        *rows[i - 2][0],
                        *rows[i - 1][1],
                        *rows[i + 1][2],
                        *rows[i + 2][3],
                        "bi-=" + pairs[i],
                        "bi+=" + pairs[i + 1],
                    ]
                )
                continue
            feats = list(head)
            if i == n - 1:
                feats.append("EOS")
            if i >= 2:
                feats.extend(rows[i - 2][0])
            if i >= 1:
                feats.extend(rows[i - 1][1])
            if i + 1 < n:
                feats.extend(rows[i + 1][2])
            if i + 2 < n:
                feats.extend(rows[i + 2][3])
            if i > 0:
                feats.append("bi-=" + pairs[i])
            if i + 1 < n:
                feats.append("bi+=" + pairs[i + 1])
            out.append(feats)
        return out


def _head(
    word: str,
    i: int,
    entry: _Entry,
    mark: str | None,
    nxt_mark: str | None,
    quoted: bool,
    initial: bool,
) -> list[str]:
    """A token's own features plus its gazetteer, quotation and position features."""
    feats = list(entry[0])
    if mark is not None:
        feats.append("gz=" + mark)
    if nxt_mark is not None:
        feats.append("+1gz=" + nxt_mark)
    if quoted:
        feats.append("quoted")
        if word[:1].isupper():
            feats.append("quoted_cap")
    if i == 0:
        feats.append("BOS")
    elif initial:
        feats.append("after_open")
    # capitalisation means little at a sentence start; say which case this is
    feats.extend(entry[2] if initial else entry[3])
    return feats


# the longest German compounds in use have about 60 letters ("Rindfleischetikettierungs...")
MAX_COMPOUND_CHARS = 80


def _simplemma_known() -> Callable[[str], bool]:
    import simplemma

    def known(word: str) -> bool:
        return bool(simplemma.is_known(word, lang="de"))

    return known
