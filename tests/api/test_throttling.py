"""The API's rate limit: a counter per user and window (factcheck/throttling.py)."""

import os
import time

import pytest
from django.core.cache import caches
from rest_framework.test import APIRequestFactory
from rest_framework.throttling import UserRateThrottle

from factcheck.throttling import UserWindowThrottle
from tests.factories import UserFactory


@pytest.fixture
def rate(monkeypatch):
    def set_rate(value):
        # The rates are read once at import; narrow them for one test.
        monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": value})

    return set_rate


def test_each_user_has_an_allowance_of_their_own(api_client_for, viewer, reviewer, rate):
    rate("3/minute")
    first, second = api_client_for(viewer), api_client_for(reviewer)
    assert [first.get("/api/v1/speakers/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert second.get("/api/v1/speakers/").status_code == 200
    refused = first.get("/api/v1/speakers/")
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60


def test_the_allowance_comes_back_with_the_next_window(api_client_for, viewer, rate):
    rate("2/second")
    client = api_client_for(viewer)
    # Start at the beginning of a window so that the three requests fall in the same one.
    time.sleep(1 - time.time() % 1)
    assert [client.get("/api/v1/speakers/").status_code for _ in range(3)] == [200, 200, 429]
    time.sleep(1.05)
    assert client.get("/api/v1/speakers/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("backend", ["factcheck.cache.RedisCache", "django.core.cache.backends.redis.RedisCache"])
def test_processes_sharing_a_redis_cache_share_one_count(settings, rate, backend):
    # Two throttles on two cache connections stand for two gunicorn processes: with CACHE_URL on
    # Redis the count is the user's, not the process's.
    redis_url = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/9"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "throttle": {"BACKEND": backend, "LOCATION": redis_url},
    }
    rate("4/minute")
    caches["throttle"].clear()
    user = UserFactory()
    request = APIRequestFactory().get("/api/v1/speakers/")
    request.user = user
    if time.time() % 60 > 58:  # six requests inside one minute's window
        time.sleep(2.5)
    allowed = []
    for n in range(6):
        throttle = UserWindowThrottle()
        throttle.cache = caches["throttle"] if n % 2 else caches.create_connection("throttle")
        allowed.append(throttle.allow_request(request, None))
    assert allowed == [True, True, True, True, False, False]
    caches["throttle"].clear()


@pytest.mark.django_db
def test_a_window_counter_on_redis_expires_with_its_window(settings):
    redis_url = os.environ["CELERY_BROKER_URL"].rsplit("/", 1)[0] + "/9"
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "throttle": {"BACKEND": "factcheck.cache.RedisCache", "LOCATION": redis_url},
    }
    cache = caches["throttle"]
    cache.clear()
    assert [cache.incr_in_window("window-test", 1) for _ in range(3)] == [1, 2, 3]
    assert cache.get("window-test") == 3  # an ordinary cache value too
    time.sleep(1.1)
    assert cache.get("window-test") is None and cache.incr_in_window("window-test", 1) == 1
    cache.clear()
