"""The PostgreSQL backend reads timestamps with psycopg's loader, giving what Django's gives."""

from datetime import datetime, timezone

import pytest
from django.db import connection
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
