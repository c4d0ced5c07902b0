"""Embedded SQLite store: WAL, named migrations, one nestable transaction per write."""

from lagebild.store.db import Store

__all__ = ["Store"]
