"""The admin site: branded from settings, with the reviewers' dashboard as its start page.

INSTALLED_APPS names AdminConfig below instead of "django.contrib.admin", so
admin.site (and every @admin.register) is this site.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.urls import reverse_lazy

from factcheck.replica import replica_admin_view


class FactcheckAdminSite(admin.AdminSite):
    index_template = "admin/dashboard.html"
    # "View site" leads to the public fact-checks.
    site_url = reverse_lazy("public:index")

    @property
    def site_header(self):
        return settings.FACTCHECK_ORGANIZATION["name"]

    @property
    def site_title(self):
        return settings.FACTCHECK_ORGANIZATION["name"]

    def each_context(self, request):
        context = super().each_context(request)
        context["brand_logo"] = settings.FACTCHECK_ORGANIZATION.get("logo", "")
        return context

    def admin_view(self, view, cacheable=False):
        # Inside the login and permission check: changelists read from the replica when
        # there is one (factcheck/replica.py), and every page stays on the primary otherwise.
        return super().admin_view(replica_admin_view(view), cacheable)

    def get_urls(self):
        from django.urls import path

        from factcheck.admin_tokens import tokens_view

        return [path("tokens/", self.admin_view(lambda request: tokens_view(request, self)), name="api_tokens"), *super().get_urls()]

    def index(self, request, extra_context=None):
        # Imported here: the site is built while apps load, before reviews' models exist.
        from reviews.dashboard import dashboard_for

        extra_context = {**(extra_context or {}), "dashboard": dashboard_for(request.user), "title": "Today"}
        return super().index(request, extra_context)


class AdminConfig(DjangoAdminConfig):
    default_site = "factcheck.admin_site.FactcheckAdminSite"

    def ready(self):
        super().ready()
        _forget_api_identities_on_account_changes()


def _forget_api_identities_on_account_changes() -> None:
    # Wiring only (the project's one app config of its own package): what the API's cached
    # identities depend on, and the function that makes them stale (factcheck.accounts).
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from rest_framework.authtoken.models import Token

    from factcheck.accounts import forget_identities

    User = get_user_model()
    for model in (Token, User, Group, Permission):
        for name, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(forget_identities, sender=model, dispatch_uid=f"forget-identities-{name}-{model.__name__}")
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(forget_identities, sender=through, dispatch_uid=f"forget-identities-m2m-{through.__name__}")
