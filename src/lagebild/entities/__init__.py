"""Canonical entities across articles: variants, transliterations, acronyms, roles.

- :class:`lagebild.entities.resolver.Resolver` is the pure core: articles' mentions in,
  entity clusters out, against an in-memory or a store-backed index;
- :class:`lagebild.entities.step.EntityStep` runs it incrementally on the store.

Nothing is imported here so that the store can read :mod:`lagebild.entities.schema` cheaply.
"""
