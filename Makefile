# Wegweiser Integration Hildesheim: `make serve` to preview, `make test` to run all tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PYTHONPATH := $(CURDIR)/hooks
export NO_MKDOCS_2_WARNING := 1

# The languages are listed once, in mkdocs.yml (extra.languages).
LANGUAGES := $(shell sed -n 's/^  languages: \[\(.*\)\]/\1/p' mkdocs.yml | tr -d ',')
# `LANG=ar make serve` previews Arabic; a system locale in LANG (e.g. C.UTF-8) means German.
SERVE_LANG := $(if $(filter $(LANG),$(LANGUAGES)),$(LANG),de)
BASE_URL ?= http://127.0.0.1:8000/
N ?= 2000

.PHONY: help serve build check report test translations translations-report synthetic bench clean chromium $(LANGUAGES:%=build-%)

help:
	@echo "make serve | build | check | report | test | translations | translations-report | synthetic N=2000 | bench | clean"

$(BIN)/mkdocs: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: $(BIN)/mkdocs
	SITE_LANGUAGE=$(SERVE_LANG) SITE_URL=$(BASE_URL)$(SERVE_LANG)/ \
		$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

# Languages build in parallel processes, one per core.
build: $(BIN)/mkdocs
	rm -rf site
	$(MAKE) --no-print-directory -j $(shell nproc) $(LANGUAGES:%=build-%)
	$(BIN)/python -m wegweiser root-page site --languages $(LANGUAGES)

$(LANGUAGES:%=build-%): build-%:
	SITE_LANGUAGE=$* SITE_DIR=site/$* SITE_URL=$(BASE_URL)$*/ $(BIN)/mkdocs build --strict --quiet

check: $(BIN)/mkdocs
	$(BIN)/python -m wegweiser check directory $(if $(GITHUB_ACTIONS),--format github)

report: $(BIN)/mkdocs
	$(BIN)/python -m wegweiser report directory

translations: $(BIN)/mkdocs
	$(BIN)/pybabel extract --no-wrap --sort-by-file -F pyproject.toml -o translations/messages.pot \
		--project "Wegweiser Integration Hildesheim" --copyright-holder "Wegweiser Integration Hildesheim" .
	$(BIN)/pybabel update --no-wrap --ignore-obsolete --no-fuzzy-matching -i translations/messages.pot -d translations

translations-report: $(BIN)/mkdocs
	$(BIN)/python -m wegweiser translations-report directory --languages $(LANGUAGES)

chromium:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium fonts-noto-core >/dev/null)

node_modules/axe-core/axe.min.js: package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null)
	npm ci --no-audit --no-fund --silent

test: $(BIN)/mkdocs chromium node_modules/axe-core/axe.min.js
	$(BIN)/ruff check hooks tests bench
	$(BIN)/python -m pytest

synthetic: $(BIN)/mkdocs
	$(BIN)/python -m wegweiser.synthetic --count $(N) --out synthetic/$(N)

bench: $(BIN)/mkdocs chromium
	$(BIN)/python bench/bench.py 500 2000
	$(BIN)/python bench/search_transfer.py 10000

clean:
	rm -rf site synthetic test-artifacts
