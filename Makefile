# One venv per checkout; every target installs what it needs first, and no more:
# `make demo` installs the package alone, `make test` adds the test tools and the
# Redis/Ray/Parquet extras its tests use, the bench targets add the baselines.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS := ../shared/seeds
DATA := ../shared/data/extraction
DEPS := pyproject.toml setup.py Makefile
# The sources of the modules setup.py compiles with mypyc: editing one rebuilds them. An editable install keeps the
# compiled modules beside the sources and Python imports those first (`import cleaner` warns when one is stale);
# CLEANER_PURE=1 installs pure Python.
COMPILED := $(shell $(PY) setup.py --sources)

.PHONY: install demo test lint typecheck bench bench-extract bench-traditional bench-dedup bench-fetch bench-nightly bench-scale clean

# A current pip: pip 23.2's resolver fails on the bench extra (trafilatura and readability-lxml ask for lxml's
# html-clean extra under two spellings).
$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The package alone (what `pip install story-cleaner` gives): enough for the demo.
$(VENV)/.core: $(DEPS) $(COMPILED) | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test: $(VENV)/.core
	$(BIN)/pip install -q -e '.[dev,redis,ray,parquet]'
	touch $@

$(VENV)/.bench: $(VENV)/.test
	$(BIN)/pip install -q -e '.[dev,bench,redis,ray,parquet]'
	touch $@

install: $(VENV)/.test

## The main job on the bundled fixtures: writes out/demo/{stories,rejects}.jsonl and report.json
demo: $(VENV)/.core
	$(BIN)/cleaner run fixtures/seeds fixtures/html/*.html --out out/demo
	@echo; echo "stories: out/demo/stories.jsonl  rejects: out/demo/rejects.jsonl  report: out/demo/report.json"

lint: $(VENV)/.test
	$(BIN)/ruff check cleaner tests bench
	$(BIN)/mypy

# Two pytest workers (pytest-xdist), a test file each at a time (--dist loadfile: a module's fixtures, its corpora,
# Redis server and Ray instance, are made once, on one worker): most tests use one core, and the rule is ten
# minutes on two. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2
test: $(VENV)/.test lint
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile

bench: $(VENV)/.bench
	$(BIN)/python bench/bench_clean.py
	$(BIN)/python bench/bench_audit.py --data $(DATA)

bench-extract: $(VENV)/.bench
	$(BIN)/python bench/bench_extract.py --data $(DATA)

bench-traditional: $(VENV)/.bench
	$(BIN)/python bench/bench_traditional.py --data $(DATA)

bench-dedup: $(VENV)/.bench
	$(BIN)/python bench/bench_dedup.py --data $(DATA)

bench-fetch: $(VENV)/.bench
	$(BIN)/python bench/bench_fetch.py

bench-nightly: $(VENV)/.bench
	$(BIN)/python bench/bench_nightly.py --data $(DATA)

bench-scale: $(VENV)/.bench
	$(BIN)/python bench/bench_scale.py --data $(DATA)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache build cleaner__mypyc.* cleaner/_compiled.json
	find cleaner -name '*.so' -delete -o -name '*.pyd' -delete
	rm -f $(VENV)/.core $(VENV)/.test $(VENV)/.bench
