# Wegweiser Integration Hildesheim: `make serve` to preview, `make test` to run all tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

# The languages are listed once, in mkdocs.yml (extra.languages).
LANGUAGES := $(shell sed -n 's/^  languages: \[\(.*\)\]/\1/p' mkdocs.yml | tr -d ',')
# `LANG=ar make serve` previews Arabic; a system locale in LANG (e.g. C.UTF-8) means German.
SERVE_LANG := $(if $(filter $(LANG),$(LANGUAGES)),$(LANG),de)
BASE_URL ?= http://127.0.0.1:8000/
# Where `make build` writes the site; `make build OUTPUT=/tmp/x` writes elsewhere (not read from the environment).
OUTPUT := site
# The sitemap dates the pages by the newest commit, so that builds of the same sources are byte-identical.
ifndef SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
endif
ifdef SOURCE_DATE_EPOCH
export SOURCE_DATE_EPOCH
endif
N ?= 2000
SIZES ?= 500 1000 2000 10000

.PHONY: help serve build catalogs check report new links test translations translations-report synthetic bench clean \
	chromium faketime zbar posters admin

help:
	@echo "make serve | build | check | report | new KIND=… ID=… | links | test | translations | translations-report | synthetic N=2000 | bench | clean"

# The pinned dependencies, then the wegweiser package itself (editable: changes to hooks/ apply at once).
$(INSTALLED): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Compiled once, before the language builds run in parallel; the builds only read them.
catalogs: $(INSTALLED)
	$(BIN)/wegweiser catalogs

# `mkdocs serve` writes the whole preview anew on each save: into memory (/dev/shm) when at least 1 GiB is free
# there, which takes a quarter of a second less than a disk. WEGWEISER_DIRECTORY=… previews and watches another
# directory.
SERVE_ADDRESS ?= 127.0.0.1:8000
SERVE_TMPDIR = $(shell test -w /dev/shm && test "$$(df -Pk /dev/shm | awk 'NR == 2 {print $$4}')" -ge 1048576 \
	&& echo /dev/shm)
serve: catalogs
	$(if $(SERVE_TMPDIR),TMPDIR=$(SERVE_TMPDIR)) SITE_LANGUAGE=$(SERVE_LANG) SITE_URL=$(BASE_URL)$(SERVE_LANG)/ \
		$(BIN)/mkdocs serve --livereload --dev-addr $(SERVE_ADDRESS) $(if $(WEGWEISER_DIRECTORY),-w $(WEGWEISER_DIRECTORY))

# Languages build in parallel processes, one per core, forked from one that checked the directory (site/parallel.py).
build: catalogs node_modules/axe-core/axe.min.js
	rm -rf $(OUTPUT)
	$(BIN)/wegweiser build $(OUTPUT) --languages $(LANGUAGES) --base-url $(BASE_URL) --jobs $(shell nproc)
	$(BIN)/wegweiser root-page $(OUTPUT) --languages $(LANGUAGES) --base-url $(BASE_URL) \
		$(if $(filter false,$(DIRECTORY_URLS)),--file-urls)
	$(BIN)/wegweiser open-data $(OUTPUT)/data --languages $(LANGUAGES)
	$(BIN)/wegweiser admin $(OUTPUT)/admin --languages $(LANGUAGES) --repo-url "$(REPO_URL)"

check: catalogs
	$(BIN)/wegweiser check directory $(if $(GITHUB_ACTIONS),--format github)

# `make report LIMIT=15` lists at most 15 entries per topic (the weekly issue).
report: catalogs
	$(BIN)/wegweiser report directory --languages $(LANGUAGES) $(if $(LIMIT),--limit $(LIMIT))

# `make new KIND=courses ID=integrationskurs-beispiel` (or KIND=course): the skeleton of a new entry.
new: $(INSTALLED)
	@test -n "$(KIND)" -a -n "$(ID)" || { echo "Aufruf: make new KIND=courses ID=<id des neuen Eintrags>"; exit 2; }
	$(BIN)/wegweiser new "$(KIND)" "$(ID)"

# Every link between the built pages of all languages, and every #anchor, leads somewhere (after make build).
links: $(INSTALLED)
	$(BIN)/wegweiser links $(OUTPUT)

translations: $(INSTALLED)
	$(BIN)/pybabel extract --no-wrap --sort-by-file -F pyproject.toml -o translations/messages.pot \
		--project "Wegweiser Integration Hildesheim" --copyright-holder "Wegweiser Integration Hildesheim" .
	$(BIN)/pybabel update --no-wrap --ignore-obsolete --no-fuzzy-matching -i translations/messages.pot -d translations

translations-report: catalogs
	$(BIN)/wegweiser translations-report directory --languages $(LANGUAGES)

chromium:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium fonts-noto-core >/dev/null)

# libfaketime moves the clock of the second build in tests/test_reproducible.py.
faketime:
	command -v faketime >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq faketime >/dev/null)

# zbar reads back the QR codes of the waiting-room notices in tests/test_posters.py.
zbar:
	command -v zbarimg >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq zbar-tools >/dev/null)

node_modules/axe-core/axe.min.js: package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null)
	npm ci --no-audit --no-fund --silent

test: catalogs chromium faketime zbar node_modules/axe-core/axe.min.js
	$(BIN)/ruff check hooks tests bench
	$(BIN)/python -m pytest

# Waiting-room notices: one A4 page per municipality and provider, German beside each other language, with the
# QR code of the page at BASE_URL; into $(OUTPUT)/posters/, so after `make build` (which empties $(OUTPUT)).
posters: catalogs
	$(BIN)/wegweiser posters $(OUTPUT)/posters --languages $(LANGUAGES) --base-url $(BASE_URL)

# The editors' form on this computer, after `make build`: decap-server saves into directory/; open
# http://127.0.0.1:8080/admin/ (the public site's form saves to GitHub as pull requests instead).
admin: node_modules/axe-core/axe.min.js
	test -f $(OUTPUT)/admin/index.html || $(MAKE) --no-print-directory build
	npx --no-install decap-server & trap "kill $$!" EXIT; \
		$(BIN)/python -m http.server 8080 --bind 127.0.0.1 --directory $(OUTPUT)

synthetic: $(INSTALLED)
	$(BIN)/python -m wegweiser.synthetic --count $(N) --out synthetic/$(N)

# Every figure, written to bench/results.md; `make bench SIZES="500 1000"` measures those sizes and only prints.
bench: catalogs chromium node_modules/axe-core/axe.min.js
	$(BIN)/python bench/bench.py --sizes $(SIZES) $(if $(filter command line,$(origin SIZES)),,--results bench/results.md)
	$(BIN)/python bench/search_recall.py

clean:
	rm -rf site synthetic test-artifacts .cache
