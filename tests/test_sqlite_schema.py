"""The embedded demo's database (SQLite) keeps every guard the migrations build.

SQLite rebuilds a table to alter it, and a rebuilt table loses its triggers; a migration
that rebuilds one must make them again. The suite runs on PostgreSQL, so this test
migrates a scratch SQLite file in a subprocess, as the quick start does, and asks it."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRIGGERS = {
    # claims: a claim's and a quantity's span lie inside their text (claims 0002, 0009)
    "claims_claim_check_span_insert", "claims_claim_check_span_update",
    "claims_quantity_check_span_insert", "claims_quantity_check_span_update",
    # reviews: the history is append-only (reviews 0002, 0003)
    "reviews_reviewevent_no_update", "reviews_reviewevent_no_delete",
    "reviews_evidence_no_update", "reviews_evidence_no_delete",
}


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlite") / "demo.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}", "CELERY_BROKER_URL": ""}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=600)
    return path


def test_every_trigger_survives_the_migrations(migrated):
    with sqlite3.connect(migrated) as db:
        names = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert TRIGGERS <= names, f"missing: {sorted(TRIGGERS - names)}"


def test_the_history_triggers_refuse_every_change(migrated):
    with sqlite3.connect(migrated) as db:
        sql = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'reviews_%'"))
    assert len(sql) == 4
    assert all("RAISE(ABORT, 'review history is append-only')" in body for body in sql.values())
