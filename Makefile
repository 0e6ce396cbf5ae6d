# The commands a user and CI run; everything goes through the project's own virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/sample

.PHONY: setup lock chromium test quick fuzz reports bench sample gallery lab dashboard wheelhouse clean

# The browser tests and the PNG export drive Debian's chromium, the printed score sheet's test LibreOffice Calc
# and poppler: say at once how to get them, not after minutes
chromium:
	@test -x /usr/bin/chromium && command -v soffice >/dev/null && command -v pdftotext >/dev/null || { echo "make test needs Debian's chromium, libreoffice-calc-nogui, libreoffice-writer-nogui and poppler-utils: run 'apt-get update && apt-get install -y chromium libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils' (as root), then make test again." >&2; exit 2; }

setup: $(VENV)/.installed

# Exact versions from requirements.lock (make lock renews it), then the package itself, editable
$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

# Resolve pyproject's ranges afresh into exact versions (run after changing a dependency)
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv && .lock-venv/bin/pip install -q -e ".[test]"
	.lock-venv/bin/pip install -q 'setuptools>=70.1,<81' && .lock-venv/bin/pip freeze --all --exclude-editable | sed '/^emulation/d; /^pip==/d' > requirements.lock
	rm -rf .lock-venv

# Format check, lint and type-check first (seconds), then every test and every notebook, a test file per worker on every core
WORKERS ?= auto
test: setup chromium
	$(BIN)/ruff format --check emulation tests bench data
	$(BIN)/ruff check emulation tests bench data/make_sample.py data/guide_sample.py
	$(BIN)/mypy
	$(BIN)/pytest -q -n $(WORKERS) --dist loadfile tests --nbval-lax notebooks

# The inner loop: every test but the slow ones (kernels, servers, batches), on every core
quick: setup chromium
	$(BIN)/pytest -q -m "not slow" -n $(WORKERS) --dist loadfile tests

# The fuzzing tests at length (make test runs 80 examples each): FUZZ_EXAMPLES=10000 make fuzz
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	EMULATION_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/data/test_fuzz.py --hypothesis-show-statistics

# The cluster reports of every period of the sample: reports/<period>/<cluster>.ipynb and .html, each period's
# index.html, and reports/index.html linking every period
reports: setup
	@for period in $$($(BIN)/python -c "from emulation.data.dataset import open_dataset; print(' '.join(open_dataset('$(DATA)').periods))"); do \
		$(BIN)/emulation report $(DATA) --period $$period --out reports || exit $$?; \
	done

bench: setup chromium
	$(BIN)/python bench/scores_vs_read_csv.py
	$(BIN)/python bench/explorer_redraw.py
	$(BIN)/python bench/report_batch.py
	$(BIN)/python bench/flood.py
	$(BIN)/python bench/dashboard_open.py

sample: setup
	$(BIN)/python data/make_sample.py

# The README's pictures of the sample's charts (docs/gallery/*.png, drawn by Debian's chromium)
gallery: setup chromium
	$(BIN)/python -m emulation.publish.gallery docs/gallery

# JupyterLab in a folder of the analyst's own, never the checkout (the notebooks are copied there, and saved there):
# make lab NOTEBOOK_DIR=/path/to/folder
NOTEBOOK_DIR ?= $(HOME)/thi-dua
lab: setup
	$(BIN)/emulation lab --port 8888 --notebook-dir "$(NOTEBOOK_DIR)"

# The explorer as a Voilà dashboard on http://127.0.0.1:8866/ (idle kernels culled, live kernels bounded);
# for the meeting's screen: make dashboard TEMPLATE=projector DATA=path/to/data
TEMPLATE ?= default
dashboard: setup
	$(BIN)/emulation dashboard --port 8866 --template $(TEMPLATE) $(if $(filter-out data/sample,$(DATA)),--data $(DATA),)

# For an office PC with no internet: the package and every dependency at the locked versions, as wheels in
# wheelhouse/, which `pip install --no-index --find-links wheelhouse emulation` installs. PLATFORM picks another
# system's wheels: make wheelhouse PLATFORM=win_amd64 (Windows, 64-bit) for a Python of PYVERSION (by default this
# machine's; some locked wheels need 3.11.5 or newer, so give the office PC's full version: PYVERSION=3.11.9)
PLATFORM ?=
PYVERSION ?= $(shell $(PYTHON) -c 'import platform; print(platform.python_version())')
wheelhouse: setup
	rm -rf wheelhouse && $(BIN)/pip wheel -q --no-deps --no-build-isolation -w wheelhouse .
	$(BIN)/pip download -q -d wheelhouse -c requirements.lock --only-binary=:all: --python-version $(PYVERSION) \
		$(if $(PLATFORM),--platform $(PLATFORM),) wheelhouse/emulation-*.whl

clean:
	rm -rf $(VENV) reports/*/ bench/out wheelhouse
