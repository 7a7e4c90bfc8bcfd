"""An API token's user and permissions kept in a shared cache (issue 17: "a request should cost
a small fixed number of queries, with the token lookup ... cached"), and every change to who a
token is or what they may do refused on the very next request. The cache is the real Redis."""

import os
import secrets
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck import accounts

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings):
    # The suite's Redis, under a prefix of this test's own: nothing else's keys are touched.
    settings.CACHES = {
        "default": {
            "BACKEND": "factcheck.cache.RedisCache",  # what settings make of a redis:// CACHE_URL
            "LOCATION": django_settings.CELERY_BROKER_URL,
            "KEY_PREFIX": "identity-test-" + secrets.token_hex(4),
        }
    }
    settings.FACTCHECK_API_AUTH_CACHE_SECONDS = 60


def test_a_redis_cache_url_gets_one_client_per_pool_for_every_call(shared_cache):
    from django.core.cache import cache

    cache.set("counter", 1)
    assert cache.incr("counter") == 2 and cache.get_many(["counter"]) == {"counter": 2}
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client  # one server: one pool, one client
    cache.delete("counter")
    assert cache._cache.get_client() is client and cache.get("counter") is None


def test_settings_give_a_redis_cache_url_the_reusing_backend():
    environment = {**os.environ, "CACHE_URL": "redis://127.0.0.1:6379/9"}
    backend = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND'])",
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert backend == "factcheck.cache.RedisCache"


def _get(client, path="/api/v1/claims/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [q["sql"] for q in queries.captured_queries]


def _account_queries(sqls):
    return [sql for sql in sqls if "authtoken_token" in sql or "auth_permission" in sql]


def test_a_known_token_costs_no_query_and_answers_the_same(shared_cache, reviewer, api_client_for):
    client = api_client_for(reviewer)
    first, first_sqls = _get(client)
    second, second_sqls = _get(client)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()
    assert len(_account_queries(first_sqls)) == 2  # the token with its user, the permissions
    assert _account_queries(second_sqls) == []
    assert len(second_sqls) == len(first_sqls) - 2


def test_without_a_shared_cache_nothing_is_kept(settings, reviewer, api_client_for):
    assert settings.FACTCHECK_API_AUTH_CACHE_SECONDS == 0  # the suite runs on per-process memory
    client = api_client_for(reviewer)
    _get(client)
    _, sqls = _get(client)
    assert len(_account_queries(sqls)) == 2


def test_a_revoked_token_is_refused_at_once(
    shared_cache, editor, reviewer, api_client_for, django_capture_on_commit_callbacks
):
    client = api_client_for(reviewer)
    assert _get(client)[0].status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert accounts.token_revoke(user=reviewer, actor=editor)
    assert _get(client)[0].status_code == 401


def test_a_rotated_token_stops_and_the_new_one_works(
    shared_cache, editor, reviewer, api_client_for, django_capture_on_commit_callbacks
):
    old = api_client_for(reviewer)
    assert _get(old)[0].status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        token = accounts.token_rotate(user=reviewer, actor=editor)
    assert _get(old)[0].status_code == 401
    new = api_client_for(reviewer)
    new.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert _get(new)[0].status_code == 200


def test_a_deactivated_account_is_refused_at_once(
    shared_cache, reviewer, api_client_for, django_capture_on_commit_callbacks
):
    client = api_client_for(reviewer)
    assert _get(client)[0].status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.is_active = False
        reviewer.save()
    assert _get(client)[0].status_code == 401


def test_a_role_taken_away_is_refused_at_once(shared_cache, viewer, api_client_for, django_capture_on_commit_callbacks):
    client = api_client_for(viewer)
    assert _get(client)[0].status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        viewer.groups.clear()
    assert _get(client)[0].status_code == 403


def test_a_permission_taken_from_a_role_is_refused_at_once(
    shared_cache, viewer, api_client_for, django_capture_on_commit_callbacks
):
    client = api_client_for(viewer)
    assert _get(client)[0].status_code == 200
    group = Group.objects.get(user=viewer)
    with django_capture_on_commit_callbacks(execute=True):
        group.permissions.remove(*group.permissions.filter(codename="view_claim"))
    assert _get(client)[0].status_code == 403


def test_a_cached_token_still_expires(shared_cache, settings, reviewer, api_client_for):
    client = api_client_for(reviewer)
    Token = type(reviewer.auth_token)
    Token.objects.filter(user=reviewer).update(created=reviewer.auth_token.created - timedelta(days=29))
    settings.FACTCHECK_TOKEN_MAX_AGE_DAYS = 30
    assert _get(client)[0].status_code == 200
    settings.FACTCHECK_TOKEN_MAX_AGE_DAYS = 28  # as if a day passed beyond a 28-day limit
    response, sqls = _get(client)
    assert _account_queries(sqls) == []  # the token came from the cache, and was still checked
    assert response.status_code == 401 and "expired" in response.json()["detail"]
