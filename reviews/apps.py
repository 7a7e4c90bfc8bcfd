from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def _sync_roles(sender, using="default", **kwargs):
    # After every migrate, the groups hold what factcheck.roles says, including the
    # permissions of apps added since the first migrate.
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from factcheck.roles import roles_sync

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    roles_sync(Group, Permission)


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Reviews"

    def ready(self):
        # Wiring only: the roles themselves are defined in factcheck.roles.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="reviews_sync_roles")
