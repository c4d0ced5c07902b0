"""Remove page furniture from an article body, keeping every removed block with its reason.

Works on plain text and on trafilatura's output alike. The body is split into blocks (lines);
each block gets a furniture score from phrase cues (``lexicon``), its shape (``blocks``), its
position and, when a snapshot of :class:`OutletLineStats` is given, how often the outlet repeats
it. Context then widens the decision: link lists and fact-box lines under a furniture heading,
and non-prose runs that touch furniture at the head or tail of the article, go with it. Long
blocks are also trimmed sentence by sentence at their ends, where furniture gets glued on.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from lagebild.clean.blocks import (
    Block,
    Shape,
    looks_like_data,
    looks_like_title,
    shape,
    split_blocks,
    split_sentences,
)
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.errors import LagebildError
from lagebild.model import RemovedBlock, normalise_text

log = logging.getLogger(__name__)

# What is left of a block after cutting furniture sentences must be at least this long ...
MIN_TRIMMED_CHARS = 60
# ... and, when a sentence was cut from its start, must not refer back to it.
_BACK_REFERENCE = re.compile(
    r"(?:dort|hier|dabei|damit|dazu|dafür|darin|darüber|davon|so|dies\w*|there|this|these|it)\b",
    re.IGNORECASE,
)

# Reasons whose short heading line ("Mehr zum Thema", "Details", "Kommentare") carries the
# non-prose lines under it (link titles, "Ort: ..." lines) with it.
# Blocks removed for these reasons may be prose with furniture glued on: try trimming first.
_TRIMMABLE = frozenset(
    {"newsletter", "social", "promo", "related", "comments", "contact", "cookie"}
)
HEADING_REASONS = frozenset(
    {"related", "factbox", "comments", "job", "promo", "newsletter", "social"}
)


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Tuning constants, calibrated on bench/data/boilerplate/tuning.txt."""

    threshold: float = 2.0  # furniture score at which a block is removed
    imperative_bonus: float = 1.0  # "Lesen Sie ...", "Folgen Sie ..." at block start
    promo_bonus: float = 0.5  # two or more promotional words in a short block
    link_bonus: float = 0.5  # URL, domain, e-mail or @handle
    separator_bonus: float = 0.5  # "Teilen | Drucken" style separators
    exclaim_bonus: float = 0.5  # short block ending in "!"
    reader_bonus: float = 1.0  # addresses the reader ("Sie", "Ihnen", "du") inside a sentence
    voice_bonus: float = 0.5  # the outlet speaking ("wir", "unser"), outside quotes
    question_bonus: float = 0.25  # a question outside quotes
    edge_bonus: float = 0.5  # block before the first / after the last prose block
    outlet_bonus: float = 3.0  # the outlet repeats this line across its articles
    reported_cue_factor: float = 0.5  # cue weight in long prose that never addresses the reader
    prose_penalty: float = 0.5  # per step of prose length (20+, 40+, 60+ words)
    max_carry: int = 12  # longest run of non-prose lines a heading carries along
    title_similarity: float = 90.0  # rapidfuzz ratio for "this line repeats the headline"
    min_trim_chars: int = 200  # blocks at least this long are trimmed sentence by sentence
    trim_margin: float = 1.0  # extra score a sentence needs to be cut from a content block

    def __post_init__(self) -> None:
        if self.threshold <= 0:
            raise LagebildError(f"threshold={self.threshold}: must be > 0 (default 2.0)")
        if self.max_carry < 0:
            raise LagebildError(f"max_carry={self.max_carry}: must be >= 0")


@dataclass(slots=True)
class CleanResult:
    text: str
    removed: list[RemovedBlock] = field(default_factory=list)
    title: str | None = None


def _score(sh: Shape, cfg: BoilerplateConfig) -> float:
    s = sh.cue_score
    if sh.prose and sh.words >= 30 and not (sh.reader or sh.outlet_voice or sh.imperative):
        # long third-person prose that merely mentions comments, cookies or apps is news
        s *= cfg.reported_cue_factor
    if sh.imperative:
        s += cfg.imperative_bonus
    if sh.promo_words >= 2:
        s += cfg.promo_bonus
    if sh.linkish:
        s += cfg.link_bonus
    if sh.separators:
        s += cfg.separator_bonus
    if sh.exclaims and sh.words < 25:
        s += cfg.exclaim_bonus
    if sh.reader:
        s += cfg.reader_bonus
    if sh.outlet_voice:
        s += cfg.voice_bonus
    if sh.questions:
        s += cfg.question_bonus
    if sh.prose:
        s -= cfg.prose_penalty * ((sh.words >= 20) + (sh.words >= 40) + (sh.words >= 60))
    return s


def _same_line(a: str, b: str, cfg: BoilerplateConfig) -> bool:
    na, nb = normalise_text(a), normalise_text(b)
    if na == nb or (nb and na.startswith(nb) and len(na) - len(nb) < 40):
        return True
    return fuzz.ratio(na, nb) >= cfg.title_similarity


def clean_body(
    body: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    outlet_stats: OutletLineStats | None = None,
    config: BoilerplateConfig | None = None,
) -> CleanResult:
    """Split ``body`` into kept text and removed furniture (with reasons and offsets)."""
    cfg = config or BoilerplateConfig()
    blocks = split_blocks(body)
    if not blocks:
        return CleanResult("", [], title)
    shapes = [shape(b.text) for b in blocks]
    reason: list[str | None] = [None] * len(blocks)
    scores = [_score(sh, cfg) for sh in shapes]

    prose_idx = [i for i, sh in enumerate(shapes) if sh.solid]
    first_prose = prose_idx[0] if prose_idx else len(blocks)
    last_prose = prose_idx[-1] if prose_idx else -1

    for i, (b, sh) in enumerate(zip(blocks, shapes, strict=True)):
        if outlet_stats is not None and outlet_stats.is_furniture(outlet, b.text):
            reason[i] = "outlet-repeated"
            continue
        s = scores[i]
        if i > last_prose or (i < first_prose and not sh.prose):
            s += cfg.edge_bonus
        if s >= cfg.threshold:
            reason[i] = sh.reasons[0] if sh.reasons else "promo"

    title = _headline(blocks, shapes, reason, title, first_prose, cfg)
    _carry_headings(blocks, shapes, reason, cfg)
    _close_runs(blocks, shapes, reason, first_prose, last_prose)

    removed: list[RemovedBlock] = []
    kept: list[Block] = []
    for i, b in enumerate(blocks):
        r = reason[i]
        text = b.text
        sh = shapes[i]
        if r in _TRIMMABLE or (r is None and len(text) >= cfg.min_trim_chars and sh.cue_score > 0):
            # cutting sentences out of a block judged to be content needs stronger evidence
            need = cfg.threshold + (cfg.trim_margin if r is None else 0.0)
            text, cut = _trim_sentences(b, cfg, need)
            if cut and text:
                removed.extend(cut)
                r = None
            elif r is None:
                text = b.text
        if r is not None:
            removed.append(RemovedBlock(b.text, r, b.start))
        elif text:
            kept.append(Block(text, b.start, b.blank_before))
    out: list[str] = []
    for j, b in enumerate(kept):
        if j:
            out.append("\n\n" if b.blank_before else "\n")
        out.append(b.text)
    removed.sort(key=lambda r: r.start)
    return CleanResult("".join(out), removed, title)


def _headline(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    title: str | None,
    first_prose: int,
    cfg: BoilerplateConfig,
) -> str | None:
    """Drop lines that repeat the headline; without a title, take a title-like first line."""
    head = range(min(len(blocks), max(first_prose, 1), 6))
    if title:
        for i in head:
            if reason[i] in (None, "promo", "navigation") and _same_line(
                blocks[i].text, title, cfg
            ):
                reason[i] = "repeated-headline"
        return title
    for i in head:
        if reason[i] is not None:
            continue
        if looks_like_title(blocks[i].text) and shapes[i].cue_score == 0:
            reason[i] = "headline"
            found = blocks[i].text
            for j in range(i + 1, min(len(blocks), i + 4)):
                if reason[j] is None and _same_line(blocks[j].text, found, cfg):
                    reason[j] = "repeated-headline"
            return found
        break
    return None


def _carry_headings(
    blocks: list[Block], shapes: list[Shape], reason: list[str | None], cfg: BoilerplateConfig
) -> None:
    """A short furniture heading takes the non-prose lines under it (link titles, key: value)."""
    i = 0
    while i < len(blocks):
        r = reason[i]
        if r in HEADING_REASONS and shapes[i].words <= 12:
            j = i + 1
            while j < len(blocks) and j - i <= cfg.max_carry and not shapes[j].prose:
                if reason[j] is None:
                    reason[j] = r
                j += 1
            i = j
            continue
        i += 1


def _close_runs(
    blocks: list[Block],
    shapes: list[Shape],
    reason: list[str | None],
    first_prose: int,
    last_prose: int,
) -> None:
    """Non-prose runs between furniture and the edge of the article (or more furniture) go too."""
    n = len(reason)
    i = 0
    while i < n:
        if reason[i] is not None or shapes[i].prose:
            i += 1
            continue
        j = i
        while j < n and reason[j] is None and not shapes[j].prose:
            j += 1
        left = "edge" if i == 0 else (reason[i - 1] if reason[i - 1] is not None else None)
        right = "edge" if j == n else (reason[j] if reason[j] is not None else None)
        in_tail = i > last_prose
        in_head = j <= first_prose
        fill: str | None = None
        if left not in (None, "edge") and right is not None and (right != "edge" or in_tail):
            fill = left
        elif right not in (None, "edge") and left == "edge" and in_head:
            fill = right
        if (
            fill is None
            and in_tail
            and right not in (None, "edge")
            and not any(looks_like_data(blocks[k].text) for k in range(i, j))
        ):
            fill = "link-list"  # short lines after the article's last paragraph, before furniture
        if fill is not None and fill not in ("headline", "repeated-headline"):
            for k in range(i, j):
                reason[k] = fill
        i = j


def _trim_sentences(
    b: Block, cfg: BoilerplateConfig, need: float
) -> tuple[str, list[RemovedBlock]]:
    """Cut furniture sentences glued to the start or end of a block.

    Returns the kept middle and the cut sentences; the middle must be clean prose (no cue at
    all), otherwise nothing is cut and the caller decides on the whole block.
    """
    sents = split_sentences(b.text)
    if len(sents) < 2:
        return b.text, []
    lo, hi = 0, len(sents)
    while hi - lo > 1 and _score(shape(sents[hi - 1][1]), cfg) >= need:
        hi -= 1
    while hi - lo > 1 and _score(shape(sents[lo][1]), cfg) >= need:
        lo += 1
    if lo == 0 and hi == len(sents):
        return b.text, []
    start = sents[lo][0]
    end = sents[hi][0] if hi < len(sents) else len(b.text)
    middle = b.text[start:end].strip()
    msh = shape(middle)
    if not msh.solid or len(middle) < MIN_TRIMMED_CHARS:
        return b.text, []
    if lo > 0 and _BACK_REFERENCE.match(middle):
        return b.text, []  # "Dort gibt es ...": the rest explains the furniture sentence
    cut: list[RemovedBlock] = []
    for k in [*range(lo), *range(hi, len(sents))]:
        off, s = sents[k]
        ssh = shape(s)
        cut.append(RemovedBlock(s, ssh.reasons[0] if ssh.reasons else "promo", b.start + off))
    return middle, cut
