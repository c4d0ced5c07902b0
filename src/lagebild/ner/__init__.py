"""German named-entity recognition (PER, ORG, LOC, MISC) for lagebild.

``Recogniser.load()`` gives the process-wide recogniser built from the model committed in
``src/lagebild/models/``; see ``README.md`` in this package for how it is trained.
"""

from lagebild.ner.recogniser import Recogniser
from lagebild.ner.resources import ResourceError

__all__ = ["Recogniser", "ResourceError"]
