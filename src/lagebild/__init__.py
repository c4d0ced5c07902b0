"""lagebild: turn a pile or a stream of news articles into a trustworthy situation picture."""

__version__ = "0.1.0"
