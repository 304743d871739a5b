# Guardian Desktop: `make run` sets up and opens the app; `make test` sets up and runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

.PHONY: setup run practice test lint typecheck pytest bench translations screenshots sample-report package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)
	$(PY) -m guardian_desktop.i18n_build

run: setup
	$(PY) -m guardian_desktop

practice: setup
	$(PY) -m guardian_desktop --practice

lint: setup
	$(BIN)/ruff check guardian_desktop tests bench
	$(BIN)/ruff format --check guardian_desktop tests bench

typecheck: setup
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: lint typecheck pytest

translations: setup
	$(PY) scripts/update_translations.py

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_screens.py
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_screens.py --lang ar --out docs/screenshots/arabic
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_screens.py --size 1024x640 --font-scale 2 --out docs/screenshots/text-200
	QT_QPA_PLATFORM=offscreen $(PY) scripts/render_evidence_screens.py

sample-report: setup
	$(PY) scripts/make_sample_report.py

package: setup
	$(PY) -m pip install --quiet -e ".[package]"
	$(BIN)/pyinstaller --noconfirm build.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
