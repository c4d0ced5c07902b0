"""Fork-server preload of the extract step: importing this module loads and warms the bundled
NER model in the importing process.

Only the local executor imports it, in its fork server (``ExtractStep.preload``), so that every
forked worker inherits the warm recogniser copy-on-write instead of loading it itself (about
1.2 CPU-s per worker). Do not import it elsewhere. A failure is logged and left to the workers,
which load the model lazily and report the problem where it matters.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def preload() -> None:
    from lagebild.ner import Recogniser

    try:
        Recogniser.load().warm_up()
    except Exception as exc:  # the workers load it again on first use, and fail there
        log.warning("preloading the NER model failed: %s", exc)


preload()
