# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The test suite's real services (override on the command line or in the environment).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/factcheck
TEST_BROKER_URL ?= redis://127.0.0.1:6379/15

.PHONY: install run test worker

$(BIN)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python manage.py prepare_embeddings
	touch $@

install: $(BIN)/.installed

# The one-machine demo: SQLite under var/, tasks run in-process.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ingest_articles seeds/
	$(BIN)/python manage.py demo_user
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# The suite, against real PostgreSQL, Redis and a real Celery worker.
test: install
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

worker: install
	$(BIN)/celery -A factcheck worker --loglevel=info
