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
