# Two commands do all the set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: seed run test test-offscreen test-realdisplay lint format bench dist clean catalogues

# Install (again) only when pyproject.toml is newer than the last install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The coach's seed (storage/coach_seed.py): its compiled patterns and snapshot, made ahead of
# time so no first run compiles every rule. Made again when the rules or the code that reads
# them change, into the folder paths.checkout_seed_dir() names (git-ignored under build/).
SEED_DIR := build/coach-seed
SEED := $(SEED_DIR)/.made
SEED_INPUTS := $(wildcard resources/coach_rules*.json resources/coach_prefilter*.json) \
	interventionplanner/domain/coach.py interventionplanner/storage/coach_rules.py \
	interventionplanner/storage/coach_snapshot.py interventionplanner/storage/regex_cache.py \
	interventionplanner/storage/cache_files.py \
	interventionplanner/storage/coach_seed.py

$(SEED): $(STAMP) $(SEED_INPUTS)
	$(BIN)/python -m interventionplanner.storage.coach_seed $(SEED_DIR)
	touch $(SEED)

seed: $(SEED)

run: $(STAMP) $(SEED)
	$(BIN)/interventionplanner $(ARGS)

# The offscreen suite, then the real-display suite (its own process: Qt's platform is fixed
# per process; it starts its own Xvfb and openbox), then the linter.
test: test-offscreen test-realdisplay lint

test-offscreen: $(STAMP) $(SEED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

test-realdisplay: $(STAMP) $(SEED)
	$(BIN)/python -m pytest tests/realdisplay $(RDARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The translation catalogues (docs/translating.md): extract the window's and the engine's
# strings, bring every resources/locale/*/LC_MESSAGES/{window,paper}.po up to date (each
# translation kept) and compile the .mo beside it. `make catalogues NEW=fr` starts a language.
catalogues: $(STAMP)
	$(BIN)/python i18n/catalogues.py $(NEW)

bench: $(STAMP) $(SEED)
	$(BIN)/python -m bench

# A one-folder bundle that runs without Python (docs/packaging.md). PyInstaller goes into the
# venv here, not into the test dependencies.
PYINSTALLER ?= pyinstaller>=6.10
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet '$(PYINSTALLER)'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/interventionplanner.spec
	$(BIN)/python packaging/archive.py dist/interventionplanner

clean:
	rm -rf $(VENV) build dist *.egg-info
