from django.contrib import admin
from django.http import JsonResponse
from django.urls import include, path
from django.views import defaults
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
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
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="schema", permission_classes=[IsAuthenticated]),
        name="swagger-ui",
    ),
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
