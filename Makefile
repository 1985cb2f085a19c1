# `make run` serves the demo portal; `make test` runs the whole suite. Both set up .venv.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist processes for `make test` (each with its own test database).
TEST_WORKERS ?= 2

.PHONY: run test test-tools lint format check bench clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py runserver $(HOST):$(PORT)

# A Chromium for the browser suite: the system's, Debian's package as root, or Playwright's.
test-tools: $(VENV)/.dev
	PY=$(PY) scripts/install-test-tools

test: test-tools
	$(PY) -m pytest -n $(TEST_WORKERS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html')
	$(VENV)/bin/deptry .

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

check: $(VENV)/.dev
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$($(PY) -c "import secrets; print(secrets.token_urlsafe(50))") \
		ALLOWED_HOSTS=sortir.example $(PY) manage.py check --deploy --fail-level WARNING

bench: $(VENV)/.dev
	$(PY) -m bench

clean:
	rm -rf $(VENV) db.sqlite3 media static test-results
