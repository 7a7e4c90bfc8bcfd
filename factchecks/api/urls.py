"""Routes under /api/v1/ (namespace "api"), included by factcheck.urls."""

from django.urls import path

from . import views

urlpatterns = [
    path("factchecks/", views.FactCheckListApi.as_view(), name="factcheck-list"),
]
