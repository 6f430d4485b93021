# Everything a user or CI needs is installed here, into .venv, from pyproject.toml.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
QUESTION ?= who supplies Myanmar's jets?

.PHONY: ask run test lint format quality reqa sets probes scale clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# An editable install leaves the project's own modules uncompiled, and where
	# PYTHONDONTWRITEBYTECODE is set nothing ever writes their bytecode: each `qabot ask`
	# then compiles ~20,000 lines (0.52 s a cold ask, against 0.29 s compiled). pip
	# compiles an installed package so; this does it for the editable one.
	$(BIN)/python -m compileall -q bot index
	touch $@

ask: $(BIN)/.installed  ## set up, then answer QUESTION from the bundled corpus
	$(BIN)/qabot ask "$(QUESTION)"

run: $(BIN)/.installed  ## set up, then start the Discord bot (settings from .env)
	$(BIN)/qabot run

test: $(BIN)/.installed  ## set up, then run the whole test suite
	$(BIN)/python -m pytest

quality: $(BIN)/.installed  ## answer quality beside rank-bm25, bm25s and tantivy
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/quality.py

reqa: $(BIN)/.installed  ## ReQA on SQuAD 2.0: the first quote on questions written elsewhere
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/reqa.py --out reqa-answers.jsonl

sets: $(BIN)/.installed  ## every question set of tests/data over all 79 articles at once
	$(BIN)/python benchmarks/sets.py

probes: $(BIN)/.installed  ## the probe conversations' first quotes (benchmarks/probes.txt)
	$(BIN)/python benchmarks/probes.py --out probe-answers.json

scale: $(BIN)/.installed  ## speed and memory at 10k, 100k and 1M sentences beside the baselines
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/scale.py

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
