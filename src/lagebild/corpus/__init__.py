"""Corpus steps: run after the per-article steps, on the store, incrementally."""
