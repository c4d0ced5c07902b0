"""Stories: articles about one real-world event, clustered online and explained.

The engine (``engine.py``) clusters articles in publication order; the corpus step
(``step.py``) runs it incrementally on the store; ``decisions.py`` holds the analyst's merges
and splits, which survive later updates and rebuilds.
"""
