# Everything a fresh machine needs: `make demo` and `make test` create .venv and install first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_INPUTS := examples/corpus/txt examples/corpus/html examples/corpus/articles.jsonl \
               examples/corpus/feeds examples/corpus/warc

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	mkdir -p demo
	$(BIN)/lagebild run --db demo/lagebild.db $(DEMO_INPUTS)
	$(BIN)/lagebild export --db demo/lagebild.db -o demo/lagebild.json
	$(BIN)/lagebild report --db demo/lagebild.db -o demo/report.html
	@echo
	@echo "Results: demo/lagebild.db (SQLite), demo/lagebild.json (export), demo/report.html (report)."

lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf demo build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
