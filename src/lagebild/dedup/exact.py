"""Exact duplicates: same text after :func:`lagebild.model.normalise_text`."""

from __future__ import annotations

import hashlib

from lagebild.model import normalise_text


def text_hash(text: str) -> str:
    """Hex SHA-256 of the normalised text (NFC, case-folded, whitespace collapsed)."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
