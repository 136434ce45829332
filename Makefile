# The quick start: make site | make serve | make test. Each sets up what it needs.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check build clean browser new import review publish-list bench

$(SITE_STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "error: could not create a virtualenv; install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

$(TEST_STAMP): $(SITE_STAMP) requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

## site: build the site into site/
site: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

## serve: preview the site with live reload on http://127.0.0.1:8000/
serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --livereload --dirty

## check: validate every readout and the vocabularies (with SITE_URL set, also keep every URL the live site lists; ARGS=--require-published: fail if it cannot tell)
check: $(SITE_STAMP)
	$(BIN)/python -m generator check $(ARGS)

## new: write a new readout's skeleton, e.g. make new ARGS="--from-text readout.txt" (asks for what is missing)
new: $(SITE_STAMP)
	@$(BIN)/python -m generator new $(ARGS)

## import: a readout per text, e.g. make import ARGS="texts/ --dry-run" (a folder of .txt/.md, or .jsonl/.csv files)
import: $(SITE_STAMP)
	@$(BIN)/python -m generator import $(ARGS)

## review: what this branch changes since ARGS="--base origin/main", as markdown (the pull request's job summary)
review: $(SITE_STAMP)
	@$(BIN)/python -m generator review $(ARGS)

## build: write the generated markdown pages to build/pages for inspection
build: $(SITE_STAMP)
	$(BIN)/python -m generator build --out build/pages

## publish-list: refresh published-urls.txt (the readout URLs that must keep working); commit it when publishing
publish-list: $(SITE_STAMP)
	$(BIN)/python -m generator urls > published-urls.txt.new && mv published-urls.txt.new published-urls.txt || { rm -f published-urls.txt.new; exit 1; }

## browser: Debian's chromium for the browser tests, and a font for Chinese text (fonts-noto-cjk) for their screenshots
browser:
	@PACKAGES="$$(command -v chromium >/dev/null || echo chromium) $$(fc-list :lang=zh 2>/dev/null | grep -q . || echo fonts-noto-cjk)"; \
	if [ -n "$${PACKAGES// /}" ]; then $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$PACKAGES >/dev/null; fi

## test: the whole test suite, browser tests included
test: $(TEST_STAMP) browser
	$(BIN)/python -m pytest -q -n 2

clean:
	rm -rf site build .pytest_cache test-artifacts

## bench: build 1,000 and 10,000 synthetic readouts and the plain Material baseline; prints a table (minutes)
bench: $(TEST_STAMP) browser
	$(BIN)/python -m bench.run
