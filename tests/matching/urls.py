"""The matching endpoints mounted as the lead will mount them, for these tests."""

from django.urls import include, path

from claims.api import figures
from reviews.api import matching

urlpatterns = [
    path("api/v1/", include(figures.urlpatterns)),
    path("api/v1/", include(matching.urlpatterns)),
]
