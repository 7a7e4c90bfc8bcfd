"""Reads that may come from the read replica, and the router that sends them there.

With DATABASE_REPLICA_URL set (factcheck.settings), DATABASES has a "replica" alias: a
PostgreSQL streaming replica of "default", some milliseconds to seconds behind it. A read
goes there only when all of these hold:

- the code asked for it, inside `replica_reads()`: the API's read-only list endpoints
  (ReplicaListMixin) and the admin's changelists on GET (replica_admin_view);
- the primary connection is not inside an atomic block, so every read inside a workflow
  transaction sees what that transaction (and every committed one) wrote;
- the admin user has not written anything in the last FACTCHECK_REPLICA_STICKY_SECONDS, so the
  changelist an admin action redirects to shows the action's result (read-your-writes).

Everything else stays on the primary: every write, detail pages, the review workflow, the
login, the token and session lookups (made before a list view runs), the dashboard.
"""

from __future__ import annotations

import functools
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
_SAFE_METHODS = ("GET", "HEAD")
# Session key: when this admin session last sent a write (POST) to the admin.
_LAST_WRITE_KEY = "factcheck_replica_last_write"

_replica_ok: ContextVar[bool] = ContextVar("factcheck_replica_reads", default=False)


@contextmanager
def replica_reads():
    """Reads made inside may come from the replica (when there is one, outside transactions).

    Mark only reads that a user can bear seeing a few seconds old: list pages, never a
    page that decides what a workflow step does."""
    token = _replica_ok.set(True)
    try:
        yield
    finally:
        _replica_ok.reset(token)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


class ReplicaRouter:
    """settings.DATABASE_ROUTERS: marked reads to the replica, everything else to the primary."""

    def db_for_read(self, model, **hints):
        if _replica_ok.get() and replica_configured() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        # Explicit, so an object read from the replica does not pull its relations from there later.
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The same rows on both: an object read from the replica may point at one from the primary.
        return {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica replays the primary's schema; it is never migrated itself.
        return db == DEFAULT_DB_ALIAS


class ReplicaListMixin:
    """For a DRF list view (ListAPIView): its GET reads from the replica.

    Wraps list() only, so authentication, permissions and throttling (run before it, in
    initial()) stay on the primary, and POST on the same endpoint never touches the replica."""

    def list(self, request, *args, **kwargs):
        with replica_reads():
            return super().list(request, *args, **kwargs)


def _wrote_recently(request) -> bool:
    session = getattr(request, "session", None)
    if session is None:
        return False
    last_write = session.get(_LAST_WRITE_KEY)
    return last_write is not None and time.time() - last_write < settings.FACTCHECK_REPLICA_STICKY_SECONDS


def replica_admin_view(view):
    """Wraps an admin view (FactcheckAdminSite.admin_view): a changelist on GET reads from the
    replica; any other method remembers, in the session, that this user just wrote, so their
    next changelists read from the primary for FACTCHECK_REPLICA_STICKY_SECONDS."""
    is_changelist = getattr(view, "__name__", "") == "changelist_view"

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in _SAFE_METHODS:
            if replica_configured() and hasattr(request, "session"):
                request.session[_LAST_WRITE_KEY] = time.time()
            return view(request, *args, **kwargs)
        if not is_changelist or not replica_configured() or _wrote_recently(request):
            return view(request, *args, **kwargs)
        with replica_reads():
            response = view(request, *args, **kwargs)
            # The changelist's rows are read while its template renders: render it here,
            # inside the mark, rather than later in the response handler.
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response

    return wrapped
