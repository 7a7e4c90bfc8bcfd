from django.contrib import admin
from django.http import JsonResponse
from django.urls import include, path
from django.views import defaults
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.permissions import IsAuthenticated

from checkworthiness.api import urls as checkworthiness_api
from claims.api import urls as claims_api
from factcheck.health import healthz
from factchecks.api import urls as factchecks_api
from reviews.api import urls as reviews_api

# One namespace for the whole API, so reverse("api:claim-detail") works whichever app serves it.
api_v1 = [*claims_api.urlpatterns, *reviews_api.urlpatterns, *checkworthiness_api.urlpatterns, *factchecks_api.urlpatterns]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include((api_v1, "api"))),
    # Like every endpoint, the schema and its UI deny anonymous requests (log in through the admin).
    path("api/schema/", SpectacularAPIView.as_view(permission_classes=[IsAuthenticated]), name="schema"),
    # Swagger UI and ReDoc from drf-spectacular-sidecar's static files (no CDN). The split
    # view serves its start-up script as a file too, so the CSP needs no inline script.
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="schema", permission_classes=[IsAuthenticated]),
        name="swagger-ui",
    ),
    path(
        "api/redoc/",
        # Our template: drf-spectacular's own loads its fonts from Google.
        SpectacularRedocView.as_view(
            url_name="schema", permission_classes=[IsAuthenticated], template_name="factcheck/redoc.html"
        ),
        name="redoc",
    ),
    path("", include("public.urls")),
]


def handler404(request, exception=None):
    """A URL nothing routes: JSON under /api/, like every other API error; Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)
    return defaults.page_not_found(request, exception)


def handler500(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error.", "code": "server_error"}, status=500)
    return defaults.server_error(request)
