"""The PostgreSQL backend reads timestamps with psycopg's loader, giving what Django's gives, and
checks a persistent connection's health only after it has been idle."""

from datetime import datetime, timezone

import pytest
from django.db import OperationalError, connection, connections
from django.db.backends.postgresql.psycopg_any import register_tzloader
from psycopg.pq import Format

from factcheck.postgresql.base import UTCTimestampLoader
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

VALUES = (
    "2026-03-29 00:59:59.999999+00",
    "2026-03-29 03:00:00+02",
    "1999-12-31 23:59:59.5-05:30",
    "0001-01-01 00:00:00+00",
    "9999-12-31 23:59:59.999999+00",
)
SQL = "SELECT v::timestamptz FROM unnest(%s::text[]) AS v UNION ALL SELECT NULL"


def test_the_connection_reads_timestamps_with_the_fast_loader():
    connection.ensure_connection()
    assert connection.connection.adapters.get_loader(1184, Format.TEXT) is UTCTimestampLoader


def test_the_same_datetimes_as_djangos_loader():
    with connection.cursor() as cursor:
        cursor.execute(SQL, [list(VALUES)])
        ours = [row[0] for row in cursor.fetchall()]
    with connection.connection.cursor() as raw:
        register_tzloader(timezone.utc, raw)  # Django's own loader, on this cursor only
        raw.execute(SQL, [list(VALUES)])
        djangos = [row[0] for row in raw.fetchall()]
    assert ours == djangos and ours[-1] is None
    assert all(v.tzinfo is timezone.utc for v in ours[:-1])
    assert ours[1] == datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)


def test_models_round_trip_their_timestamps():
    moment = datetime(2026, 7, 1, 12, 30, 5, 123456, tzinfo=timezone.utc)
    article = ArticleFactory(published_at=moment)
    article.refresh_from_db()
    assert article.published_at == moment and article.published_at.tzinfo is timezone.utc
    assert type(article).objects.filter(published_at=moment).exists()


def _backend_pid(wrapper) -> int:
    with wrapper.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _terminate(pid: int) -> None:
    """The server ends that session, as a restart or an idle timeout would."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])
        assert cursor.fetchone() == (True,)


@pytest.fixture
def persistent():
    """A connection of its own, persistent and health-checked like a gunicorn worker's."""
    wrapper = connections.create_connection("default")
    assert wrapper.settings_dict["CONN_HEALTH_CHECKS"] and wrapper.settings_dict["CONN_MAX_AGE"]
    yield wrapper
    wrapper.close()


@pytest.mark.django_db(transaction=True)
def test_a_connection_used_a_moment_ago_is_not_asked_again(persistent, settings):
    settings.FACTCHECK_DB_HEALTH_CHECK_IDLE = 60
    pid = _backend_pid(persistent)
    persistent.close_if_unusable_or_obsolete()  # a request ends; the next one begins
    _terminate(pid)
    # No SELECT 1 went first, so the lost connection shows on the request's own query ...
    with pytest.raises(OperationalError), persistent.cursor() as cursor:
        cursor.execute("SELECT 1")
    # ... and that request's end drops it: the next request works on a new one.
    persistent.close_if_unusable_or_obsolete()
    assert persistent.connection is None
    assert _backend_pid(persistent) != pid


@pytest.mark.django_db(transaction=True)
def test_an_idle_connection_is_checked_and_replaced_before_use(persistent, settings):
    settings.FACTCHECK_DB_HEALTH_CHECK_IDLE = 0
    pid = _backend_pid(persistent)
    persistent.close_if_unusable_or_obsolete()
    _terminate(pid)
    assert _backend_pid(persistent) != pid  # the health check saw it gone and reconnected
