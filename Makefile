# The commands a user and CI run; everything goes through the project's own virtual environment.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/sample

.PHONY: setup test fuzz reports bench sample lab dashboard clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Lint first (seconds), then every test and every notebook
test: setup
	$(BIN)/ruff check emulation tests bench data/make_sample.py
	$(BIN)/pytest -q tests --nbval-lax notebooks

# The fuzzing tests at length (make test runs 80 examples each): FUZZ_EXAMPLES=10000 make fuzz
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	EMULATION_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q tests/data/test_fuzz.py --hypothesis-show-statistics

# The cluster reports of every period of the sample: reports/<period>/<cluster>.ipynb and .html, and index.html
reports: setup
	@for period in $$($(BIN)/python -c "from emulation.data.dataset import open_dataset; print(' '.join(open_dataset('$(DATA)').periods))"); do \
		$(BIN)/emulation report $(DATA) --period $$period --out reports || exit $$?; \
	done

bench: setup
	$(BIN)/python bench/scores_vs_read_csv.py
	$(BIN)/python bench/explorer_redraw.py
	$(BIN)/python bench/report_batch.py

sample: setup
	$(BIN)/python data/make_sample.py

lab: setup
	$(BIN)/emulation lab --port 8888

# The explorer as a Voilà dashboard on http://127.0.0.1:8866/ (idle kernels culled, live kernels bounded)
dashboard: setup
	$(BIN)/emulation dashboard --port 8866

clean:
	rm -rf $(VENV) reports/*/ bench/out
