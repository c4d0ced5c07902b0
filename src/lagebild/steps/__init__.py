"""Per-article steps: ingest -> parse -> clean -> language -> extract."""
