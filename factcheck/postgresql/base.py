"""Django's PostgreSQL backend, reading timestamps with psycopg's own (C) loader, and checking a
persistent connection's health only when it has been idle.

Django registers a Python loader for `timestamptz` on every connection, to hand back each
value in the connection's time zone object. When that zone is UTC (USE_TZ with no per-database
TIME_ZONE, as here), psycopg's loader already returns the very same datetimes, in
`datetime.timezone.utc`, in a third of the time: a claims page's 100 timestamps cost 0.35 ms
through Django's loader and 0.12 ms through psycopg's (bench/RESULTS.md). Any other zone keeps
Django's loader.

With CONN_HEALTH_CHECKS, Django sends `SELECT 1` before the first query of every request: a
round trip to the server on every API call, under load as much as after a quiet night. A
connection used without error less than FACTCHECK_DB_HEALTH_CHECK_IDLE
seconds ago is taken as healthy without asking; one idle longer (where a server restart or an
idle timeout may have closed it) is checked as before. A connection lost inside that window fails
one query, Django marks it as errored and closes it when the request ends.

    DATABASES["default"]["ENGINE"] = "factcheck.postgresql"   (factcheck/settings.py)
"""

import time
from datetime import timezone

import psycopg
from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.adapt import Loader
from psycopg.pq import Format


class UTCTimestampLoader(Loader):
    # Django's create_cursor() compares this with the connection's zone and registers its own
    # loader again when they differ.
    timezone = timezone.utc

    def __init__(self, oid, context=None):
        super().__init__(oid, context)
        self._load = psycopg.adapters.get_loader(oid, Format.TEXT)(oid, context).load

    def load(self, data):
        return self._load(data)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        if self.timezone == timezone.utc:
            connection.adapters.register_loader("timestamptz", UTCTimestampLoader)
        return connection

    # When a cursor was last made on this connection (time.monotonic()); None: never.
    used_at: float | None = None

    def create_cursor(self, name=None):
        self.used_at = time.monotonic()
        return super().create_cursor(name)

    def close_if_health_check_failed(self):
        recently_used = (
            self.used_at is not None and time.monotonic() - self.used_at < settings.FACTCHECK_DB_HEALTH_CHECK_IDLE
        )
        if recently_used and not self.errors_occurred and self.connection is not None and not self.connection.closed:
            self.health_check_done = True
            return
        super().close_if_health_check_failed()
