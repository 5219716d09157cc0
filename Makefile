# The two commands of the README's quick start: `make run` and `make test`.
# Each creates .venv and installs the project (with its test tools) when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck forms translations messages benchmark benchmark-quick demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/delegation-planner $(ARGS)

demo: $(STAMP)
	$(BIN)/delegation-planner --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check delegation_planner tests benchmarks
	$(BIN)/ruff format --check delegation_planner tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy delegation_planner

# Regenerate ui/generated/ from forms/*.ui (a test fails when they are stale).
forms: $(STAMP)
	$(BIN)/python -m delegation_planner.ui.forms_build

# Update ui/translations/*.ts from the window's texts (pyside6-lupdate), then compile them
# to .qm (pyside6-lrelease). Translate new texts in between with `$(BIN)/pyside6-linguist`.
translations: $(STAMP)
	$(BIN)/python -m delegation_planner.ui.translations_build

# Update the core's and the command line's message catalogues (texts/locale/*.po) from the
# code and compile them to .mo (Babel). Translate what it lists as "to translate or check".
messages: $(STAMP)
	$(BIN)/python -m delegation_planner.texts.catalogue_build

# Each figure beside its anchor (the bare tools doing the same work), as ratios in one run.
# The registers are generated once into the temporary folder and reused.
benchmark: $(STAMP)
	$(BIN)/python benchmarks/register_benchmark.py $(ARGS)

# The same on a register of 10,000 delegations, three runs: a check in a few minutes.
benchmark-quick: $(STAMP)
	$(BIN)/python benchmarks/register_benchmark.py --quick $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
