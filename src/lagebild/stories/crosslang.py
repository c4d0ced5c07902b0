"""Evidence that survives translation, for an article and a story in different languages.

Words, lemmas, character n-grams and headline terms of a German story and an English report
on the same event barely overlap, so the main model (fitted on one-language sets) scores such
a pair as unrelated even when the names agree. When the article's language differs from the
story's dominant language, the pair is scored instead by a small model over two features
that do not depend on the language: the cosine of the entity (name) vectors and the best
cosine between the multilingual sentence embedding (USE multilingual v3, the dedup step's
:class:`SentenceEncoder`) of the article's headline + lead and those of the story's
headlines. The time prior applies as for any pair. The story's headlines are embedded only
for cross-language candidates that share enough names (``MIN_SHARED_ENTITIES``; canonical
entity ids from the entity step when both sides have them), so that cost stays off the common
path (each article's own headline embedding is computed once by the engine, for every article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from lagebild.dedup.scoring import SentenceEncoder

if TYPE_CHECKING:
    from lagebild.stories.engine import StoryState, Vector
    from lagebild.stories.text import Bags, StoryDoc

# Names a cross-language pair must share before it is scored at all: one shared name (a
# capital, a head of government) is the common case between unrelated stories of one country;
# two (the chancellor and his predecessor, two clubs) already point at one event. Counted on
# canonical entity ids when both sides carry them, else on whole entity names.
MIN_SHARED_ENTITIES = 2
STORY_HEADLINES = 10  # most recent headlines of a story its article is compared with
EMBED_DIM = 512  # USE multilingual v3
ENCODE_BATCH = 256  # texts per encoder call (batches amortise the call overhead)
EMBED_CACHE_MAX = 20_000  # headline embeddings kept per engine (bounded memory)

_LEAD = re.compile(r".{20,300}?[.!?](?=\s|$)", re.S)


def dominant_language(langs: dict[str, int]) -> str | None:
    """The language most of a story's articles are in (ties: alphabetical), None if unknown."""
    if not langs:
        return None
    return min(langs.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def language_of(doc: StoryDoc) -> str | None:
    if not doc.language:
        return None
    return doc.language.split("-")[0].lower() or None


def is_cross(doc: StoryDoc, st: StoryState) -> bool:
    """The article's language is known and differs from the story's dominant language."""
    mine = language_of(doc)
    theirs = dominant_language(st.langs)
    return mine is not None and theirs is not None and mine != theirs


def embed_text(doc: StoryDoc, b: Bags) -> str:
    """Headline plus lead sentence (the lead alone stands in for a missing headline)."""
    if not doc.title:
        return b.headline
    lead = _LEAD.match(doc.text.strip())
    return doc.title + ". " + lead.group(0).strip() if lead else doc.title


def shared_entities(doc: StoryDoc, vecs: dict[str, Vector], st: StoryState) -> int:
    """Entities the article shares with the story: canonical ids when both sides have them,
    else whole names (a surname term alone does not count twice)."""
    if doc.entity_ids and st.ids:
        return len(set(doc.entity_ids) & set(st.ids))
    cent = st.cent.get("entities", {})
    terms = [t for t in vecs["entities"] if t in cent]
    return sum(1 for t in terms if not any(t[2:] in o[2:].split() for o in terms if o != t))


class HeadlineEmbedder:
    """Multilingual embeddings of headlines, computed on demand and cached by text (bounded).

    One instance may serve several engines (training replays a set many times)."""

    def __init__(self, encoder: SentenceEncoder | None = None) -> None:
        self.encoder = encoder or SentenceEncoder()
        self._cache: dict[str, npt.NDArray[np.float32]] = {}
        self.encoded = 0  # texts sent to the encoder (for the cost benchmark)

    def vectors(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit embeddings of ``texts``, from the cache where possible."""
        if not texts:
            return np.zeros((0, EMBED_DIM), dtype=np.float32)
        found = {t: self._cache[t] for t in texts if t in self._cache}
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        if todo:
            keep = len(todo) <= EMBED_CACHE_MAX // 2  # a big batch is encoded, not cached
            if keep and len(self._cache) + len(todo) > EMBED_CACHE_MAX:
                self._cache.clear()
            for t, v in zip(todo, self.encode_new(todo), strict=True):
                found[t] = v
                if keep:
                    self._cache[t] = v
        return np.stack([found[t] for t in texts])

    def encode_new(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit embeddings of ``texts`` (encoded in batches of ENCODE_BATCH, not cached)."""
        if not texts:
            return np.zeros((0, EMBED_DIM), dtype=np.float32)
        vecs = np.concatenate(
            [
                self.encoder.encode(list(texts[i : i + ENCODE_BATCH]))
                for i in range(0, len(texts), ENCODE_BATCH)
            ]
        )
        self.encoded += len(texts)
        out: npt.NDArray[np.float32] = vecs / np.maximum(
            np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9
        )
        return out

    def best_cosine(self, text: str, headlines: Sequence[str]) -> float:
        """Best cosine of ``text`` with one of ``headlines`` (0 when there are none)."""
        heads = [h for h in headlines if h.strip()]
        if not text.strip() or not heads:
            return 0.0
        vecs = self.vectors([text, *heads])
        return float(max(0.0, float((vecs[1:] @ vecs[0]).max())))


def story_headlines(st: StoryState) -> list[str]:
    return [h for _, h, _ in st.titles[-STORY_HEADLINES:]]
