"""The German named-entity recogniser: CRF tagging, rules and post-CRF corrections, plus
document-level rules.

``Recogniser.load()`` opens the bundled model once per process; ``tag`` labels tokenised
sentences with BIO tags; ``mentions`` runs the whole chain on raw text (tokenise, split, tag,
propagate names through the document, base forms, roles).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import pycrfsuite

from lagebild.model import Mention
from lagebild.ner.document import TokenSpan, build_mentions
from lagebild.ner.features import FeatureExtractor
from lagebild.ner.postfix import correct
from lagebild.ner.resources import MODEL_FILE, MODELS_DIR, ResourceError, Resources
from lagebild.ner.tokenize import split_sentences, tokenize

log = logging.getLogger(__name__)

_WARM_UP_TEXT = (
    "Bundeskanzlerin Angela Merkel traf am Montag in Berlin den Chef der "
    "Europäischen Zentralbank, Mario Draghi."
)


class Recogniser:
    """CRF-based tagger for PER, ORG, LOC and MISC in German text."""

    def __init__(self, tagger: pycrfsuite.Tagger, features: FeatureExtractor) -> None:
        self._tagger = tagger
        self._fx = features

    @classmethod
    def load(cls, path: Path | None = None) -> Recogniser:
        """The recogniser for the model directory ``path`` (default: the bundled model).

        Loading is cached per process, so every caller shares one instance.
        """
        return _load(Path(path) if path is not None else MODELS_DIR)

    @property
    def resources(self) -> Resources:
        return self._fx.res

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO labels (``B-PER``, ``I-ORG``, ``O`` ...) for each token of each sentence."""
        fx, tagger = self._fx, self._tagger
        return [
            correct(words, tagger.tag(fx.sentence(words)), fx) if words else []
            for words in sentences
        ]

    def _tag_one(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Labels plus each label's marginal probability (rule-made labels count as sure)."""
        if not words:
            return [], []
        tagger = self._tagger
        crf: list[str] = tagger.tag(self._fx.sentence(words))
        labels = correct(words, crf, self._fx)
        conf = [
            tagger.marginal(lab, i) if lab == c else 1.0
            for i, (lab, c) in enumerate(zip(labels, crf, strict=True))
        ]
        return labels, conf

    def warm_up(self) -> None:
        """Run the whole chain once on a short text, so that what it sets up on first use is
        ready (called where workers are forked from; results do not depend on it)."""
        self.mentions(_WARM_UP_TEXT)

    def mentions(self, text: str) -> list[Mention]:
        """Named-entity mentions in ``text`` with exact offsets, sentence index, base, roles."""
        tokens = tokenize(text)
        sentences = split_sentences(text, tokens)
        tagged: list[TokenSpan] = []
        for si, sent in enumerate(sentences):
            labels, conf = self._tag_one([t.text for t in sent])
            tagged.append(TokenSpan(si, sent, labels, conf))
        return build_mentions(text, tagged, self._fx)


@functools.cache
def _load(directory: Path) -> Recogniser:
    model = directory / MODEL_FILE
    if not model.exists():
        raise ResourceError(f"NER model {model} is missing; run scripts/train_ner.py")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    log.info("loaded NER model %s", model)
    return Recogniser(tagger, FeatureExtractor(Resources.load(directory)))
