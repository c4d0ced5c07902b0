"""A learned furniture classifier for the blocks the rules keep.

The rules of ``boilerplate`` rest on a phrase lexicon, and a lexicon only knows the wordings it
was shown. This model looks at what furniture has in common across outlets instead: its shape
(length, case, digits, separators, list marks, labels, sentences), who speaks (the outlet, to
the reader), where it sits (before or after the article's prose core, how far from it), what is
around it (the neighbouring blocks, furniture the rules found next to it, the run of short
lines it is in) and, with outlet statistics, how often the outlet repeats it. The rules' cue
score is one feature among them; the training script teaches the model to do without part of
the lexicon, as on a site whose wordings it has never seen.

It decides only blocks the rules keep, and never what is article text by its place or form
(``candidates``): the prose core, an interview turn, a dateline paragraph, long prose or a
subheading inside the article, the only prose of a body. Blocks at or above the model's
threshold go with the reason ``learned``, so an analyst can see and restore them. The blank
lines of a body are no feature: HTML parsers hand over paragraphs one per line without them.

The model file (``models/boilerplate-blocks.json``, written by ``scripts/train_boilerplate.py``)
holds plain numbers: the names of the features it reads, their standardisation, the weights of
a logistic regression (or a small MLP) and the probability threshold. Evaluation is one matrix
product per layer for the candidate blocks of a body; bodies without candidates (a single
paragraph, say) skip the features entirely.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from lagebild.clean.blocks import (
    ITEM_MARK,
    LIST_MARK,
    Block,
    Shape,
    is_content,
    item_runs,
    names_outlet,
    own_outlet_text,
)
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.errors import LagebildError
from lagebild.model import normalise_text

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent.parent / "models" / "boilerplate-blocks.json"
REASON = "learned"
FORMAT_VERSION = 1

# Prose this long between the first and the last prose block of the core is article text.
INTERIOR_PROSE_WORDS = 20
# A line this short inside the prose core, right above a prose block, is its heading.
SUBHEADING_WORDS = 12
# A body with this many paragraphs in the first person plural is an interview or a column.
INTERVIEW_VOICE_BLOCKS = 3
# Any block this long is article text (the longest furniture paragraphs are ~80 words).
MAX_WORDS = 100
# Blocks this long are sampled for the character features (long blocks are prose anyway).
SAMPLE_CHARS = 400
CONTEXT = (-2, -1, 1, 2)
MAX_BLOCKS = 40  # the body length feature stops here (longer bodies are outside the gold's range)
# The outlet must have this many articles for its line counts to be a feature.
MIN_STATS_ARTICLES = 3

# "Kassel (dpa) – ...", "Kaiserslautern, 11. April 2028 – ...", "13:40 Uhr – ...": a dateline or a
# ticker's time stamp opens a paragraph of the article (agency copy, press releases, live blogs).
_DATELINE = re.compile(r"^[A-ZÄÖÜ0-9][^\s–—]*(?:\s[^\s–—]+){0,3}\s[–—-]\s")
_LABEL = re.compile(r"^[A-ZÄÖÜ][\w .&/-]{0,25}:(?:\s|$)")
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\b(?:19|20)\d{2}\b|\b\d{1,2}\.\s[A-ZÄÖÜ][a-zä]+\s\d{4}\b"
)
_SEGMENT = re.compile(r"\s[·|•›]\s")
_ARROW = re.compile(r"[›→▶►▸➜]|>>")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTES = re.compile(r"[„“”\"»«]")
_EMOJI_OR_SYMBOL = re.compile(r"[©®™✓✔★☆♥❤✉☎📱📧👉🔔]")
LEAD_WORDS = 8  # a lead sentence the model may not remove has at least this many words
# Past tense and reported speech: how news narrates; furniture speaks in the present.
NARRATIVE = re.compile(
    r"\b(?:war|waren|wurde|wurden|hatte|hatten|sei|seien|sagte|sagten|erklärte|teilte|berichtete|"
    r"kündigte|betonte|forderte|kritisierte|warnte|nannte|hieß|gab|kam|ging|zeigte|begann|stieg|"
    r"sank|lag|blieb|stand|said|was|were|had)\b"
)
# Speech verbs in the present tense: a report says what someone tells the outlet ("Im
# Interview mit dem Boten erzählt sie, ..."); only for the candidates, not a feature.
_SPEECH_NOW = re.compile(
    r"\b(?:sagt|erzählt|berichtet|erklärt|schildert|verrät|betont|spricht|sprach|erzählte)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"“”»«’')]*\s+[\"„“»«(]?[A-ZÄÖÜ]")
_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|mir|mich|mein\w*)\b")

OWN_FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "lower_ratio",
    "caps_words",
    "sentence_end",
    "prose",
    "solid",
    "ends_colon",
    "label",
    "digit_share",
    "time_or_date",
    "list_mark",
    "quotes",
    "starts_quote",
    "question",
    "exclaims",
    "imperative",
    "reader",
    "outlet_voice",
    "reader_and_voice",
    "promo",
    "linkish",
    "separators",
    "segments",
    "arrow",
    "symbol",
    "symbol_start",
    "mentions_outlet",
    "self_ref",
    "narrative",
    "first_person",
    "sentences",
    "commas",
    "cue",
    "cue_score",
    "topic_score",
    "rule_score",
)
POSITION_FEATURES: tuple[str, ...] = (
    "before_core",
    "after_core",
    "in_core",
    "dist_core",
    "log_blocks",
    "run_len",
    "removed_near",
    "outlet_stats",
    "outlet_share",
    "outlet_most",
    "voice_share",
    "reader_share",
    "core_share",
)
_CONTEXT_OWN = ("exists", "prose", "log_words", "sentence_end", "removed", "cue")
CONTEXT_FEATURES: tuple[str, ...] = tuple(
    f"{'p' if k < 0 else 'n'}{abs(k)}_{name}" for k in CONTEXT for name in _CONTEXT_OWN
)
FEATURES: tuple[str, ...] = OWN_FEATURES + POSITION_FEATURES + CONTEXT_FEATURES
# Features that read the phrase lexicon or the rules' decisions (for ablations in training).
LEXICON_FEATURES = frozenset(
    {"cue", "cue_score", "topic_score", "rule_score"}
    | {f for f in CONTEXT_FEATURES if f.endswith("_cue")}
)
RULE_FEATURES = frozenset(
    {"removed_near"} | {f for f in CONTEXT_FEATURES if f.endswith("_removed")}
)


class ModelError(LagebildError):
    """The learned boilerplate model file is missing, malformed or does not fit this code."""


@dataclass(frozen=True)
class BlockModel:
    """Standardisation, layer weights and threshold of the block classifier."""

    features: tuple[str, ...]  # names, a subset of FEATURES, in the order of the weights
    mean: np.ndarray
    scale: np.ndarray
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]  # (W, b); ReLU between, sigmoid at the end
    threshold: float
    meta: dict[str, object]
    columns: np.ndarray = field(init=False, repr=False)  # indices of ``features`` in FEATURES

    def __post_init__(self) -> None:
        unknown = [f for f in self.features if f not in _INDEX]
        if unknown:
            raise ModelError(
                f"model reads features this code does not compute: {unknown}; "
                "retrain with scripts/train_boilerplate.py"
            )
        width = len(self.features)
        for w, b in self.layers:
            if w.shape[0] != width or b.shape != (w.shape[1],):
                raise ModelError(f"layer shapes {w.shape}/{b.shape} do not chain from {width}")
            width = w.shape[1]
        if width != 1:
            raise ModelError(f"the last layer has {width} outputs; the model needs 1")
        object.__setattr__(self, "columns", np.array([_INDEX[f] for f in self.features], dtype=int))

    def proba(self, full: np.ndarray) -> np.ndarray:
        """Furniture probability of each row of a full feature matrix (columns = FEATURES)."""
        x = (full[:, self.columns] - self.mean) / self.scale
        for k, (w, b) in enumerate(self.layers):
            x = x @ w + b
            if k < len(self.layers) - 1:
                np.maximum(x, 0.0, out=x)
        z = np.clip(x[:, 0], -30.0, 30.0)
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    # -- persistence ------------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT_VERSION,
            "features": list(self.features),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "layers": [
                {
                    "w": [[round(float(v), 6) for v in row] for row in w],
                    "b": [round(float(v), 6) for v in b],
                }
                for w, b in self.layers
            ],
            "threshold": self.threshold,
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> BlockModel:
        if data.get("format") != FORMAT_VERSION:
            raise ModelError(f"model format {data.get('format')!r}, expected {FORMAT_VERSION}")
        try:
            layers = tuple(
                (np.asarray(layer["w"], dtype=np.float64), np.asarray(layer["b"], dtype=np.float64))
                for layer in data["layers"]  # type: ignore[attr-defined]
            )
            return cls(
                features=tuple(data["features"]),  # type: ignore[arg-type]
                mean=np.asarray(data["mean"], dtype=np.float64),
                scale=np.asarray(data["scale"], dtype=np.float64),
                layers=layers,
                threshold=float(data["threshold"]),  # type: ignore[arg-type]
                meta=dict(data.get("meta") or {}),  # type: ignore[call-overload]
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"malformed boilerplate model: {exc}") from exc

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n", "utf-8")


_INDEX = {name: k for k, name in enumerate(FEATURES)}


def load_model(path: Path | str) -> BlockModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelError(
            f"{path}: cannot read the boilerplate model ({exc}); "
            "rebuild it with scripts/train_boilerplate.py"
        ) from exc
    return BlockModel.from_json(data)


@cache
def default_model() -> BlockModel:
    """The model shipped with the package (loaded once)."""
    return load_model(MODEL_FILE)


# -- features ---------------------------------------------------------------------------------
def _own(text: str, sh: Shape, score: float, self_ref: bool, own_outlet: str) -> list[float]:
    sample = text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    caps = sum(1 for w in words if len(w) >= 2 and w.isupper())
    chars = sum(1 for c in sample if not c.isspace()) or 1
    digits = sum(1 for c in sample if c.isdigit())
    stripped = sample.rstrip()
    first = sample[0]
    mentions = bool(own_outlet) and own_outlet in normalise_text(sample)
    return [
        math.log1p(len(text)) / 7.0,
        math.log1p(sh.words) / 5.0,
        sh.lower_ratio,
        caps / len(words) if words else 0.0,
        float(sh.sentence_end),
        float(sh.prose),
        float(sh.solid),
        float(stripped.endswith(":")),
        float(bool(_LABEL.match(sample))),
        digits / chars,
        float(bool(_TIME.search(sample))),
        float(bool(LIST_MARK.match(sample))),
        float(bool(_QUOTES.search(sample))),
        float(first in '„“"»«'),
        float(stripped.rstrip("\"“”»«’') ").endswith("?")),
        float(sh.exclaims),
        float(sh.imperative),
        float(sh.reader),
        float(sh.outlet_voice),
        float(sh.reader and sh.outlet_voice),
        float(sh.promo_words > 0),
        float(sh.linkish),
        float(sh.separators),
        min(len(_SEGMENT.findall(sample)), 4) / 4.0,
        float(bool(_ARROW.search(sample))),
        float(bool(_EMOJI_OR_SYMBOL.search(sample))),
        float(not (first.isalnum() or first in '„“"»«(')),
        float(mentions),
        float(self_ref),
        float(bool(NARRATIVE.search(sample))),
        float(bool(_FIRST_PERSON.search(sample))),
        min(len(_SENTENCE_BREAK.findall(sample)) + 1, 6) / 6.0,
        min(sample.count(",") / max(1, len(words)), 0.5) * 2.0,
        float(sh.cue_score > 0),
        min(sh.cue_score, 4.0) / 4.0,
        min(sh.topic_score, 4.0) / 4.0,
        max(-3.0, min(score, 4.0)) / 4.0,
    ]


def prose_core(
    shapes: Sequence[Shape], reason: Sequence[str | None], scores: Sequence[float]
) -> list[int]:
    """Blocks of clean prose the rules keep: the article's own text."""
    return [i for i, sh in enumerate(shapes) if reason[i] is None and is_content(sh, scores[i])]


def block_features(
    blocks: Sequence[Block],
    shapes: Sequence[Shape],
    reason: Sequence[str | None],
    scores: Sequence[float],
    self_ref: Sequence[bool],
    *,
    outlet: str | None = None,
    outlet_stats: OutletLineStats | None = None,
    rows: Sequence[int] | None = None,
) -> np.ndarray:
    """The feature matrix: one row per block in ``rows`` (default all), columns = FEATURES."""
    n = len(blocks)
    wanted = range(n) if rows is None else rows
    own_outlet = own_outlet_text(outlet)
    core = prose_core(shapes, reason, scores)
    first_core = core[0] if core else n
    last_core = core[-1] if core else -1
    removed = [r is not None for r in reason]
    # length of the run of non-prose blocks each block is in (0 for prose)
    run = [0] * n
    i = 0
    while i < n:
        if shapes[i].prose:
            i += 1
            continue
        j = i
        while j < n and not shapes[j].prose:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = j
    n_stats = 0
    okey = None
    if outlet_stats is not None and outlet:
        okey = outlet
        n_stats = outlet_stats.articles.get(normalise_text(outlet), 0)
    has_stats = n_stats >= MIN_STATS_ARTICLES
    full_stats = outlet_stats is not None and n_stats >= outlet_stats.min_outlet_articles
    # how much of the body speaks as "wir" or to the reader: an interview or a column does
    # throughout, furniture in a report only here and there
    voice_share = sum(sh.outlet_voice for sh in shapes) / n
    reader_share = sum(sh.reader for sh in shapes) / n
    core_share = len(core) / n
    ctx_empty = [0.0] * len(_CONTEXT_OWN)
    out: list[list[float]] = []
    for i in wanted:
        if i < first_core:
            dist = first_core - i
        elif i > last_core:
            dist = i - last_core
        else:
            dist = 0
        share = most = 0.0
        # a small outlet's repetition is weak evidence: it counts outside the prose core only
        # (versions of one story share lines), as in the rules
        if (
            has_stats
            and okey is not None
            and outlet_stats is not None
            and (full_stats or not first_core < i < last_core)
        ):
            c = outlet_stats.count(okey, blocks[i].text)
            share = max(0, c - 1) / (n_stats - 1)
            most = float(share >= 0.5)
        row = _own(blocks[i].text, shapes[i], scores[i], self_ref[i], own_outlet)
        row += [
            float(i < first_core),
            float(i > last_core),
            float(first_core <= i <= last_core),
            min(dist, 6) / 6.0,
            math.log1p(min(n, MAX_BLOCKS)) / 4.0,
            math.log1p(run[i]) / 3.0,
            sum(removed[k] for k in range(max(0, i - 2), min(n, i + 3)) if k != i) / 4.0,
            float(has_stats),
            share,
            most,
            voice_share,
            reader_share,
            core_share,
        ]
        for off in CONTEXT:
            k = i + off
            if 0 <= k < n:
                o = shapes[k]
                row += [
                    1.0,
                    float(o.prose),
                    math.log1p(o.words) / 5.0,
                    float(o.sentence_end),
                    float(removed[k]),
                    float(o.cue_score > 0),
                ]
            else:
                row += ctx_empty
        out.append(row)
    return np.asarray(out, dtype=np.float64).reshape(len(out), len(FEATURES))


def _report_sentence(sh: Shape, text: str) -> bool:
    """Prose ending in a full stop, of a lead's length, that talks to no reader, calls for
    nothing, asks and exclaims nothing and carries no phrase cue."""
    return (
        sh.prose
        and sh.sentence_end
        and text.endswith(".")
        and sh.words >= LEAD_WORDS
        and sh.cue_score == 0
        and not (sh.reader or sh.imperative or sh.questions or sh.exclaims)
    )


def _lead(sh: Shape, text: str) -> bool:
    """A plain report sentence: not in the outlet's voice, no label."""
    return _report_sentence(sh, text) and not sh.outlet_voice and not _LABEL.match(text)


# The decisions of the page's head right above an article's first paragraph.
_HEAD_ABOVE = frozenset({"headline", "repeated-headline", "dateline"})


def _voiced_lead(sh: Shape, text: str) -> bool:
    """A report sentence that may speak in the outlet's voice or open with a label of its own
    words ("Großer Jubel am Sonntag: Unsere Jugendgarde ist Meister."): a club's, a
    shelter's, a company's page tells its news so. It talks to no reader, calls for nothing,
    asks nothing, carries no phrase cue and does not look like a link."""
    return _report_sentence(sh, text) and not sh.linkish


# A tabloid opens its report with a short cry right above the first paragraph ("Geschafft!",
# "Was für ein Abend!"): a kicker above the headline is set in capitals, a promotion calls for
# something or carries a phrase cue.
EXCLAIMED_LEAD_WORDS = 6


def _exclaimed_lead(sh: Shape, text: str) -> bool:
    """A short exclamation in plain words, not in capitals, with no cue, call, link or reader."""
    return (
        sh.exclaims
        and sh.words <= EXCLAIMED_LEAD_WORDS
        and sh.cue_score == 0
        and not (sh.reader or sh.imperative or sh.linkish or sh.separators or sh.outlet_voice)
        and not sh.questions
        and text != text.upper()
    )


def candidates(
    blocks: Sequence[Block],
    shapes: Sequence[Shape],
    reason: Sequence[str | None],
    scores: Sequence[float],
    protected: Collection[int] = (),
    outlet: str | None = None,
) -> list[int]:
    """Blocks the model may remove: those the rules keep, except what is article text by its
    place or form whatever the model says.

    Never: a block of the prose core (clean prose the rules keep), prose in a body without
    such a core (an interview, a column, a teaser: it may be all the article there is), an
    interview turn
    (``protected``), a block over MAX_WORDS, a paragraph opened by a dateline or a ticker's time
    stamp, a sentence that reports about the article's own outlet ("sagte sie dem Boten");
    between the first and the last block of the core, prose of INTERIOR_PROSE_WORDS or more, a
    lead-in ending in ":" and a subheading over prose; in a body where many paragraphs say
    "wir" (an interview, a column), such a paragraph unless it carries a "Label:".
    """
    own = own_outlet_text(outlet)
    n = len(shapes)
    core = prose_core(shapes, reason, scores)
    in_core = set(core)
    first_core = core[0] if core else n
    last_core = core[-1] if core else -1
    voice_only = {
        i
        for i, sh in enumerate(shapes)
        if sh.prose and sh.outlet_voice and not sh.reader and sh.cue_score == 0
    }
    interview_like = len(voice_only) >= INTERVIEW_VOICE_BLOCKS
    out = []
    for i, sh in enumerate(shapes):
        text = blocks[i].text
        if reason[i] is not None or i in protected or i in in_core or sh.words > MAX_WORDS:
            continue
        if sh.prose and not core:
            continue  # no clean prose to tell the article by: its prose may be all there is
        if sh.prose and not sh.imperative and _DATELINE.match(text):
            continue
        if (
            own
            and sh.prose
            and not (sh.reader or sh.outlet_voice or sh.imperative)
            and (NARRATIVE.search(text) or _SPEECH_NOW.search(text))
            and names_outlet(own, normalise_text(text))
        ):
            continue
        if interview_like and i in voice_only and not _LABEL.match(text):
            continue
        if i == first_core - 1 and (i == 0 or reason[i - 1] is not None) and _lead(sh, text):
            continue  # the lead: a plain sentence between the removed page head and the core
        if i > 0 and reason[i - 1] == "dateline" and _lead(sh, text):
            continue  # ... or right under the dateline, a kept notice above it notwithstanding
        if (
            i == first_core - 1
            and i > 0
            and reason[i - 1] in _HEAD_ABOVE
            and _voiced_lead(sh, text)
        ):
            continue  # ... in the outlet's voice, right under the headline or the dateline
        if (
            i == first_core - 1
            and i > 0
            and reason[i - 1] is not None
            and _exclaimed_lead(sh, text)
        ):
            continue  # ... or a short cry in plain words that opens the report ("Was für ein Tag!")
        if first_core < i < last_core and (
            (sh.prose and sh.words >= INTERIOR_PROSE_WORDS)
            or text.endswith(":")
            or (
                not sh.sentence_end
                and sh.words <= SUBHEADING_WORDS
                and reason[i + 1] is None
                and shapes[i + 1].prose
            )
        ):
            continue
        out.append(i)
    return out


def apply_learned(
    model: BlockModel,
    blocks: Sequence[Block],
    shapes: Sequence[Shape],
    reason: list[str | None],
    scores: Sequence[float],
    self_ref: Sequence[bool],
    *,
    outlet: str | None = None,
    outlet_stats: OutletLineStats | None = None,
    protected: Collection[int] = (),
) -> list[int]:
    """Mark the candidate blocks the model calls furniture (reason ``learned``); their indices."""
    cand = candidates(blocks, shapes, reason, scores, protected, outlet)
    if not cand:
        return []
    x = block_features(
        blocks,
        shapes,
        reason,
        scores,
        self_ref,
        outlet=outlet,
        outlet_stats=outlet_stats,
        rows=cand,
    )
    p = model.proba(x)
    hit = [i for i, pi in zip(cand, p, strict=True) if pi >= model.threshold]
    for i in hit:
        reason[i] = REASON
    _give_back_lists(blocks, shapes, reason)
    _give_back_siblings(blocks, shapes, reason)
    carried = _carry_lists(blocks, shapes, reason, hit)
    return [i for i in hit if reason[i] == REASON] + carried


def _give_back_lists(
    blocks: Sequence[Block], shapes: Sequence[Shape], reason: list[str | None]
) -> None:
    """The items of a list whose lead-in stays ("Beteiligt sind:" over "Deutsche Bahn",
    "Deutsche Post") stay with it."""
    i = 0
    while i < len(blocks):
        if reason[i] is not None or not blocks[i].text.endswith(":"):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and reason[j] in (None, REASON) and _item(blocks[j].text, shapes[j]):
            if reason[j] == REASON:
                reason[j] = None
            j += 1
        # a lead-in among the items ends its run at the same line: go on after the run (one
        # pass, not one per "Ort:" line; thousands of such lines made this quadratic)
        i = max(j, i + 1)


def _item(text: str, sh: Shape) -> bool:
    return not sh.prose or bool(LIST_MARK.match(text))


# A marked list of this many items at least, most of them kept after the model ...
SIBLING_ITEMS = 3
SIBLING_KEPT_SHARE = 0.75


def _give_back_siblings(
    blocks: Sequence[Block], shapes: Sequence[Shape], reason: list[str | None]
) -> None:
    """... keeps the item the model alone took out of it: a list item with no phrase cue
    among siblings the article keeps ("- „Titel“ von X: ein Krimi aus unserer Altstadt" in a
    row of five book tips) is article text like them."""
    for items, _ in item_runs(blocks):
        kept = sum(1 for k in items if reason[k] is None)
        if len(items) >= SIBLING_ITEMS and kept >= SIBLING_KEPT_SHARE * len(items):
            for k in items:
                if reason[k] == REASON and shapes[k].cue_score == 0 and not shapes[k].linkish:
                    reason[k] = None


# A box heading the model cuts carries the marked list under it, of at least this many items
CARRIED_ITEMS = 2


def _carry_lists(
    blocks: Sequence[Block], shapes: Sequence[Shape], reason: list[str | None], hit: list[int]
) -> list[int]:
    """The numbered or bulleted items right under a heading the model cut ("Unsere
    Bestseller der Woche" / "1. Name – Titel" / "2. ...") go with it when the article's prose
    resumes right after them: a box of the page set into the text. Items with a sentence, a
    phrase cue or a call stay (an article's own list under a heading reads as sentences)."""
    carried: list[int] = []
    for i in hit:
        if reason[i] != REASON or shapes[i].prose or blocks[i].text.endswith(":"):
            continue
        j = i + 1
        while (
            j < len(blocks)
            and reason[j] is None
            and ITEM_MARK.match(blocks[j].text)
            and not shapes[j].prose
            and not shapes[j].sentence_end
            and shapes[j].cue_score == 0
            and not (shapes[j].reader or shapes[j].imperative)
        ):
            j += 1
        if j - i - 1 < CARRIED_ITEMS or j >= len(blocks):
            continue
        if reason[j] is not None or not shapes[j].prose:
            continue
        for k in range(i + 1, j):
            reason[k] = REASON
            carried.append(k)
    return carried
