# The two commands of the README:  `make run`  (the product)  and  `make test`  (the suite).
# Everything a fresh machine needs is installed from here: Python packages (pinned in
# pyproject.toml), the BPMN linter (package-lock.json), Chromium for the page tests, PostgreSQL.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test setup system-deps pdf-deps postgres lint bench clean screenshots

run: setup pdf-deps
	$(VENV)/bin/sop run

# tests/ on both cores (pytest-xdist, whole files per worker: module fixtures such as the browser
# start once), and at the same time
# the Gherkin suites in a third process (the features/ coverage gate needs all its scenarios in
# one session; they use SQLite only). Their report is printed when both are done; the target
# fails if either failed.
test: setup system-deps pdf-deps postgres
	$(VENV)/bin/ruff check .
	@mkdir -p artifacts
	CI=$${CI:-} $(PY) -m pytest -q features acceptance > artifacts/gherkin-suites.log 2>&1 & \
	  gherkin=$$!; \
	  CI=$${CI:-} $(PY) -m pytest -q -n 2 --dist loadfile tests; unit=$$?; \
	  wait $$gherkin; suites=$$?; \
	  echo "== features/ and acceptance/ (artifacts/gherkin-suites.log) =="; \
	  cat artifacts/gherkin-suites.log; \
	  test $$unit -eq 0 && test $$suites -eq 0

setup: $(VENV)/.installed node_modules/.installed api/static/build/designer.js

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip==26.0.1
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The BPMN modeler page's bundle (bpmn-js from node_modules, no CDN): generated, not in git.
api/static/build/designer.js: node_modules/.installed $(wildcard scripts/modeler/*)
	npm run --silent build:designer

# Debian's Chromium and ChromeDriver for the browser tests (root on CI machines).
system-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-driver >/dev/null; }

# Pango and fonts for WeasyPrint (the SOP AP document and the reports as PDF).
pdf-deps:
	@ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -qi dejavu || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fontconfig >/dev/null; }

# The test suite needs a PostgreSQL server on 127.0.0.1:5432; start the machine's if it is down.
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 || { \
	  pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start && \
	  for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; }

lint: setup
	$(VENV)/bin/ruff check .
	npx bpmnlint 'bpmn/**/*.bpmn'

# The designer guide's screenshots: docs/examples/*.bpmn rendered with bpmn-js in Chromium, and
# the designer pages (modeler, table editor, version comparison) on a scratch server.
screenshots: setup system-deps
	node scripts/render_bpmn.mjs
	$(PY) scripts/designer_screenshots.py

bench: setup postgres
	$(PY) bench/run_bench.py

clean:
	rm -rf $(VENV) node_modules var .pytest_cache api/static/build
