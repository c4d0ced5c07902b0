"""Language of an article, and flags for blocks written in another language.

Uses lingua with a fixed subset of languages (the ones a German news corpus meets) in
low-accuracy mode; the detector is built once per process, on first use, so steps pickle
cheaply. A paragraph in another language is flagged (``mixed-language:en``), never dropped.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = (
    "GERMAN", "ENGLISH", "FRENCH", "ITALIAN", "SPANISH", "DUTCH", "POLISH", "TURKISH",
    "RUSSIAN", "UKRAINIAN", "ARABIC", "PORTUGUESE", "CZECH", "DANISH", "SWEDISH", "CROATIAN",
)  # fmt: skip
SAMPLE_CHARS = 1000  # the document language is decided on this much text (~150 words)
MIN_TEXT_CHARS = 20  # shorter texts get no language
MIN_BLOCK_CHARS = 60  # shorter paragraphs are too short to flag reliably
MAX_BLOCKS = 40  # paragraphs checked for a different language
MIN_BLOCK_CONFIDENCE = 0.75  # the other language must be this clearly ahead in a sentence
CLEAR_BLOCK_CONFIDENCE = 0.9  # paragraphs this sure of the document language are not split

_SENTENCES = re.compile(r"(?<=[.!?:])[\"“”»«']*\s+")
_WORDS = re.compile(r"[^\W\d_]+")
# Function words that mark a paragraph as plainly German; a German article's paragraphs that
# carry enough of them skip the (costly) per-paragraph lingua check. A paragraph in another
# language rarely has three of these and a share this high.
GERMAN_FUNCTION_WORDS = frozenset(
    "der die das und ist nicht mit von den dem des sich auf für ein eine einer wird werden "
    "wurde sind hat haben auch als bei nach noch wie zu zum zur im am aus über dass".split()
)
MIN_FUNCTION_WORDS = 3
MIN_FUNCTION_SHARE = 0.15


def _plainly_german(block: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(block)]
    hits = sum(1 for w in words if w in GERMAN_FUNCTION_WORDS)
    return hits >= MIN_FUNCTION_WORDS and hits >= MIN_FUNCTION_SHARE * len(words)


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES]
    log.debug("building lingua detector for %d languages", len(langs))
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _code(lang: Any) -> str:
    return str(lang.iso_code_639_1.name).lower()


def detect(text: str) -> tuple[str | None, list[str]]:
    """(ISO 639-1 code or None, flags such as ``mixed-language:en``)."""
    sample = text.strip()[:SAMPLE_CHARS]
    if len(sample) < MIN_TEXT_CHARS:
        return None, []
    det = _detector()
    lang = det.detect_language_of(sample)
    if lang is None:
        return None, []
    doc = _code(lang)
    others: list[str] = []
    blocks = [b.strip() for b in text.splitlines() if len(b.strip()) >= MIN_BLOCK_CHARS]
    for block in blocks[:MAX_BLOCKS]:
        if doc == "de" and _plainly_german(block):
            continue
        if det.compute_language_confidence(block, lang) >= CLEAR_BLOCK_CONFIDENCE:
            continue  # the paragraph is plainly in the document's language
        for sentence in _SENTENCES.split(block):
            if len(sentence) < MIN_BLOCK_CHARS // 2:
                continue
            values = det.compute_language_confidence_values(sentence)
            if not values:
                continue
            code = _code(values[0].language)
            if code != doc and values[0].value >= MIN_BLOCK_CONFIDENCE and code not in others:
                others.append(code)
    return doc, [f"mixed-language:{c}" for c in others]
