"""Workflow routes under /api/v1/ (namespace "api"), included by factcheck.urls."""

from django.urls import path

from . import exports, views

urlpatterns = [
    path("claims/export.csv", exports.ClaimExportApi.as_view(), name="claim-export"),
    # The same export for clients that prefer ?format=csv.
    path("claims/export/", exports.ClaimExportApi.as_view(), name="claim-export-alt"),
    path("claims/<int:pk>/claimreview/", exports.ClaimReviewApi.as_view(), name="claim-review"),
    path("claimreview/", exports.ClaimReviewFeedApi.as_view(), name="claim-review-feed"),
    path("claims/<int:pk>/", views.ClaimDetailApi.as_view(), name="claim-detail"),
    path("claims/<int:pk>/start-review/", views.StartReviewApi.as_view(), name="claim-start-review"),
    path("claims/<int:pk>/verdict/", views.VerdictApi.as_view(), name="claim-verdict"),
    path("claims/<int:pk>/approve/", views.ApproveApi.as_view(), name="claim-approve"),
    path("claims/<int:pk>/reopen/", views.ReopenApi.as_view(), name="claim-reopen"),
    path("claims/<int:pk>/history/", views.HistoryApi.as_view(), name="claim-history"),
    path("claims/<int:pk>/apply-group-verdict/", views.ApplyGroupVerdictApi.as_view(), name="claim-apply-group-verdict"),
]
