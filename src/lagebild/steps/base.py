"""The one shape of a per-article step.

A step is a small, picklable object with plain configuration. It declares which Article
fields it reads (``requires``) and writes (``provides``); the pipeline checks the order when
it is built. A concrete step implements ``process``: return the (possibly changed) article
to keep it, or a :class:`Drop` with a reason to drop it. Heavy resources (models) are opened
lazily on first use so that steps pickle cheaply to worker processes. A step may name
``preload`` modules: the local executor imports them once in its fork server, before it forks
the workers, so a module that loads and warms a model there (and only such a module) saves each
worker that work; workers started otherwise (in-process, Ray) load lazily as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lagebild.model import Article


@dataclass(frozen=True, slots=True)
class Drop:
    """A step's decision to drop an article, with a short machine-readable reason."""

    reason: str
    detail: str = ""


class Step:
    """Base class of per-article steps."""

    name: ClassVar[str] = "step"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ()
    #: modules to import in the local executor's fork server (see the module docstring)
    preload: ClassVar[tuple[str, ...]] = ()

    def process(self, article: Article) -> Article | Drop:
        raise NotImplementedError
