"""The viewer/reviewer/editor groups, as migration reviews/0002 makes them.

Transactional tests (threads, live_server) end with a flush that empties every
table; the permissions come back (post_migrate) but the groups do not. Tests
that need them after such a flush call ensure_roles()."""

import importlib

from django.contrib.auth.models import Group, Permission

ROLES = importlib.import_module("reviews.migrations.0002_immutable_history_and_roles").ROLES


def ensure_roles() -> None:
    for role, perms in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        for perm in perms:
            app_label, codename = perm.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
