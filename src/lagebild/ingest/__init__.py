"""Readers that turn files, directories, URLs and stdin into a stream of raw articles.

Readers only read: they yield :class:`~lagebild.model.Article` objects with ``raw`` set
(HTML or text) and whatever metadata the container gives (URL, date, outlet), or an
:class:`InputProblem` for input that cannot be read. Parsing HTML to text happens in the
per-article ``parse`` step, so it runs on all cores.
"""

from lagebild.ingest.base import IngestOptions, InputProblem
from lagebild.ingest.sources import iter_inputs

__all__ = ["IngestOptions", "InputProblem", "iter_inputs"]
