# Everything installs into .venv/ at the repo root.
#   make run    install, create .env with fresh secrets on first run, start the node
#   make test   install test extras (+ Debian packages the tests need), lint, type-check, test
#   make bench  run the benchmarks in bench/

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Debian packages the test suite needs: the browser tests drive Debian's
# chromium; the image smoke test runs the image's entrypoint (tini).
APT_PACKAGES ?= chromium tini

.PHONY: run test bench lint typecheck imports pytest install install-test system-deps bytecode clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# setuptools warns at every editable install that a folder named like a
# package in the working directory could shadow it: here that folder IS the
# package. Silenced by its text, so every other warning still shows.
QUIET_EDITABLE := PYTHONWARNINGS="ignore:Editable installation"

$(VENV)/.installed: $(BIN)/python setup.cfg pyproject.toml
	$(QUIET_EDITABLE) $(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(QUIET_EDITABLE) $(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

run: install
	@$(BIN)/alexclaw init --env-file .env
	$(BIN)/alexclaw start

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-test
	$(BIN)/mypy actors supervisors skills gateways cluster alexclaw
	$(BIN)/mypy tests bench tools

imports: install-test
	$(BIN)/lint-imports

# Two workers (pytest-xdist), each with its own embedded PostgreSQL; a test
# file stays on one worker, so a module's shared server or browser is made
# once. PYTEST_WORKERS=0 runs in one process. The 25 slowest tests are listed
# at the end: the suite is kept under 15 minutes.
PYTEST_WORKERS ?= 2

# The tests start hundreds of `python -m alexclaw` processes (CLI commands,
# nodes, cluster peers). Where PYTHONDONTWRITEBYTECODE is set (CI images
# often set it) each of them compiled every module it imports, about a
# quarter of a CLI command's CPU; compiled once here, they read the bytecode
# (Python still reads a .pyc it may not write, and recompiles a stale one).
SOURCES := actors supervisors skills gateways cluster alexclaw tests bench tools
bytecode: install-test
	@$(BIN)/python -m compileall -q -j 0 $(SOURCES) >/dev/null

pytest: install-test system-deps bytecode
	$(BIN)/pytest --durations=25 $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadfile)

test: lint typecheck imports pytest

# The long form of the fault-injection and fuzzing suites (issue 27): about
# ten minutes of chaos (>= 1,000 kills) and the fuzzers' long runs, one
# process, the CHAOS report printed at the end. ALEXCLAW_CHAOS_SEED=<n> replays.
.PHONY: chaos
chaos: install-test system-deps bytecode
	ALEXCLAW_CHAOS_LONG=1 $(BIN)/pytest tests/chaos $(wildcard tests/fuzz) -p no:randomly -q

bench: install
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(APT_PACKAGES) wrk"
	$(BIN)/python bench/kernel.py
	$(BIN)/python bench/config.py
	$(BIN)/python bench/web.py
	$(BIN)/python bench/security.py
	$(BIN)/python bench/authz.py
	$(BIN)/python bench/workflows.py
	$(BIN)/python bench/cluster_links.py
	$(BIN)/python bench/telegram_gateway.py
	$(BIN)/python bench/shield_proxy.py
	$(BIN)/python bench/llm.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/mcp_endpoint.py
	$(BIN)/python bench/digest.py
	$(BIN)/python bench/discord_gateway.py
	$(BIN)/python bench/dynamic_skills.py
	$(BIN)/python bench/backup.py
	$(BIN)/python bench/reasoning.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
