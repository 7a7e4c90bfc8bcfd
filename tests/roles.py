"""The viewer/reviewer/editor groups, as factcheck.roles defines them.

Transactional tests (threads, live_server) end with a flush that empties every
table; the permissions come back (post_migrate) but the groups may not. Tests
that need them after such a flush call ensure_roles()."""

from django.contrib.auth.models import Group, Permission

from factcheck.roles import ROLES, roles_sync  # noqa: F401 - ROLES is read by the role tests


def ensure_roles() -> None:
    roles_sync(Group, Permission)
