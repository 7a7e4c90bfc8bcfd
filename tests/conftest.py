"""Shared fixtures: users per role, API clients, and the test database settings.

The suite runs against the PostgreSQL named by DATABASE_URL and the Redis named by
CELERY_BROKER_URL (make test sets both), and refuses to start on anything else:
on SQLite the concurrency, search and query-plan tests would prove nothing."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import UserFactory


def pytest_sessionstart(session):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" not in engine:
        pytest.exit(
            f"The test suite needs PostgreSQL, and DATABASE_URL names {engine.rsplit('.', 1)[-1]}. Run `make test`, "
            "or set DATABASE_URL=postgres://USER@HOST:5432/factcheck and CELERY_BROKER_URL=redis://HOST:6379/15.",
            returncode=2,
        )
    if settings.CELERY_TASK_ALWAYS_EAGER:
        pytest.exit(
            "The test suite needs a broker for its Celery worker tests: set CELERY_BROKER_URL=redis://HOST:6379/15 "
            "(make test does).",
            returncode=2,
        )


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def viewer(db):
    return UserFactory(username="vera_viewer", role="viewer")


@pytest.fixture
def reviewer(db):
    return UserFactory(username="rita_reviewer", role="reviewer")


@pytest.fixture
def other_reviewer(db):
    return UserFactory(username="rob_reviewer", role="reviewer")


@pytest.fixture
def editor(db):
    return UserFactory(username="eddie_editor", role="editor")


@pytest.fixture
def other_editor(db):
    return UserFactory(username="erin_editor", role="editor")


@pytest.fixture
def superuser(db):
    return UserFactory(username="sam_super", is_superuser=True)


def _client_for(user):
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def api_client_for(db):
    """api_client_for(user) -> an APIClient authenticated with the user's token (None: anonymous)."""
    return _client_for
