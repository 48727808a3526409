# Two entry points for a fresh clone: `make run` (set up, then the whole pipeline on data/raw/)
# and `make test` (set up, then the whole test suite). Set-up is idempotent and incremental.
VENV ?= .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: setup run check test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/install_system_deps.sh
	bash scripts/install_system_deps.sh
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	$(VENV)/bin/python -m compileall -q src >/dev/null  # bytecode as a regular install has it (PYTHONDONTWRITEBYTECODE)
	$(VENV)/bin/python -m analysis.patterns  # the rules' compiled patterns, kept for every later start
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/analysis run

check: $(STAMP)
	$(VENV)/bin/analysis check data/raw

test: $(STAMP)
	$(VENV)/bin/python -m pytest

bench: $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[bench]'
	$(VENV)/bin/python benchmarks/bench_extract.py
	$(VENV)/bin/python benchmarks/bench_pipeline.py
	$(VENV)/bin/python benchmarks/bench_corpus.py

clean:
	rm -rf $(VENV) data/processed/*/ reports/*.html reports/executed
