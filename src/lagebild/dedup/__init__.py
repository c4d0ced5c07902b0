"""Duplicates, rewrites and provenance: which article copies which.

Modules: ``minhash`` (signatures), ``lsh`` (persistent LSH index), ``anchors`` (rare-token
index), ``features`` / ``scoring`` (rewrite signals and model), ``direction`` (which one is
the original), ``engine`` (the incremental detector), ``outlets`` (per-outlet copy
signals), ``step`` (the corpus step), ``schema`` (tables), ``synth`` (synthetic copies for
calibration). Nothing is imported here so that ``store.migrations`` can import ``schema``.
"""
