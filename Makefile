# Task runner. Every target installs what it needs, so `make test` works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ZENSICAL_STAMP := $(VENV)/.installed-zensical
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup system-deps serve build check schema test test-fast lint bench clean \
	zensical-setup build-zensical

# apt-get as root, or through sudo.
APT_INSTALL = SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq

$(STAMP): pyproject.toml
	@# Debian ships venv support for its Python in a separate package (python3-venv).
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { $(APT_INSTALL) python3-venv >/dev/null; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The second engine, pinned in pyproject.toml (the `zensical` extra); see the README.
$(ZENSICAL_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[zensical]'
	touch $(ZENSICAL_STAMP)

zensical-setup: $(ZENSICAL_STAMP)

# Debian packages the browser tests need: Chromium (Playwright drives it, never downloads
# its own browser) and Node.js (runs the scoring engine's unit and parity tests).
system-deps:
	@if ! { command -v chromium >/dev/null || [ -x "$${CHROMIUM_PATH:-}" ]; } || ! command -v node >/dev/null; then \
		$(APT_INSTALL) chromium nodejs >/dev/null; \
	fi

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

lint: setup
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests

test: setup zensical-setup system-deps
	$(BIN)/ruff check generator tests
	$(BIN)/python -m generator check
	$(BIN)/python -m generator schema --check
	node --test tests/js/*.test.js
	$(BIN)/python -m pytest

test-fast: setup zensical-setup
	$(BIN)/python -m pytest -m "not browser"

bench: setup system-deps
	$(BIN)/python -m generator.bench

clean:
	rm -rf site dist .pytest_cache
