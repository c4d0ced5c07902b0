"""Domain exceptions. Messages name the offending value and say how to fix it."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of every error lagebild raises on purpose."""


class InputError(LagebildError):
    """An input file or URL could not be read as news articles."""

    def __init__(self, source: str, reason: str, fix: str = "") -> None:
        self.source = source
        self.reason = reason
        self.fix = fix
        msg = f"{source}: {reason}"
        if fix:
            msg += f" ({fix})"
        super().__init__(msg)


class FetchError(InputError):
    """A URL could not be fetched (refused, too large, timed out)."""


class StepError(LagebildError):
    """A per-article step failed on one article."""


class PipelineError(LagebildError):
    """The step list is inconsistent (a step needs a field no earlier step provides)."""


class StoreError(LagebildError):
    """The store could not be opened or written."""


class MigrationError(StoreError):
    """A schema migration failed or the database is newer than this lagebild."""


class ModelError(LagebildError):
    """A bundled model file is missing or unreadable."""
