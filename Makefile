# Diaspora Desk — developer entry points. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

# UI languages besides English. qtbase_ro: Qt ships no Romanian for its own dialogs and buttons.
LANGS := fr es ro ru ar
TS := $(LANGS:%=translations/diaspora_desk_%.ts) translations/qtbase_ro.ts
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench faults translations clean-translations fixtures package package-test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,dev]'
	@touch $(STAMP)

# Compiled translations are build output (not committed); rebuilt when a .ts is newer.
translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(BIN)/diaspora-desk $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check desktop sync tests bench tools
	$(BIN)/mypy

# The bench extra holds comparison-only tools (GPL sortition-algorithms), never runtime deps.
BENCH_STAMP := $(VENV)/.bench-stamp
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[server,dev,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# The long fault-injection soak of sync (tests/sync/faults/soak.py): writes docs/RELIABILITY.md.
# SQLite, plus PostgreSQL when DIASPORA_TEST_PG_URL is set. `make faults FAULTS_ITERATIONS=5
# FAULTS_SEED=123` replays a run; the CI suite runs the same scenarios, smaller (marker `faults`).
FAULTS_ITERATIONS ?= 2
faults: $(STAMP)
	QT_QPA_PLATFORM=offscreen FAULTS_ITERATIONS=$(FAULTS_ITERATIONS) FAULTS_SEED=$(FAULTS_SEED) \
		$(BIN)/python -m tests.sync.faults.soak $(FAULTS_ARGS)

# Refresh the .ts sources from the code, fill them from translations/catalog.tsv, compile them.
# Then `tools/translate_ts.py --missing` lists what still needs translating (see its docstring).
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py
	$(BIN)/python tools/translate_ts.py
	$(MAKE) $(QM)

clean-translations:
	rm -f translations/*.qm

# Rebuild tests/fixtures/db-<revision>.sqlite (one database with data per schema revision).
fixtures: $(STAMP)
	$(BIN)/python -m tests.fixtures.make_fixtures

# Installable packages (docs/INSTALL.md). PyInstaller builds the one-folder bundle
# dist/DiasporaDesk/ from installer/diaspora-desk.spec (its analysis is cached in
# build/pyinstaller/), then installer/linux/build-packages.sh wraps it into
# dist/diaspora-desk_VERSION_amd64.deb and dist/diaspora-desk-VERSION-linux-x86_64.tar.gz.
PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[server,dev,package]'
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) $(QM)
	rm -rf dist/DiasporaDesk
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/diaspora-desk.spec
	installer/linux/build-packages.sh

# Installs the .deb on a fresh Debian 12 chroot and runs it there (root; see the script).
package-test: package
	installer/linux/package-test.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/check_package_test.py dist/package-test
