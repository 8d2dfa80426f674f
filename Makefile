# Dinsos — build, run and test. Every target installs what it needs on a fresh Debian machine.
SWIFT      ?= swift
DB         ?= data/dinsos.sqlite
HOST       ?= 127.0.0.1
PORT       ?= 8080
APT        := .ci/apt-ensure
BUILD_DEPS := libsqlite3-dev zlib1g-dev
RELEASE    := .build/release

.PHONY: run build deps test e2e test-api bench bench-scale clean

deps:
	@$(APT) $(BUILD_DEPS)

build: deps
	$(SWIFT) build -c release --product dinsos

## Installs, builds, migrates, seeds demo data and serves on http://$(HOST):$(PORT).
run: build
	@mkdir -p $(dir $(DB))
	$(RELEASE)/dinsos migrate --db $(DB)
	$(RELEASE)/dinsos seed --demo --db $(DB)
	$(RELEASE)/dinsos serve --db $(DB) --host $(HOST) --port $(PORT) --migrate

## Unit and integration tests (needs ../shared for the Mustache spec suite). DocumentsTests check
## QR codes with zbarimg and PDFs with qpdf and poppler's pdftoppm/pdftotext.
test:
	@$(APT) $(BUILD_DEPS) zbar-tools qpdf poppler-utils
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Browser journeys (Tests/e2e): headless Chromium + selenium against a server on a temporary database.
## Screenshots and page sources of failures land in Tests/e2e/screenshots/.
E2E_VENV := .build/venv-e2e
e2e: deps
	@$(APT) chromium chromium-driver python3-venv
	$(SWIFT) build --product dinsos
	@test -x $(E2E_VENV)/bin/python || python3 -m venv $(E2E_VENV)
	$(E2E_VENV)/bin/pip install --quiet --disable-pip-version-check -r Tests/e2e/requirements.txt
	DINSOS_BIN=$(CURDIR)/.build/debug/dinsos $(E2E_VENV)/bin/python -m pytest -q -p no:cacheprovider Tests/e2e

## The JSON API against its own OpenAPI document with schemathesis (PyPI, in .build/venv-api),
## on a temporary database with the demo seed (Tests/api/schemathesis.sh).
test-api: deps
	@$(APT) python3-venv curl
	Tests/api/schemathesis.sh

## Load and template benchmarks against the peers in Benchmarks/peers (minutes; see Benchmarks/README.md).
bench: deps
	@$(APT) wrk
	python3 Benchmarks/server_bench.py

## Seeds 330,000 synthetic households in release and loads the registry pages with wrk (Benchmarks/scale/run.sh).
bench-scale: deps
	@$(APT) wrk sqlite3
	Benchmarks/scale/run.sh

clean:
	rm -rf .build
