"""Executors run a pipeline over a stream of articles: locally (default) or on Ray."""

from lagebild.executor.base import Executor
from lagebild.executor.local import LocalExecutor

__all__ = ["Executor", "LocalExecutor"]
