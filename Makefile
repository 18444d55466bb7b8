# One venv per checkout; every target installs what it needs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := ../shared/seeds
DATA := ../shared/data/extraction

.PHONY: install demo test lint typecheck bench bench-extract bench-dedup bench-fetch bench-nightly bench-scale clean

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,bench,ray,redis]'
	touch $(STAMP)

install: $(STAMP)

## The main job on the bundled fixtures: writes out/demo/{stories,rejects}.jsonl and report.json
demo: $(STAMP)
	$(BIN)/cleaner run fixtures/seeds fixtures/html/*.html --out out/demo
	@echo; echo "stories: out/demo/stories.jsonl  rejects: out/demo/rejects.jsonl  report: out/demo/report.json"

lint: $(STAMP)
	$(BIN)/ruff check cleaner tests bench
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_clean.py

bench-extract: $(STAMP)
	$(BIN)/python bench/bench_extract.py --data $(DATA)

bench-dedup: $(STAMP)
	$(BIN)/python bench/bench_dedup.py --data $(DATA)

bench-fetch: $(STAMP)
	$(BIN)/python bench/bench_fetch.py

bench-nightly: $(STAMP)
	$(BIN)/python bench/bench_nightly.py --data $(DATA)

bench-scale: $(STAMP)
	$(BIN)/python bench/bench_scale.py --data $(DATA)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
