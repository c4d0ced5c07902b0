"""HTML views of a corpus: the static report (and the web UI)."""
