# lakip developer and CI entry points. See docs/development.md.
#
#   make install   create $(VENV) and install lakip with its test extras (editable)
#   make build     validate the data, then build the site and the PDF
#   make test      run the test suite            (PYTEST_ARGS="-k foo -x")
#   make test-fast run the tests not marked slow or browser (no PDF, site or release builds)
#   make golden    regenerate every golden case's expectations, then read `git diff tests/cases`
#   make lint      ruff check + ruff format --check + import-linter (layers, no cycles)
#   make format    ruff check --fix + ruff format (rewrites files)
#   make schemas   regenerate the JSON Schemas from scripts/lakip/load/spec.py
#   make bench     run scripts/dev/bench.py          (BENCH_ARGS=...)
#   make clean     remove build/

PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Oldest pip that is fine for an editable install of this pyproject (PEP 660).
PIP_MIN ?= 23.0
PIP_FLAGS ?= -q --disable-pip-version-check --progress-bar off

PYTEST_ARGS ?=
PYTEST_SELECT ?=
BUILD_ARGS ?=
BENCH_ARGS ?=
LINT_PATHS ?= scripts tests

# Recipes that run lakip, pytest or pre-commit see the venv first on PATH, so
# subprocesses (the CLI, pre-commit hooks) find the same tools.
VENV_PATH = PATH="$(abspath $(BIN)):$$PATH"

.DEFAULT_GOAL := help

.PHONY: help install build test test-fast golden lint format schemas bench clean

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	@test -x $(BIN)/python || { echo "creating $(VENV) with $(PY)"; $(PY) -m venv $(VENV); }
	@$(BIN)/python -c 'import sys; from importlib.metadata import version; \
		cur = tuple(int(p) for p in version("pip").split(".")[:2] if p.isdigit()); \
		need = tuple(int(p) for p in "$(PIP_MIN)".split(".")); \
		sys.exit(0 if cur >= need else 1)' \
		|| { echo "upgrading pip in $(VENV)"; $(BIN)/python -m pip install $(PIP_FLAGS) --upgrade pip; }
	$(BIN)/python -m pip install $(PIP_FLAGS) -e '.[test]'
	@touch $@

install: $(STAMP)

build: $(STAMP)
	$(VENV_PATH) $(BIN)/lakip validate
	$(VENV_PATH) $(BIN)/lakip build $(BUILD_ARGS)

# pytest exits 5 when it collected no test (e.g. a -k that matches nothing):
# report it loudly but do not fail the target for it.
test: $(STAMP)
	@$(VENV_PATH) $(BIN)/pytest $(PYTEST_SELECT) $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 0; fi; \
	exit $$rc

# A variable of its own, so that `make test-fast PYTEST_ARGS=-x` keeps the selection.
test-fast: PYTEST_SELECT = -m "not slow and not browser"
test-fast: test

# The golden cases whose expectations lakip writes: bad input (tests/cases/invalid) and hostile
# builds (tests/cases/build). The figures cases (tests/cases/figures) are written by hand.
golden: $(STAMP)
	$(VENV_PATH) $(BIN)/python tests/golden.py --update
	$(VENV_PATH) $(BIN)/python tests/test_build_cases.py --update

lint: $(STAMP)
	@rc=0; \
	$(BIN)/ruff check $(LINT_PATHS) || rc=1; \
	$(BIN)/ruff format --check $(LINT_PATHS) || rc=1; \
	$(BIN)/lint-imports --no-cache --no-logo || rc=1; \
	exit $$rc

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

schemas: $(STAMP)
	$(VENV_PATH) $(BIN)/lakip schema --write

bench: $(STAMP)
	$(VENV_PATH) $(BIN)/python scripts/dev/bench.py $(BENCH_ARGS)

clean:
	rm -rf build/
